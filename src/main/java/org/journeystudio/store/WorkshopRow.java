package org.journeystudio.store;

import java.time.Instant;
import java.util.Objects;

/** One thing a workshop participant did, as the library keeps it: joined, rated a touchpoint, or commented. */
public sealed interface WorkshopRow {

    /** A participant (known only by a random id) joined with the session's PIN. */
    record Joined(String participantId, Instant at) implements WorkshopRow {
        public Joined {
            Objects.requireNonNull(participantId, "participantId");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A participant's rating of one touchpoint; a later answer of the same participant for the same touchpoint
     * replaces it. {@code segmentId} is {@code ""} when the participant chose no segment.
     */
    record Answer(String participantId, String touchpointId, String segmentId, int rating, Instant at)
            implements WorkshopRow {
        public Answer {
            Objects.requireNonNull(participantId, "participantId");
            Objects.requireNonNull(touchpointId, "touchpointId");
            Objects.requireNonNull(segmentId, "segmentId");
            Objects.requireNonNull(at, "at");
            if (rating < 0 || rating > 10) {
                throw new IllegalArgumentException("A workshop rating is 0–10, not " + rating);
            }
        }
    }

    /** A participant's free-text pain point ({@code PAIN_POINT}) or idea ({@code IDEA}) about one touchpoint. */
    record Comment(String id, String participantId, String touchpointId, String segmentId, String kind,
                   String text, Instant at, boolean removed) implements WorkshopRow {
        public Comment {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(participantId, "participantId");
            Objects.requireNonNull(touchpointId, "touchpointId");
            Objects.requireNonNull(segmentId, "segmentId");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(at, "at");
            if (!"PAIN_POINT".equals(kind) && !"IDEA".equals(kind)) {
                throw new IllegalArgumentException("A workshop comment is a PAIN_POINT or an IDEA, not " + kind);
            }
        }
    }
}

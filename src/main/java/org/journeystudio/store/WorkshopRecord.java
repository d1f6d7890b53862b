package org.journeystudio.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One live workshop session of a project as the library keeps it, whole: what travels when a project is copied to
 * another library.
 *
 * @param id           the session's id
 * @param ratingScale  the label of the scale the phones rated on ("1-5", ...)
 * @param startedAt    when it started
 * @param endedAt      when it ended, or null when it never ended cleanly
 * @param participants who joined, oldest first
 * @param answers      the latest answer per participant and touchpoint
 * @param comments     every comment, removed ones included, oldest first
 */
public record WorkshopRecord(String id, String ratingScale, Instant startedAt, Instant endedAt,
                             List<WorkshopRow.Joined> participants, List<WorkshopRow.Answer> answers,
                             List<WorkshopRow.Comment> comments) {
    public WorkshopRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ratingScale, "ratingScale");
        Objects.requireNonNull(startedAt, "startedAt");
        participants = List.copyOf(participants);
        answers = List.copyOf(answers);
        comments = List.copyOf(comments);
    }

    /**
     * The same session under new ids from {@code idFor} (called with "ws", "p" or "c"), each participant getting one
     * new id throughout: session, participant and comment ids are unique across a library, so a copy needs them.
     */
    public WorkshopRecord withFreshIds(Function<String, String> idFor) {
        Map<String, String> people = new HashMap<>();
        Function<String, String> person = old -> people.computeIfAbsent(old, k -> idFor.apply("p"));
        return new WorkshopRecord(idFor.apply("ws"), ratingScale, startedAt, endedAt,
                participants.stream().map(j -> new WorkshopRow.Joined(person.apply(j.participantId()), j.at()))
                        .toList(),
                answers.stream().map(a -> new WorkshopRow.Answer(person.apply(a.participantId()), a.touchpointId(),
                        a.segmentId(), a.rating(), a.at())).toList(),
                comments.stream().map(c -> new WorkshopRow.Comment(idFor.apply("c"), person.apply(c.participantId()),
                        c.touchpointId(), c.segmentId(), c.kind(), c.text(), c.at(), c.removed())).toList());
    }
}

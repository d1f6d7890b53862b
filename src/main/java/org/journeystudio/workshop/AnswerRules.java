package org.journeystudio.workshop;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * What a participant may send in a session of one map: ratings on the map's scale, for its customer touchpoints
 * in stages open for voting, under one of its segments or none; comments of a bounded length. Each refusal is a
 * {@link ClientError} that says what was wrong.
 */
final class AnswerRules {
    private final JourneyMap map;
    private final int maxCommentLength;
    private final Map<String, String> stageOfTouchpoint = new HashMap<>();
    private final Set<String> segmentIds = new HashSet<>();

    AnswerRules(JourneyMap map, int maxCommentLength) {
        this.map = map;
        this.maxCommentLength = maxCommentLength;
        for (Touchpoint touchpoint : map.customerTouchpoints()) {
            stageOfTouchpoint.put(touchpoint.id(), touchpoint.stageId());
        }
        map.segments().forEach(s -> segmentIds.add(s.id()));
    }

    /** The segment ids answers can be counted under, the "no segment" label included. */
    Set<String> labels() {
        Set<String> labels = new HashSet<>(segmentIds);
        labels.add(WorkshopState.NO_SEGMENT);
        return labels;
    }

    void requireRunning(Voting voting) {
        if (voting.ended()) {
            throw new ClientError(410, "This workshop has ended. Thank you for taking part!");
        }
    }

    /** Refuses a touchpoint the session does not rate, or one whose stage is closed now. */
    void requireOpen(Voting voting, String touchpointId) {
        requireRunning(voting);
        String stageId = stageOfTouchpoint.get(touchpointId);
        if (stageId == null) {
            throw new ClientError(404, "This workshop has no touchpoint with the id '" + touchpointId + "'.");
        }
        if (!voting.isOpen(stageId)) {
            throw new ClientError(409, "Voting on the stage '" + map.stage(stageId).map(Stage::name).orElse("")
                    + "' is closed right now.");
        }
    }

    /** The label to count under: the segment id, or {@link WorkshopState#NO_SEGMENT} for none. */
    String segment(String segmentId) {
        if (segmentId == null || segmentId.isEmpty()) {
            return WorkshopState.NO_SEGMENT;
        }
        if (!segmentIds.contains(segmentId)) {
            throw new ClientError(400, "This workshop has no segment with the id '" + segmentId + "'.");
        }
        return segmentId;
    }

    void requireOnScale(int rating) {
        RatingScale scale = map.scale();
        if (!scale.contains(rating)) {
            throw new ClientError(400, "A rating on this map's scale is " + scale.min() + " to " + scale.max()
                    + ", not " + rating + ".");
        }
    }

    /** The comment as it will be kept: trimmed, not empty, not too long. */
    String commentText(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new ClientError(400, "The comment is empty.");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > maxCommentLength) {
            throw new ClientError(400, "A comment can be at most " + maxCommentLength + " characters long.");
        }
        return trimmed;
    }
}

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
            throw ClientError.of(410, "phone.errorEnded");
        }
    }

    /** Refuses a touchpoint the session does not rate, or one whose stage is closed now. */
    void requireOpen(Voting voting, String touchpointId) {
        requireRunning(voting);
        String stageId = stageOfTouchpoint.get(touchpointId);
        if (stageId == null) {
            throw ClientError.of(404, "phone.errorNoTouchpoint", touchpointId);
        }
        if (!voting.isOpen(stageId)) {
            throw ClientError.of(409, "phone.errorStageClosed",
                    map.stage(stageId).map(Stage::name).orElse(""));
        }
    }

    /** The label to count under: the segment id, or {@link WorkshopState#NO_SEGMENT} for none. */
    String segment(String segmentId) {
        if (segmentId == null || segmentId.isEmpty()) {
            return WorkshopState.NO_SEGMENT;
        }
        if (!segmentIds.contains(segmentId)) {
            throw ClientError.of(400, "phone.errorNoSegment", segmentId);
        }
        return segmentId;
    }

    void requireOnScale(int rating) {
        RatingScale scale = map.scale();
        if (!scale.contains(rating)) {
            throw ClientError.of(400, "phone.errorOffScale", scale.min(), scale.max(), rating);
        }
    }

    /** The comment as it will be kept: trimmed, not empty, not too long. */
    String commentText(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw ClientError.of(400, "phone.errorCommentEmpty");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > maxCommentLength) {
            throw ClientError.of(400, "phone.errorCommentTooLong", maxCommentLength);
        }
        return trimmed;
    }
}

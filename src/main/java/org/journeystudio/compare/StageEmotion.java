package org.journeystudio.compare;

/**
 * The emotion curve at one stage in both states: the mean emotion (−2 to +2) of the stage's customer-facing
 * touchpoints, null where the stage has none (or is missing from that state).
 */
public record StageEmotion(String stageId, String stage, Double before, Double after) {
    /** After minus before, null unless both are known. */
    public Double delta() {
        return before == null || after == null ? null : after - before;
    }
}

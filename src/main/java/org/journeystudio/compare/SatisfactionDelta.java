package org.journeystudio.compare;

/**
 * One cell of the delta heatmap: a touchpoint rated by one segment in either state, on the compared scale.
 *
 * @param touchpointId the touchpoint's id (in the new state when it has one)
 * @param touchpoint   its title
 * @param segmentId    the segment's id (in the new state when it has one)
 * @param segment      the segment's name
 * @param before       the old rating, null when that state has none
 * @param after        the new rating, null when that state has none
 * @param nBefore      answers behind the old rating, null when not from a survey
 * @param nAfter       answers behind the new rating, null when not from a survey
 * @param apart        true when both ratings have a 95% interval and the two do not overlap, false when they
 *                     overlap, null when either has none: only {@code true} is a change beyond noise
 */
public record SatisfactionDelta(String touchpointId, String touchpoint, String segmentId, String segment,
                                Double before, Double after, Long nBefore, Long nAfter, Boolean apart) {
    /** After minus before, null unless both are known. */
    public Double delta() {
        return before == null || after == null ? null : after - before;
    }
}

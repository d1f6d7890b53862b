package org.journeystudio.layout;

/** One point of the emotion curve: a touchpoint's emotion score placed in its stage column. */
public record CurvePoint(String touchpointId, int score, double x, double y) {
}

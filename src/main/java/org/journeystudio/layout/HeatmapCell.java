package org.journeystudio.layout;

import java.util.OptionalDouble;

/** Where one touchpoint's rating for one segment sits, and the rating itself when the segment gave one. */
public record HeatmapCell(String touchpointId, String segmentId, OptionalDouble value, Box box) {
}

package org.journeystudio.layout;

import java.util.List;

/**
 * Text placed in a lane for one touchpoint: its channel label in the channel lane, or its expectations
 * (one entry per line, already wrapped) in the expectations lane.
 */
public record TextBlock(String touchpointId, String laneId, List<String> lines, Box box) {

    public TextBlock {
        lines = List.copyOf(lines);
    }

    public String text() {
        return String.join("\n", lines);
    }
}

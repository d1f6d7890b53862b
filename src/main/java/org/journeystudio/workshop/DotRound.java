package org.journeystudio.workshop;

import java.util.Map;
import java.util.Optional;

/**
 * A dot-voting round on the map's opportunities as anyone outside the server may see it: never who placed which
 * dot, and the room's counts only once the facilitator has shown them.
 *
 * @param open    whether participants can place and take back dots now
 * @param dots    how many dots each participant has in this round (0 before the first round)
 * @param shown   whether the facilitator has shown the results
 * @param results opportunity id → dots placed on it (opportunities without dots absent); empty until shown
 */
public record DotRound(boolean open, int dots, boolean shown, Optional<Map<String, Integer>> results) {
    /** Dots per participant unless the facilitator chooses, and the range they may choose from. */
    public static final int DEFAULT_DOTS = 3;
    public static final int MIN_DOTS = 1;
    public static final int MAX_DOTS = 10;

    /** Before any round: nothing open, nothing to show. */
    public static final DotRound NONE = new DotRound(false, 0, false, Optional.empty());

    public DotRound {
        results = results.map(Map::copyOf);
    }
}

package org.journeystudio.style;

import java.util.List;
import java.util.Set;

/**
 * Colours for new segments and personas, whether an import creates them or someone adds one by hand: the
 * Okabe–Ito palette, told apart by people with any common form of colour blindness. Colours already used by the
 * map are skipped while unused ones remain.
 */
public final class SegmentPalette {
    public static final List<String> OKABE_ITO = List.of("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9",
            "#d55e00", "#f0e442", "#000000");

    /** The colour of a segment or persona stored without one; older maps rely on it, so it stays what it was. */
    public static final Rgb DEFAULT = Rgb.of(0x4c78a8);

    private SegmentPalette() {
    }

    /** The first palette colour not in {@code used}; when all are used, they repeat in order. */
    public static String next(Set<String> used, int created) {
        for (String colour : OKABE_ITO) {
            if (used.stream().noneMatch(colour::equalsIgnoreCase)) {
                return colour;
            }
        }
        return OKABE_ITO.get(created % OKABE_ITO.size());
    }
}

package org.journeystudio.workshop;

import java.text.NumberFormat;
import java.util.Locale;

/** The counters' wording: "1 participant", "23 participants", "1,310 answers". */
public final class LiveCounts {
    private LiveCounts() {
    }

    public static String participants(long n) {
        return count(n, "participant");
    }

    public static String answers(long n) {
        return count(n, "answer");
    }

    private static String count(long n, String noun) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n) + " " + noun + (n == 1 ? "" : "s");
    }
}

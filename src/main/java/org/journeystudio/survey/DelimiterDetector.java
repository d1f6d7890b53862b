package org.journeystudio.survey;

/**
 * Picks the field delimiter from a survey's first line: comma, semicolon (European spreadsheet exports) or tab,
 * whichever occurs most often outside quotes. A line with none of them is a single column, read as comma.
 */
public final class DelimiterDetector {
    private static final char[] CANDIDATES = {',', ';', '\t'};

    private DelimiterDetector() {
    }

    public static char detect(CharSequence firstLine) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < firstLine.length(); i++) {
            char c = firstLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }
}

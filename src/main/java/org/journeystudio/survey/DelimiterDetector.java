package org.journeystudio.survey;

import java.util.List;

/**
 * Picks the field delimiter from a survey's first line: comma, semicolon (European spreadsheet exports) or tab,
 * whichever occurs most often outside quotes. A line with none of them is a single column, read as comma.
 */
public final class DelimiterDetector {
    /** How many leading lines {@link #detect(List)} compares. */
    static final int LINES_COMPARED = 6;
    private static final char[] CANDIDATES = {',', ';', '\t'};

    private DelimiterDetector() {
    }

    /**
     * Picks the delimiter that every one of the first lines has equally often (the most often, if several do):
     * a tab-separated file whose first row is question texts full of commas stays tab-separated. When no
     * delimiter is that regular (a quoted line break, ragged rows), the first line decides.
     */
    public static char detect(List<String> lines) {
        int best = -1;
        int bestCount = 0;
        for (int k = 0; k < CANDIDATES.length; k++) {
            int count = counts(lines.get(0))[k];
            for (String line : lines) {
                if (counts(line)[k] != count) {
                    count = 0;
                    break;
                }
            }
            if (count > bestCount) {
                best = k;
                bestCount = count;
            }
        }
        return lines.size() > 1 && best >= 0 ? CANDIDATES[best] : detect(lines.get(0));
    }

    public static char detect(CharSequence firstLine) {
        int[] counts = counts(firstLine);
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }

    private static int[] counts(CharSequence line) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
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
        return counts;
    }
}

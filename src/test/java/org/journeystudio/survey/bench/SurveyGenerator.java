package org.journeystudio.survey.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a large synthetic survey for the heatmap benchmark: a respondent id, a timestamp, three segment columns
 * with dirty label spellings (case, surrounding spaces) and 14 touchpoint ratings on 1–5 with some answers empty
 * or 0 (not applicable). Deterministic for a given row count.
 */
public final class SurveyGenerator {
    static final List<String> SEGMENT_COLUMNS = List.of("Travel class", "Customer type", "Region");
    static final List<String> TOUCHPOINTS = List.of("Booking", "Seat selection", "Payment", "Confirmation email",
            "Check-in", "Bag drop", "Security", "Lounge", "Boarding", "Seat comfort", "Meals", "Entertainment",
            "Crew", "Arrival");
    private static final String[][][] LABELS = {
        {{"Business", "business", "BUSINESS ", " Business"}, {"Economy", "economy", "ECONOMY", "Economy "},
            {"Premium Economy", "premium economy"}, {"First", "first "}},
        {{"First-time", "first-time", "FIRST-TIME"}, {"Returning", "returning "}, {"Frequent flyer", "frequent flyer"}},
        {{"Europe", "europe", " Europe "}, {"Asia", "ASIA"}, {"Americas", "americas"}, {"Africa", "africa "},
            {"Oceania", "OCEANIA"}}};

    private SurveyGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "target/bench/survey-1m.csv");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        write(file, rows);
        System.out.println("wrote " + rows + " rows to " + file + " (" + Files.size(file) / (1 << 20) + " MiB)");
    }

    public static void write(Path file, int rows) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        SplittableRandom random = new SplittableRandom(20261122L + rows);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            StringBuilder line = new StringBuilder("Respondent,Submitted");
            SEGMENT_COLUMNS.forEach(c -> line.append(',').append(c));
            TOUCHPOINTS.forEach(c -> line.append(',').append(c));
            out.write(line.append('\n').toString());
            for (int row = 0; row < rows; row++) {
                line.setLength(0);
                line.append(100000 + row).append(",2026-03-").append(1 + row % 28).append(' ')
                        .append(10 + row % 12).append(':').append(10 + row % 50).append(":00");
                int[] groups = new int[LABELS.length];
                for (int s = 0; s < LABELS.length; s++) {
                    groups[s] = random.nextInt(LABELS[s].length);
                    String[] spellings = LABELS[s][groups[s]];
                    // Mostly the clean spelling, sometimes a variant, as in hand-typed exports.
                    String label = random.nextInt(4) > 0 ? spellings[0] : spellings[random.nextInt(spellings.length)];
                    line.append(',').append(label);
                }
                for (int t = 0; t < TOUCHPOINTS.size(); t++) {
                    line.append(',');
                    int roll = random.nextInt(100);
                    if (roll < 6) {
                        continue; // empty: not answered
                    }
                    if (roll < 10) {
                        line.append('0'); // 0: not applicable on 1-5
                        continue;
                    }
                    // Segments and touchpoints differ a little, so the heatmap has something to show.
                    int bias = (groups[0] + t) % 3 - 1;
                    int value = Math.max(1, Math.min(5, 1 + random.nextInt(5) + (random.nextInt(3) == 0 ? bias : 0)));
                    line.append(value);
                }
                out.write(line.append('\n').toString());
            }
        }
    }
}

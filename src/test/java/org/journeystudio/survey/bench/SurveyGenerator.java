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

    /**
     * The agreement scale the word survey uses for points 1 to 5; 0 becomes "Don't know" (an opt-out, so like 0 on
     * 1–5 it is in no cell's n or mean).
     */
    static final List<String> AGREEMENT = List.of("Don't know", "Strongly disagree", "Disagree",
            "Neither agree nor disagree", "Agree", "Strongly agree");

    private SurveyGenerator() {
    }

    /** Arguments: {@code [file] [rows] [file of the same answers as words]}. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "target/bench/survey-1m.csv");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        write(file, rows);
        System.out.println("wrote " + rows + " rows to " + file + " (" + Files.size(file) / (1 << 20) + " MiB)");
        if (args.length > 2) {
            Path words = Path.of(args[2]);
            writeWords(file, words);
            System.out.println("wrote them as words to " + words + " (" + Files.size(words) / (1 << 20) + " MiB)");
        }
    }

    /**
     * Writes {@code numbers}, a survey from {@link #write}, with every rating as its words (issue #15's survey of
     * text answers, about three times the bytes): the same answers, so the heatmap's cells are the same.
     */
    public static void writeWords(Path numbers, Path words) throws IOException {
        int firstRating = 2 + SEGMENT_COLUMNS.size();
        try (var in = Files.newBufferedReader(numbers, StandardCharsets.UTF_8);
             Writer out = new BufferedWriter(Files.newBufferedWriter(words, StandardCharsets.UTF_8), 1 << 16)) {
            out.write(in.readLine());
            out.write('\n');
            StringBuilder line = new StringBuilder();
            for (String row = in.readLine(); row != null; row = in.readLine()) {
                String[] fields = row.split(",", -1);
                line.setLength(0);
                for (int f = 0; f < fields.length; f++) {
                    if (f > 0) {
                        line.append(',');
                    }
                    boolean answer = f >= firstRating && !fields[f].isEmpty();
                    line.append(answer ? AGREEMENT.get(Integer.parseInt(fields[f])) : fields[f]);
                }
                out.write(line.append('\n').toString());
            }
        }
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

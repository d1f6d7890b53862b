package org.journeystudio.ui.survey;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a large survey in the layout of the Google Forms fixture (time stamp, e-mail, two segment columns with
 * dirty spellings, three "Rate each step [...]" columns with N/A and 0, a comment), for tests that need a file
 * big enough to notice work done on the FX thread. Deterministic for a given row count.
 */
public final class GoogleFormsSurvey {
    private static final String[] CLASSES = {"Business", "business", "BUSINESS ", "Economy", " economy", "Premium"};
    private static final String[] TYPES = {"First-time", "Returning", "returning"};
    private static final String[] COMMENTS = {"", "", "Great, thanks", "Slow", "He said \"\"meh\"\""};

    private GoogleFormsSurvey() {
    }

    public static Path write(Path file, int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(rows);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Timestamp,Email Address,Travel class,Customer type,Rate each step [Booking],"
                    + "Rate each step [Check-in],Rate each step [Boarding],Any comments?\n");
            StringBuilder line = new StringBuilder();
            for (int row = 0; row < rows; row++) {
                line.setLength(0);
                line.append("2026/03/").append(1 + row % 28).append(' ').append(1 + row % 12).append(':')
                        .append(10 + row % 50).append(":00 AM GMT+1,respondent").append(row).append("@example.org,")
                        .append(CLASSES[random.nextInt(CLASSES.length)]).append(',')
                        .append(TYPES[random.nextInt(TYPES.length)]).append(',')
                        .append(1 + random.nextInt(5)).append(',')
                        .append(random.nextInt(10) == 0 ? "N/A" : String.valueOf(random.nextInt(6))).append(',')
                        .append(random.nextInt(8) == 0 ? "" : String.valueOf(1 + random.nextInt(5))).append(',');
                String comment = COMMENTS[random.nextInt(COMMENTS.length)];
                line.append(comment.contains(",") || comment.contains("\"") ? "\"" + comment + "\"" : comment);
                out.write(line.append('\n').toString());
            }
        }
        return file;
    }
}

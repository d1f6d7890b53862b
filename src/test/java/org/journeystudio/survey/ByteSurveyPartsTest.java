package org.journeystudio.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte reader's parts: a file read in parts on several threads (each part from just after a line feed, some
 * of them inside quoted fields) gives exactly the heatmap the record reader gives, for any part size from one
 * byte, any buffer size and any number of threads.
 */
@SlowTest
class ByteSurveyPartsTest {
    private static final String[] CLASSES = {"Business", "business ", "\"Eco\"\"nomy\"", "\"Premium\nEconomy\"", "Élite"};
    private static final String[] REGIONS = {"Europe", "\"Asia,\r\nPacific\"", "europe", "Americas"};
    private static final String[] NOTES = {"", "plain", "\"two\nlines\"", "\"\"\"quoted\"\"\n\n\"", "\"a\r\nb, c\""};
    private static final String[] ANSWERS = {"1", "2", "3", "4", "5", "", "0", "N/A", "\"4\"", " 3", "7", "x"};

    @TempDir
    Path dir;

    @Test
    void parts_of_any_size_on_any_number_of_threads_agree_with_the_record_reader() throws IOException {
        for (int seed = 1; seed <= 6; seed++) {
            Random random = new Random(seed);
            Path file = write("messy-" + seed + ".csv", "Id,Class,R1,Note,Region,R2", random, 300);
            for (List<String> segments : List.of(List.of("Class"), List.of("Class", "Region"))) {
                TallyPlan plan = plan(file, segments);
                Heatmap records = finish(RecordTallier.tally(plan), plan);
                // {buffer size, part size}: tiny buffers with tiny and larger parts, a part per line feed.
                int[][] sizes = {{1, 1}, {1, 300}, {4, 2}, {100, 17}, {100, 4000}, {1 << 16, 1}, {1 << 16, 300}};
                for (int[] size : sizes) {
                    for (int threads = 1; threads <= 3; threads++) {
                        Heatmap parts = finish(ByteSurveyReading.tally(plan, size[0], size[1], threads), plan);
                        assertThat(parts).as("seed %d, %s, buffer %d, parts of %d bytes, %d threads", seed,
                                segments, size[0], size[1], threads).isEqualTo(records);
                    }
                }
            }
        }
    }

    @Test
    void word_answers_read_by_their_known_spellings_agree_with_the_record_reader() throws IOException {
        String[] words = {"Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree",
            "Don't know", "agree", "Agree ", "\"Agree\"", "", "\"Dis\"\"agree\"", "Agre", "Strongly agree,"};
        int sampled = 10; // the rows planning samples hold only the scale's words: the last three are strays
        for (int seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder("Class,R1,R2\n");
            for (int i = 0; i < 400; i++) {
                String eol = random.nextBoolean() ? "\n" : "\r\n";
                int choices = i < SurveyHeatmaps.SAMPLE_ROWS ? sampled : words.length;
                text.append(pick(CLASSES, random)).append(',').append(words[random.nextInt(choices)]).append(',')
                        .append(words[random.nextInt(choices)]).append(eol);
            }
            Path file = dir.resolve("words-" + seed + ".csv");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            TallyPlan plan = SurveyHeatmaps.plan(SurveyReader.inspect(file), HeatmapOptions.forSegments("Class")
                    .withRatings(List.of("R1", "R2")));
            Heatmap records = finish(RecordTallier.tally(plan), plan);
            assertThat(records.badRowCount()).isPositive(); // the strays
            for (int[] size : new int[][] {{1, 1}, {5, 60}, {64, 1000}, {1 << 16, 1 << 20}}) {
                assertThat(finish(ByteSurveyReading.tally(plan, size[0], size[1], 2), plan))
                        .as("seed %d, buffer %d, parts of %d bytes", seed, size[0], size[1]).isEqualTo(records);
            }
        }
    }

    @Test
    void a_part_starting_inside_a_quoted_header_is_dropped() throws IOException {
        Path file = write("quoted-header.csv", "Id,Class,R1,\"Note\n(free text)\",Region,R2", new Random(7), 50);
        TallyPlan plan = plan(file, List.of("Class"));
        Heatmap records = finish(RecordTallier.tally(plan), plan);
        for (long partBytes = 1; partBytes < 40; partBytes++) {
            assertThat(finish(ByteSurveyReading.tally(plan, 8, partBytes, 2), plan)).isEqualTo(records);
        }
    }

    @Test
    void bad_rows_keep_file_order_and_their_true_lines_across_parts() throws IOException {
        StringBuilder text = new StringBuilder("Class,R1,R2\n");
        for (int i = 0; i < 3 * SurveyTally.BAD_ROWS_KEPT; i++) {
            text.append(i % 2 == 0 ? "A,9,1\n" : "\"B\nb\",2,3\n"); // 9 is off the scale; B's label spans two lines
        }
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, text);
        TallyPlan plan = plan(file, List.of("Class"));
        Heatmap records = finish(RecordTallier.tally(plan), plan);
        Heatmap parts = finish(ByteSurveyReading.tally(plan, 64, 500, 3), plan);
        assertThat(parts).isEqualTo(records);
        assertThat(parts.badRows()).hasSize(SurveyTally.BAD_ROWS_KEPT);
        assertThat(parts.badRows().get(SurveyTally.BAD_ROWS_KEPT - 1).line()).isEqualTo(2 + 3 * (SurveyTally.BAD_ROWS_KEPT - 1));
        assertThat(parts.badRowCount()).isEqualTo(3 * SurveyTally.BAD_ROWS_KEPT / 2);
    }

    @Test
    void parts_start_just_after_line_feeds_and_never_at_the_end() throws IOException {
        Path file = dir.resolve("lines.csv");
        Files.writeString(file, "a\nbb\n\nccc\r\nd");
        assertThat(ByteSurveyReading.partStarts(file, 0, Files.size(file), 1)).containsExactly(0, 2, 5, 6, 11);
        assertThat(ByteSurveyReading.partStarts(file, 0, Files.size(file), 4)).containsExactly(0, 5, 11);
        assertThat(ByteSurveyReading.partStarts(file, 0, Files.size(file), Long.MAX_VALUE)).containsExactly(0);
        Files.writeString(file, "a,b,c\n");
        assertThat(ByteSurveyReading.partStarts(file, 0, Files.size(file), 1)).containsExactly(0);
    }

    private TallyPlan plan(Path file, List<String> segments) {
        return SurveyHeatmaps.plan(SurveyReader.inspect(file), HeatmapOptions.forSegments(segments.toArray(String[]::new))
                .withRatings(List.of("R1", "R2")).withScale(AnswerScale.parse("1-5")));
    }

    private static Heatmap finish(SurveyTally tally, TallyPlan plan) {
        return HeatmapStatistics.finish(tally, plan, SurveyHeatmaps.touchpointNames(plan.ratings()), 30);
    }

    private Path write(String name, String header, Random random, int rows) throws IOException {
        StringBuilder text = new StringBuilder(header).append('\n');
        for (int i = 0; i < rows; i++) {
            String eol = random.nextBoolean() ? "\n" : "\r\n";
            if (random.nextInt(20) == 0) {
                text.append(eol); // a blank line
                continue;
            }
            text.append(i).append(',').append(pick(CLASSES, random)).append(',').append(pick(ANSWERS, random));
            if (random.nextInt(30) > 0) { // else a short row: a bad row
                text.append(',').append(pick(NOTES, random)).append(',').append(pick(REGIONS, random)).append(',')
                        .append(pick(ANSWERS, random));
                if (random.nextInt(10) == 0) {
                    text.append(','); // a delimiter at the line's end adds no field
                }
            }
            text.append(eol);
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}

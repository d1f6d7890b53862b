package org.journeystudio.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random, messy surveys (quoted labels with doubled quotes, quoted newlines, CRLF and LF, blank lines, N/A, 0,
 * a delimiter at some lines' end, bad rows) read by the byte reader with buffers from 1 byte up, so records
 * straddle every refill, and by the Commons CSV record reader: both must agree with each other and with sums kept
 * while writing the file.
 */
@SlowTest
class ReaderAgreementTest {
    private static final String[][] SPELLINGS = {
        {"Business", "business", "BUSINESS ", " Business"},
        {"Economy", "economy", "ECONOMY"},
        {"Big \"Co\"", "big \"co\" "},
        {"Élite", "élite"}};

    @TempDir
    Path dir;

    @Test
    void byte_and_record_readers_agree_on_messy_files() throws IOException {
        for (int seed = 1; seed <= 8; seed++) {
            Generated generated = write(new Random(seed), 400);
            TallyPlan plan = SurveyHeatmaps.plan(SurveyReader.inspect(generated.file),
                    HeatmapOptions.forSegments("Class").withRatings(List.of("R1", "R2"))
                            .withScale(AnswerScale.parse("1-5")));
            List<String> touchpoints = List.of("R1", "R2");
            Heatmap records = HeatmapStatistics.finish(RecordTallier.tally(plan), plan, touchpoints, 30);
            for (int bufferSize : new int[] {1, 2, 3, 7, 64, 1 << 20}) {
                // Whole, then in parts of one line each (every line feed a part start, some inside quoted fields,
                // where the part before must read on and the one after be dropped), then in parts of a few lines.
                long[][] partsAndThreads = {{Long.MAX_VALUE, 1}, {1, 2}, {bufferSize * 5L + 1, 3}};
                for (long[] split : partsAndThreads) {
                    Heatmap bytes = HeatmapStatistics.finish(
                            ByteSurveyReading.tally(plan, bufferSize, split[0], (int) split[1]), plan, touchpoints, 30);
                    assertThat(bytes).as("seed %d, buffer %d, parts of %d bytes on %d threads", seed, bufferSize,
                            split[0], split[1]).isEqualTo(records);
                }
            }
            assertThat(records.badRows()).extracting(BadRow::line).isEqualTo(generated.badLines);
            for (Map.Entry<String, long[]> expected : generated.sums.entrySet()) {
                String[] keyParts = expected.getKey().split("\\|");
                String label = displayOf(keyParts[0]);
                CellStatistics stats = records.cell(keyParts[1], label).statistics();
                long[] sumAndCount = expected.getValue();
                assertThat(stats.n()).isEqualTo(sumAndCount[1]);
                assertThat(stats.mean()).isCloseTo((double) sumAndCount[0] / sumAndCount[1], within(1e-12));
            }
        }
    }

    @Test
    void an_error_in_a_later_part_names_its_true_line() throws IOException {
        StringBuilder text = new StringBuilder("Class,R1\n");
        // Past the rows sampled for planning, and in the second half of the file.
        for (int i = 2; i <= SurveyHeatmaps.SAMPLE_ROWS + 200; i++) {
            text.append(i == SurveyHeatmaps.SAMPLE_ROWS + 100 ? "\"B\"x,3\n" : "A,4\n");
        }
        Path file = dir.resolve("late-error.csv");
        Files.writeString(file, text);
        TallyPlan plan = SurveyHeatmaps.plan(SurveyReader.inspect(file),
                HeatmapOptions.forSegments("Class").withRatings(List.of("R1")));
        assertThatThrownBy(() -> ByteSurveyReading.tally(plan, 16, 64, 2))
                .hasMessageContaining("late-error.csv:" + (SurveyHeatmaps.SAMPLE_ROWS + 100) + ": unexpected text after a closing quote");
    }

    /** The first spelling of each group is written most often, so it is the one shown. */
    private static String displayOf(String key) {
        for (String[] group : SPELLINGS) {
            if (group[0].toLowerCase(Locale.ROOT).equals(key)) {
                return group[0];
            }
        }
        throw new IllegalArgumentException(key);
    }

    private record Generated(Path file, Map<String, long[]> sums, List<Long> badLines) {
    }

    private Generated write(Random random, int rows) throws IOException {
        StringBuilder text = new StringBuilder("Id,Class,R1,Note,R2\n");
        long line = 2;
        Map<String, long[]> sums = new HashMap<>();
        List<Long> badLines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String eol = random.nextBoolean() ? "\n" : "\r\n";
            if (random.nextInt(15) == 0) {
                text.append(eol); // a blank line: skipped, but it still counts as a line
                line++;
                continue;
            }
            String[] group = SPELLINGS[random.nextInt(SPELLINGS.length)];
            String spelling = random.nextInt(3) > 0 ? group[0] : group[random.nextInt(group.length)];
            String key = group[0].toLowerCase(Locale.ROOT);
            String[] answers = {answer(random), answer(random)};
            boolean bad = false;
            for (String answer : answers) {
                bad |= answer.equals("7") || answer.equals("x");
            }
            boolean shortRow = random.nextInt(40) == 0;
            bad |= shortRow;
            String note = switch (random.nextInt(4)) {
                case 0 -> "\"two\nlines, with comma\"";
                case 1 -> "\"said \"\"hi\"\"\"";
                case 2 -> "";
                default -> "plain";
            };
            text.append(i).append(',').append(quoteIfNeeded(spelling, random)).append(',').append(answers[0]);
            if (!shortRow) {
                text.append(',').append(note).append(',').append(answers[1]);
                if (random.nextInt(10) == 0) {
                    text.append(','); // a delimiter at the line's end adds no field
                }
            }
            text.append(eol);
            if (bad) {
                badLines.add(line);
            } else {
                count(sums, key + "|R1", answers[0]);
                count(sums, key + "|R2", answers[1]);
            }
            line += 1 + (!shortRow && note.contains("\n") ? 1 : 0);
        }
        Path file = dir.resolve("messy-" + random.nextInt(1000) + ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new Generated(file, sums, badLines);
    }

    private static void count(Map<String, long[]> sums, String key, String answer) {
        String trimmed = answer.replace("\"", "").trim();
        if (trimmed.isEmpty() || trimmed.equals("N/A") || trimmed.equals("0")) {
            return;
        }
        long[] sumAndCount = sums.computeIfAbsent(key, k -> new long[2]);
        sumAndCount[0] += Integer.parseInt(trimmed);
        sumAndCount[1]++;
    }

    private static String answer(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> "";
            case 1 -> "N/A";
            case 2 -> "0";
            case 3 -> "\"4\"";
            case 4 -> " 3";
            case 5 -> random.nextInt(20) == 0 ? "7" : "2";
            case 6 -> random.nextInt(20) == 0 ? "x" : "5";
            default -> Integer.toString(1 + random.nextInt(5));
        };
    }

    private static String quoteIfNeeded(String spelling, Random random) {
        if (spelling.contains("\"") || random.nextInt(4) == 0) {
            return '"' + spelling.replace("\"", "\"\"") + '"';
        }
        return spelling;
    }
}

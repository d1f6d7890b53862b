package org.journeystudio.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.api.SoftAssertions;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the heatmap over the survey corpus: the order of the data rows changes nothing, and reversing the
 * order of a custom text scale mirrors every mean on the scale ({@code mean' = min + max - mean}) with the same n.
 */
@FastTest
class SurveyCorpusPropertiesTest {
    private static final long SEED = 20_260_315L;
    private static final String CUSTOM_SCALE = "custom-scale.csv";

    @TempDir
    Path temp;

    /** The text exports: a spreadsheet is not shuffled as text. */
    static List<SurveyCorpus.Case> textExports() {
        return SurveyCorpus.cases().stream().filter(c -> !XlsxSurvey.isXlsx(c.file())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textExports")
    void shuffling_the_data_rows_gives_the_same_cells(SurveyCorpus.Case survey) throws IOException {
        Path shuffled = temp.resolve(survey.name());
        Files.write(shuffled, shuffleDataRows(Files.readAllBytes(survey.file()), survey.headerRows()));

        SurveyCorpus.Run original = SurveyCorpus.heatmap(survey);
        SurveyCorpus.Run reordered = SurveyCorpus.run(survey.arguments(shuffled, survey.options()));

        assertThat(reordered.exitCode()).as("%s: exit code after shuffling (before: %s; after: %s)", survey.name(),
                original.firstError(), reordered.firstError()).isEqualTo(original.exitCode());
        if (original.exitCode() != 0) {
            return; // both runs refuse the file: nothing more to compare until the reader reads it
        }
        Map<String, SurveyCorpus.Cell> before = original.cells();
        Map<String, SurveyCorpus.Cell> after = reordered.cells();
        assertThat(after.keySet()).as("%s: cells after shuffling", survey.name())
                .containsExactlyInAnyOrderElementsOf(before.keySet());
        SoftAssertions softly = new SoftAssertions();
        before.forEach((key, cell) -> {
            softly.assertThat(after.get(key).n()).as("%s: n of %s", survey.name(), key).isEqualTo(cell.n());
            if (!Double.isNaN(cell.mean())) {
                softly.assertThat(after.get(key).mean()).as("%s: mean of %s", survey.name(), key)
                        .isCloseTo(cell.mean(), within(1e-9));
            }
        });
        softly.assertAll();
    }

    @Test
    void reversing_a_custom_scale_mirrors_each_mean_on_the_scale() {
        SurveyCorpus.Case survey = SurveyCorpus.cases().stream().filter(c -> c.name().equals(CUSTOM_SCALE))
                .findFirst().orElseThrow();
        List<String> reversed = reverseLabelOrder(survey.options());
        SurveyCorpus.Run run = SurveyCorpus.run(survey.arguments(survey.file(), reversed));
        assertThat(run.exitCode()).as("exit code with %s; %s", reversed, run.firstError()).isZero();

        double[] bounds = SurveyCorpus.bounds(survey.scale());
        Map<String, SurveyCorpus.Cell> printed = run.cells();
        SoftAssertions softly = new SoftAssertions();
        for (SurveyCorpus.Cell forward : survey.cells()) {
            SurveyCorpus.Cell mirrored = printed.get(forward.key());
            softly.assertThat(mirrored).as("cell %s; cells printed: %s", forward.key(), printed.keySet()).isNotNull();
            if (mirrored != null) {
                softly.assertThat(mirrored.n()).as("n of %s", forward.key()).isEqualTo(forward.n());
                softly.assertThat(mirrored.mean()).as("mean of %s", forward.key())
                        .isCloseTo(bounds[0] + bounds[1] - forward.mean(), within(1e-6));
            }
        }
        softly.assertThat(printed).as("number of cells").hasSize(survey.cells().size());
        softly.assertAll();
    }

    /** The options with every {@code --label-order} list turned round. */
    private static List<String> reverseLabelOrder(List<String> options) {
        List<String> reversed = new ArrayList<>(options);
        for (int i = 0; i + 1 < reversed.size(); i++) {
            if (reversed.get(i).equals("--label-order")) {
                List<String> labels = new ArrayList<>(List.of(reversed.get(i + 1).split("\\|")));
                Collections.reverse(labels);
                reversed.set(i + 1, String.join("|", labels));
            }
        }
        assertThat(reversed).as("options of %s", CUSTOM_SCALE).isNotEqualTo(options);
        return reversed;
    }

    /**
     * Keeps the first {@code headerRows} records (and a byte order mark) in place and shuffles the others with a fixed
     * seed. Works on the bytes as ISO-8859-1, which maps every byte to one character and back, so the file keeps its
     * encoding (UTF-8, Windows-1252) byte for byte; quotes, delimiters and line ends are ASCII in all of them.
     */
    static byte[] shuffleDataRows(byte[] file, int headerRows) {
        List<String> records = records(new String(file, StandardCharsets.ISO_8859_1));
        assertThat(records.size()).as("records").isGreaterThan(headerRows + 2);
        List<String> header = records.subList(0, headerRows);
        List<String> data = new ArrayList<>(records.subList(headerRows, records.size()));
        List<String> original = List.copyOf(data);
        Random random = new Random(SEED);
        while (data.equals(original)) {
            Collections.shuffle(data, random);
        }
        StringBuilder text = new StringBuilder();
        header.forEach(text::append);
        data.forEach(text::append);
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Splits text into CSV records, each with its own line end; a line end inside quotes stays in its record. */
    private static List<String> records(String text) {
        List<String> records = new ArrayList<>();
        StringBuilder record = new StringBuilder();
        boolean quoted = false;
        String lineEnd = "\n";
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            record.append(c);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                lineEnd = record.length() > 1 && record.charAt(record.length() - 2) == '\r' ? "\r\n" : "\n";
                records.add(record.toString());
                record.setLength(0);
            }
        }
        if (!record.isEmpty()) {
            records.add(record + lineEnd); // the last record had no line end: give it the file's own
        }
        records.removeIf(r -> r.isBlank());
        return records;
    }
}

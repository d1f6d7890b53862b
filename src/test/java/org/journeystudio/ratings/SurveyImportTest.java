package org.journeystudio.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ImportCancelledException;
import org.journeystudio.store.StoredImport;
import org.journeystudio.store.SurveyResponses;
import org.journeystudio.survey.CellStatistics;
import org.journeystudio.survey.NotApplicableCodes;
import org.journeystudio.survey.ScaleChoices;
import org.journeystudio.survey.SurveyColumn;
import org.journeystudio.survey.SurveyException;
import org.journeystudio.survey.SurveyFormat;
import org.journeystudio.survey.SurveyReader;
import org.journeystudio.survey.bench.SurveyGenerator;
import org.journeystudio.testing.SlowTest;
import org.journeystudio.testing.NewLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Survey fixtures imported into a real library: means and n per segment are checked against a small CSV
 * reading written here, independent of the studio's reader.
 */
@SlowTest
class SurveyImportTest {
    @TempDir
    Path folder;

    @Test
    void googleFormsFixtureWithDirtyLabelsQuotedNewlinesAndNotApplicableCodes() throws Exception {
        checkAgainstIndependentCount("google-forms.csv", ',', List.of("Travel class", "Customer type"), 4, 3);
    }

    @Test
    void semicolonFixtureWithABom() throws Exception {
        checkAgainstIndependentCount("spreadsheet-bom-semicolon.csv", ';', List.of("Segment"), 2, 2);
    }

    private void checkAgainstIndependentCount(String fixture, char delimiter, List<String> segmentNames,
                                              int firstRating, int ratingCount) throws Exception {
        Path file = fixture(fixture);
        SurveyFormat format = SurveyReader.inspect(file);
        List<SurveyColumn> segments = segmentNames.stream().map(format::column).toList();
        List<SurveyColumn> ratings = format.columns().subList(firstRating, firstRating + ratingCount);
        List<Map<String, String>> names = segments.stream().map(s -> Map.<String, String>of()).toList();
        SurveyImportPlan plan = SurveyImports.plan(format, segments, ratings, scale("1-5"), names);

        List<List<String>> records = independentRecords(file, delimiter);
        try (H2Library library = NewLibraries.open(folder)) {
            library.create(JourneyMap.blank("p", "Survey", Instant.now()));
            SurveyResponses responses = library.surveyResponses();
            long id = SurveyImports.run(responses, "p", plan, false, n -> { }, () -> false);
            assertThat(responses.imports("p")).extracting(StoredImport::respondents).containsExactly(
                    (long) records.size() - 1);
            for (int s = 0; s < segments.size(); s++) {
                SegmentHeatmap heatmap = SegmentHeatmap.of(responses.counts(id, s),
                        plan.ratings().stream().map(r -> r.touchpoint()).toList(),
                        plan.ratings().stream().map(r -> r.scale()).toList(), 30);
                int segmentIndex = segments.get(s).index();
                for (int r = 0; r < ratingCount; r++) {
                    Map<String, List<Integer>> expected = answersBySegment(records, segmentIndex, firstRating + r);
                    for (Map.Entry<String, List<Integer>> segment : expected.entrySet()) {
                        String shown = heatmap.segments().stream()
                                .filter(l -> l.toLowerCase(Locale.ROOT).equals(segment.getKey())).findFirst()
                                .orElseThrow(() -> new AssertionError("no segment " + segment.getKey()
                                        + " in " + heatmap.segments()));
                        CellStatistics cell = heatmap.cell(r, shown);
                        List<Integer> answers = segment.getValue();
                        assertThat(cell.n()).as("%s / %s n", shown, plan.ratings().get(r).touchpoint())
                                .isEqualTo(answers.size());
                        if (!answers.isEmpty()) {
                            double mean = answers.stream().mapToInt(Integer::intValue).sum() / (double) answers.size();
                            assertThat(cell.mean()).as("%s mean", shown).isCloseTo(mean, within(1e-12));
                        }
                    }
                }
            }
        }
    }

    /** Answers per normalised label; empty, N/A and 0 (on 1-5) are left out. */
    private static Map<String, List<Integer>> answersBySegment(List<List<String>> records, int segment, int rating) {
        Map<String, List<Integer>> result = new LinkedHashMap<>();
        for (List<String> record : records.subList(1, records.size())) {
            String key = record.get(segment).trim().toLowerCase(Locale.ROOT);
            List<Integer> answers = result.computeIfAbsent(key, k -> new ArrayList<>());
            String raw = record.get(rating).trim();
            if (!raw.isEmpty() && !raw.equalsIgnoreCase("n/a") && !raw.equals("0")) {
                answers.add(Integer.parseInt(raw));
            }
        }
        return result;
    }

    /** A deliberately plain CSV reading (quotes, doubled quotes, newlines in quotes), not the studio's. */
    private static List<List<String>> independentRecords(Path file, char delimiter) throws Exception {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString().replace("\r", ""));
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    @Test
    void unreadableRowsStopTheImportWithLineAndReasonUnlessSkipped() throws Exception {
        Path file = fixture("bad-rows.csv");
        SurveyFormat format = SurveyReader.inspect(file);
        SurveyImportPlan plan = SurveyImports.plan(format, List.of(format.column("Segment")),
                format.columns().subList(2, 4), scale("0-10"), List.of(Map.of()));
        try (H2Library library = NewLibraries.open(folder)) {
            library.create(JourneyMap.blank("p", "Survey", Instant.now()));
            SurveyResponses responses = library.surveyResponses();
            assertThatThrownBy(() -> SurveyImports.run(responses, "p", plan, false, n -> { }, () -> false))
                    .isInstanceOf(SurveyException.class)
                    .hasMessage(file + ":5: has 3 fields but the header has 4");
            assertThat(responses.imports("p")).isEmpty();

            SurveyImports.run(responses, "p", plan, true, n -> { }, () -> false);
            StoredImport stored = responses.imports("p").get(0);
            assertThat(stored.respondents()).isEqualTo(3);
            assertThat(stored.skippedRows()).isEqualTo(2);
        }
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLine() throws Exception {
        Path file = fixture("unclosed-quote.csv");
        try (H2Library library = NewLibraries.open(folder)) {
            library.create(JourneyMap.blank("p", "Survey", Instant.now()));
            assertThatThrownBy(() -> {
                SurveyFormat format = SurveyReader.inspect(file);
                SurveyImports.run(library.surveyResponses(), "p", SurveyImports.plan(format,
                        List.of(format.column("Segment")), List.of(format.column("Food")), scale("1-5"),
                        List.of(Map.of())), true, n -> { }, () -> false);
            }).hasMessage(file + ":3: a quoted field that starts on this line is never closed");
            assertThat(library.surveyResponses().imports("p")).isEmpty();
        }
    }

    @Test
    void cancellingHalfWayStoresNothing() throws Exception {
        Path file = folder.resolve("big.csv");
        SurveyGenerator.write(file, 20_000);
        SurveyFormat format = SurveyReader.inspect(file);
        SurveyImportPlan plan = SurveyImports.plan(format, List.of(format.column("Region")),
                format.columns().subList(5, 8), scale("1-5"), List.of(Map.of()));
        long[] seen = new long[1];
        try (H2Library library = NewLibraries.open(folder.resolve("lib"))) {
            library.create(JourneyMap.blank("p", "Survey", Instant.now()));
            assertThatThrownBy(() -> SurveyImports.run(library.surveyResponses(), "p", plan, true,
                    n -> seen[0] = n, () -> seen[0] >= 8_000)).isInstanceOf(ImportCancelledException.class);
            assertThat(seen[0]).isBetween(8_000L, 20_000L - 1);
            assertThat(library.surveyResponses().imports("p")).isEmpty();
        }
    }

    /** The user's choice of one numeric scale for every rating column, with the default not-applicable codes. */
    private static ScaleChoices scale(String range) {
        return new ScaleChoices(AnswerScale.parse(range), List.of(), NotApplicableCodes.defaults());
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(SurveyImportTest.class.getResource("/org/journeystudio/survey/" + name).toURI());
    }
}

package org.journeystudio.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.journeystudio.survey.Fixtures.path;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@FastTest
class SurveyReaderTest {
    @TempDir
    Path dir;

    private static List<SurveyRow> rows(SurveyFormat format) {
        List<SurveyRow> rows = new ArrayList<>();
        try (SurveyReader.SurveyRows stream = SurveyReader.open(format)) {
            stream.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void each_layout_is_recognised_and_its_header_rows_skipped() {
        assertThat(SurveyReader.inspect(path("google-forms.csv")).layout()).isEqualTo(SurveyLayout.GOOGLE_FORMS);
        assertThat(SurveyReader.inspect(path("typeform.csv")).layout()).isEqualTo(SurveyLayout.TYPEFORM);
        assertThat(SurveyReader.inspect(path("spreadsheet-bom-semicolon.csv")).layout()).isEqualTo(SurveyLayout.SPREADSHEET);

        SurveyFormat monkey = SurveyReader.inspect(path("surveymonkey.csv"));
        assertThat(monkey.layout()).isEqualTo(SurveyLayout.SURVEYMONKEY);
        assertThat(monkey.firstDataLine()).isEqualTo(3);
        assertThat(rows(monkey)).hasSize(7).first().extracting(r -> r.values().get(0)).isEqualTo("118200001");

        SurveyFormat qualtrics = SurveyReader.inspect(path("qualtrics.csv"));
        assertThat(qualtrics.layout()).isEqualTo(SurveyLayout.QUALTRICS);
        assertThat(qualtrics.firstDataLine()).isEqualTo(4);
        assertThat(rows(qualtrics)).hasSize(5).first().extracting(r -> r.values().get(7)).isEqualTo("R_1a");
    }

    @Test
    void columns_carry_grid_rows_and_qualtrics_ids() {
        SurveyFormat google = SurveyReader.inspect(path("google-forms.csv"));
        assertThat(google.column("Check-in").name()).isEqualTo("Rate each step [Check-in]");
        assertThat(google.column("rate each step [check-in]").index()).isEqualTo(5);

        SurveyFormat monkey = SurveyReader.inspect(path("surveymonkey.csv"));
        assertThat(monkey.columns()).extracting(SurveyColumn::name).contains(
                "What is your plan?", "How satisfied were you with each step? [Onboarding]",
                "How likely are you to recommend us?");

        SurveyFormat qualtrics = SurveyReader.inspect(path("qualtrics.csv"));
        assertThat(qualtrics.column("Q2_2").name())
                .isEqualTo("How satisfied are you with each part of your order? - Delivery");
        assertThat(qualtrics.column("Which region are you in?").index()).isEqualTo(8);
    }

    @Test
    void rows_carry_the_physical_line_they_start_on() {
        // Row 2 of the Google Forms fixture has a comment spanning two lines, so row 3 starts on line 5.
        List<SurveyRow> rows = rows(SurveyReader.inspect(path("google-forms.csv")));
        assertThat(rows).extracting(SurveyRow::line).containsExactly(2L, 3L, 5L, 6L, 7L, 8L, 9L);
        assertThat(rows.get(1).values().get(7)).isEqualTo("Line one\nline two");
        assertThat(rows.get(5).values().get(7)).isEqualTo("He said \"meh\"");
    }

    @Test
    void blank_lines_are_skipped_but_counted() throws IOException {
        Path file = dir.resolve("blank.csv");
        Files.writeString(file, "Segment,Food\r\n\r\nA,4\r\n\r\n\r\nB,5\r\n", StandardCharsets.UTF_8);
        assertThat(rows(SurveyReader.inspect(file))).extracting(SurveyRow::line).containsExactly(3L, 6L);
    }

    @Test
    void malformed_files_are_refused_with_file_and_line() throws IOException {
        assertThatThrownBy(() -> SurveyHeatmaps.build(path("unclosed-quote.csv"), HeatmapOptions.forSegments("Segment")))
                .isInstanceOf(SurveyException.class)
                .hasMessageEndingWith("unclosed-quote.csv:3: a quoted field that starts on this line is never closed");

        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> SurveyReader.inspect(empty)).hasMessageContaining("empty.csv:1: the file is empty");

        assertThatThrownBy(() -> SurveyReader.inspect(dir.resolve("missing.csv"))).hasMessageEndingWith("missing.csv: no such file");

        Path strayQuote = dir.resolve("stray.csv");
        Files.writeString(strayQuote, "Segment,Food\nA,4\n\"B\"x,5\n");
        for (HeatmapOptions.Reader reader : HeatmapOptions.Reader.values()) {
            assertThatThrownBy(() -> SurveyHeatmaps.build(strayQuote, HeatmapOptions.forSegments("Segment")
                    .withRatings(List.of("Food")).withReader(reader)))
                    .as("%s reader", reader)
                    .hasMessageContaining("stray.csv:3: unexpected text after a closing quote");
        }
    }

    @Test
    void unknown_and_ambiguous_columns_are_named_in_the_error() {
        SurveyFormat google = SurveyReader.inspect(path("google-forms.csv"));
        assertThatThrownBy(() -> google.column("Seat")).hasMessageContaining("no column named 'Seat'")
                .hasMessageContaining("'Travel class'");
        assertThatThrownBy(() -> SurveyHeatmaps.build(path("google-forms.csv"),
                HeatmapOptions.forSegments("Travel class", "travel class")))
                .hasMessageContaining("the two segment columns are the same column");
    }

    @Test
    void delimiters_are_detected_outside_quotes() {
        assertThat(DelimiterDetector.detect("a;b;\"c,d,e\";f")).isEqualTo(';');
        assertThat(DelimiterDetector.detect("a\tb\tc")).isEqualTo('\t');
        assertThat(DelimiterDetector.detect("a,b;c,d")).isEqualTo(',');
        assertThat(DelimiterDetector.detect("single")).isEqualTo(',');
    }
}

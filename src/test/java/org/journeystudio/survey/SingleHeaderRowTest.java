package org.journeystudio.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeystudio.survey.HeaderFiles.readAlike;
import static org.journeystudio.survey.HeaderFiles.write;
import static org.journeystudio.survey.SurveyHeatmapsTest.assertCell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports with one header row (LimeSurvey's CSV, Alchemer, Microsoft Forms, Google Forms, plain and pandas
 * spreadsheets): the answers below are never taken for headers, the tools' own columns are bookkeeping, and a
 * delimiter at a line's end adds no field, in both readers alike.
 */
@FastTest
class SingleHeaderRowTest {
    @TempDir
    Path dir;

    @Test
    void limesurvey_csv_headings_of_code_and_text_answer_to_either() throws IOException {
        Path file = write(dir, "limesurvey.csv",
                "\"Response ID\",\"Date submitted\",\"Last page\",\"Start language\",\"Seed\","
                        + "\"Q003ID. Which group are you in?\","
                        + "\"G01Q02[SQ001]. How satisfied were you with each step? [Check-in]\","
                        + "\"G01Q02[SQ002]. How satisfied were you with each step? [Boarding]\"",
                "\"1\",\"2026-03-01 10:05:00\",\"2\",\"en\",\"1234567\",\"Group A\",\"4\",\"5\"",
                "\"2\",\"2026-03-01 10:15:00\",\"2\",\"en\",\"7654321\",\"Group B\",\"3\",\"\"",
                "\"3\",\"2026-03-01 10:25:00\",\"2\",\"en\",\"2345678\",\"Group A\",\"5\",\"4\"");
        SurveyFormat format = SurveyReader.inspect(file);

        assertThat(format.layout()).isEqualTo(SurveyLayout.LIMESURVEY);
        assertThat(format.headerRows()).isEqualTo(1);
        assertThat(format.firstDataLine()).isEqualTo(2);
        assertThat(format.column("Q003ID").index()).isEqualTo(format.column("Which group are you in?").index())
                .isEqualTo(5);
        assertThat(format.column("G01Q02[SQ001]").index()).isEqualTo(format.column("Check-in").index()).isEqualTo(6);
        assertThat(List.of("Response ID", "Date submitted", "Last page", "Start language", "Seed"))
                .allMatch(format.layout()::isBookkeeping);

        Heatmap heatmap = readAlike(file, HeatmapOptions.forSegments("Q003ID"), 3);
        assertThat(heatmap.touchpoints()).containsExactly("Check-in", "Boarding");
        assertCell(heatmap, "Check-in", "Group A", 4, 5);
    }

    @Test
    void alchemer_columns_before_the_questions_are_bookkeeping() throws IOException {
        String own = "Response ID,Time Started,Date Submitted,Status,Contact ID,Legacy Comments,Comments,Language,"
                + "Referer,SessionID,User Agent,Tags,IP Address,Longitude,Latitude,Country,City,State/Region,Postal";
        Path file = write(dir, "alchemer.csv",
                own + ",Which plan are you on?,How easy was sign-up?,How easy was billing?",
                "1,\"Mar 01, 2026 10:00:00 am\",\"Mar 01, 2026 10:04:00 am\",Complete,,,,English,,1677660000_63ff1a,"
                        + "Mozilla/5.0,,10.0.0.1,-0.1,51.5,United Kingdom,London,England,EC1A,Basic,4,5",
                "2,\"Mar 01, 2026 11:00:00 am\",\"Mar 01, 2026 11:02:00 am\",Complete,,,,English,,1677663600_63ff2b,"
                        + "Mozilla/5.0,,10.0.0.2,2.3,48.8,France,Paris,Ile-de-France,75001,Pro,3,2",
                "3,\"Mar 01, 2026 12:00:00 pm\",\"Mar 01, 2026 12:05:00 pm\",Partial,,,,English,,1677667200_63ff3c,"
                        + "Mozilla/5.0,,10.0.0.3,-0.1,51.5,United Kingdom,London,England,EC1A,Basic,5,");
        SurveyFormat format = SurveyReader.inspect(file);

        assertThat(format.layout()).isEqualTo(SurveyLayout.ALCHEMER);
        assertThat(format.headerRows()).isEqualTo(1);
        assertThat(List.of(own.split(","))).allMatch(format.layout()::isBookkeeping);

        Heatmap heatmap = readAlike(file, HeatmapOptions.forSegments("Which plan are you on?"), 3);
        assertThat(heatmap.touchpoints()).containsExactly("How easy was sign-up?", "How easy was billing?");
        assertCell(heatmap, "How easy was sign-up?", "Basic", 4, 5);
    }

    @Test
    void a_microsoft_forms_workbook_is_recognised_by_its_columns() throws IOException {
        List<String> header = List.of("ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
                "Which team are you in?", "How easy was onboarding?", "How easy was support?");
        Path file = HeaderFiles.xlsx(dir, "Customer survey(1-3).xlsx", List.of(header,
                List.of("1", "46082.41", "46082.42", "anonymous", "", "", "Sales", "4", "5"),
                List.of("2", "46082.50", "46082.51", "anonymous", "", "", "Support", "2", "3"),
                List.of("3", "46082.60", "46082.61", "anonymous", "", "", "Sales", "5", "")));
        SurveyFormat format = SurveyReader.inspect(file);

        assertThat(format.layout()).isEqualTo(SurveyLayout.MICROSOFT_FORMS);
        assertThat(format.headerRows()).isEqualTo(1);
        assertThat(format.firstDataLine()).isEqualTo(2);
        assertThat(header.subList(0, 6)).allMatch(format.layout()::isBookkeeping);

        Heatmap heatmap = readAlike(file, HeatmapOptions.forSegments("Which team are you in?"), 3);
        assertThat(heatmap.touchpoints()).containsExactly("How easy was onboarding?", "How easy was support?");
        assertCell(heatmap, "How easy was onboarding?", "Sales", 4, 5);
    }

    @Test
    void google_forms_grid_rows_name_their_columns() {
        SurveyFormat format = SurveyReader.inspect(Fixtures.path("google-forms.csv"));
        assertThat(format.layout()).isEqualTo(SurveyLayout.GOOGLE_FORMS);
        assertThat(format.headerRows()).isEqualTo(1);
        assertThat(format.firstDataLine()).isEqualTo(2);
        readAlike(Fixtures.path("google-forms.csv"), HeatmapOptions.forSegments("Travel class")
                .withRatings(List.of("Booking", "Rate each step [Check-in]", "Boarding")), 7);
    }

    @Test
    void a_pandas_resave_has_an_unnamed_index_column_that_is_neither_rating_nor_segment() throws IOException {
        Path file = write(dir, "pandas.csv", ",Segment,Food,Service", "0,A,4,5", "1,B,3,4", "2,A,5,3", "3,B,2,");
        SurveyFormat format = SurveyReader.inspect(file);

        assertThat(format.layout()).isEqualTo(SurveyLayout.SPREADSHEET);
        assertThat(format.headerRows()).isEqualTo(1);
        assertThat(format.fieldCount()).isEqualTo(4);
        assertThat(format.layout().isBookkeeping(format.columns().get(0).name())).isTrue();

        Heatmap heatmap = readAlike(file, HeatmapOptions.forSegments("Segment"), 4);
        assertThat(heatmap.touchpoints()).containsExactly("Food", "Service");
        assertCell(heatmap, "Service", "B", 4);
    }

    @Test
    void a_second_row_of_answers_is_never_a_header() throws IOException {
        Path file = write(dir, "plain.csv", "Name,Segment,Comment,Food", "Ana,A,Fine,4", "Ben,B,Slow,5");
        SurveyFormat format = SurveyReader.inspect(file);
        assertThat(format.headerRows()).isEqualTo(1);
        assertThat(format.firstDataLine()).isEqualTo(2);

        Path textOnly = write(dir, "text-only.csv", "Segment,Comment", "A,Fine");
        assertThat(SurveyReader.inspect(textOnly).headerRows()).isEqualTo(1);

        Path optedOut = write(dir, "opted-out.csv", "Segment,Food,Service", "A,N/A,N/A", "B,4,5", "C,5,3");
        assertThat(SurveyReader.inspect(optedOut).headerRows()).isEqualTo(1);
        readAlike(optedOut, HeatmapOptions.forSegments("Segment"), 3);
        Path oneOptOut = write(dir, "one-opt-out.csv", "Segment,Food", "A,Don't know", "B,4", "C,5");
        assertThat(SurveyReader.inspect(oneOptOut).headerRows()).isEqualTo(1);
    }

    @Test
    void the_first_data_line_is_exact_after_blank_lines() throws IOException {
        Path file = write(dir, "blank-after-header.csv", "Segment,Food", "", "", "A,4", "B,5");
        SurveyFormat format = SurveyReader.inspect(file);
        assertThat(format.firstDataLine()).isEqualTo(4);
        readAlike(file, HeatmapOptions.forSegments("Segment").withRatings(List.of("Food")), 2);
    }

    @Test
    void one_empty_field_past_the_last_column_is_no_field_but_a_filled_one_is() throws IOException {
        Path file = write(dir, "trailing.csv", "Segment,Food", "A,4,", "B,5", "\"A\",3,\"\"");
        SurveyFormat format = SurveyReader.inspect(file);
        assertThat(format.fieldCount()).isEqualTo(2);
        Heatmap heatmap = readAlike(file, HeatmapOptions.forSegments("Segment").withRatings(List.of("Food")), 3);
        assertCell(heatmap, "Food", "A", 4, 3);

        Path extra = write(dir, "extra.csv", "Segment,Food", "A,4,x", "B,5,,");
        for (HeatmapOptions.Reader reader : List.of(HeatmapOptions.Reader.RECORDS, HeatmapOptions.Reader.BYTES)) {
            Heatmap bad = SurveyHeatmaps.build(extra, HeatmapOptions.forSegments("Segment").withRatings(List.of("Food"))
                    .withReader(reader));
            assertThat(bad.badRows()).as("%s reader", reader).extracting(BadRow::line).containsExactly(2L, 3L);
            assertThat(bad.badRows().get(0).reason()).contains("has 3 fields but the header has 2");
        }
    }
}

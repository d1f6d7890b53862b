package org.journeystudio.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
 * Exports with more than one header row, laid out as SurveyMonkey, Qualtrics, LimeSurvey (VV) and Typeform write
 * them: the header rows are found from their content, every header row's text names its column, and every answer
 * row is read, by both readers alike.
 */
@FastTest
class VendorHeaderRowsTest {
    @TempDir
    Path dir;

    @Test
    void surveymonkey_without_its_id_and_date_columns_keeps_its_option_row() throws IOException {
        Path file = write(dir, "monkey-trimmed.csv",
                "What is your plan?,How satisfied were you with each step?,,,How likely are you to recommend us?,"
                        + "Anything else?",
                "Response,Sign-up,Onboarding,Support,Response,Open-Ended Response",
                "Pro,5,4,3,9,Great",
                "Basic,4,4,2,10,",
                "Pro,3,5,4,8,\"Slow, but fine\"");
        SurveyFormat format = SurveyReader.inspect(file);

        assertThat(format.layout()).isEqualTo(SurveyLayout.SURVEYMONKEY);
        assertThat(format.headerRows()).isEqualTo(2);
        assertThat(format.firstDataLine()).isEqualTo(3);
        assertThat(format.columns()).extracting(SurveyColumn::name).containsExactly("What is your plan?",
                "How satisfied were you with each step? [Sign-up]", "How satisfied were you with each step? [Onboarding]",
                "How satisfied were you with each step? [Support]", "How likely are you to recommend us?",
                "Anything else?");
        assertThat(format.column("How likely are you to recommend us?").index()).isEqualTo(4);
        assertThat(format.column("Onboarding").index()).isEqualTo(2);
        assertThatThrownBy(() -> format.column("How satisfied were you with each step?"))
                .hasMessageContaining("names several columns")
                .hasMessageContaining("'How satisfied were you with each step? [Sign-up]'")
                .hasMessageContaining("'How satisfied were you with each step? [Support]'");

        Heatmap heatmap = readAlike(file, HeatmapOptions.forSegments("What is your plan?")
                .withRatings(List.of("Sign-up", "How satisfied were you with each step? [Onboarding]", "Support")), 3);
        assertCell(heatmap, "Sign-up", "Pro", 5, 3);
        assertCell(heatmap, "Onboarding", "Basic", 4);
    }

    @Test
    void a_surveymonkey_option_row_without_any_response_cell_is_told_by_its_spanning_questions() throws IOException {
        Path file = write(dir, "monkey-grid.csv",
                "Which class did you fly?,Rate each step,,",
                ",Check-in,Boarding,Meals",
                "Business,5,4,3",
                "Economy,4,4,2");
        SurveyFormat format = SurveyReader.inspect(file);

        assertThat(format.layout()).isEqualTo(SurveyLayout.SURVEYMONKEY);
        assertThat(format.headerRows()).isEqualTo(2);
        assertThat(format.column("Rate each step [Boarding]").index()).isEqualTo(2);
        assertThat(format.column("Which class did you fly?").index()).isZero();
        readAlike(file, HeatmapOptions.forSegments("Which class did you fly?")
                .withRatings(List.of("Check-in", "Boarding", "Meals")), 2);
    }

    @Test
    void qualtrics_descriptors_in_the_older_single_quoted_form_are_a_third_header_row() throws IOException {
        Path file = write(dir, "qualtrics-single-quotes.csv",
                "StartDate,EndDate,Status,ResponseId,Q1,Q3_1,Q3_2",
                "Start Date,End Date,Response Type,Response ID,Which region are you in?,"
                        + "Rate each part of your order - Website,Rate each part of your order - Delivery",
                "\"{'ImportId': 'startDate', 'timeZone': 'America/Denver'}\",\"{'ImportId': 'endDate', "
                        + "'timeZone': 'America/Denver'}\",\"{'ImportId': 'status'}\",\"{'ImportId': '_recordId'}\","
                        + "\"{'ImportId': 'QID1'}\",\"{'ImportId': 'QID3_1'}\",\"{'ImportId': 'QID3_2'}\"",
                "2026-03-01 10:00:00,2026-03-01 10:05:00,IP Address,R_1a,North,4,5",
                "2026-03-01 11:00:00,2026-03-01 11:04:00,IP Address,R_2b,South,2,3",
                "2026-03-01 12:00:00,2026-03-01 12:09:00,IP Address,R_3c,North,5,4");
        SurveyFormat format = SurveyReader.inspect(file);

        assertThat(format.layout()).isEqualTo(SurveyLayout.QUALTRICS);
        assertThat(format.headerRows()).isEqualTo(3);
        assertThat(format.firstDataLine()).isEqualTo(4);
        for (String name : List.of("Q3_1", "QID3_1", "Rate each part of your order - Website", "website")) {
            assertThat(format.column(name).index()).as(name).isEqualTo(5);
        }
        assertThat(format.column("Q1").name()).isEqualTo("Which region are you in?");

        Heatmap heatmap = readAlike(file, HeatmapOptions.forSegments("Q1").withRatings(List.of("Q3_1", "QID3_2")), 3);
        assertCell(heatmap, "Website", "North", 4, 5);
        assertCell(heatmap, "Delivery", "South", 3);
    }

    @Test
    void qualtrics_json_descriptors_name_their_columns_too() {
        SurveyFormat format = SurveyReader.inspect(Fixtures.path("qualtrics.csv"));
        assertThat(format.headerRows()).isEqualTo(3);
        assertThat(format.column("QID2_2").index()).isEqualTo(format.column("Q2_2").index()).isEqualTo(10);
        readAlike(Fixtures.path("qualtrics.csv"), HeatmapOptions.forSegments("Q1").withRatings(List.of("Q2_1", "Q2_2")), 5);
    }

    @Test
    void the_legacy_qualtrics_export_has_two_header_rows() throws IOException {
        Path file = write(dir, "qualtrics-legacy.csv",
                "V1,V2,V3,V4,V5,V6,V7,V8,V9,V10,Q1,Q2_1,Q2_2",
                "ResponseID,ResponseSet,Name,ExternalDataReference,EmailAddress,IPAddress,Status,StartDate,EndDate,"
                        + "Finished,Which region are you in?,How satisfied are you? - Website,"
                        + "How satisfied are you? - Delivery",
                "R_1a,Default Response Set,Anonymous,,,10.0.0.1,0,2016-03-01 10:00:00,2016-03-01 10:05:00,1,North,4,5",
                "R_2b,Default Response Set,Anonymous,,,10.0.0.2,0,2016-03-01 11:00:00,2016-03-01 11:05:00,1,South,2,3");
        SurveyFormat format = SurveyReader.inspect(file);

        assertThat(format.layout()).isEqualTo(SurveyLayout.QUALTRICS);
        assertThat(format.headerRows()).isEqualTo(2);
        assertThat(format.firstDataLine()).isEqualTo(3);
        assertThat(format.column("V7").name()).isEqualTo("Status");
        assertThat(format.column("Which region are you in?").index()).isEqualTo(format.column("Q1").index());
        readAlike(file, HeatmapOptions.forSegments("Q1").withRatings(List.of("Q2_1", "Delivery")), 2);
    }

    @Test
    void a_limesurvey_vv_file_has_texts_above_codes_and_a_tab_at_each_line_end() throws IOException {
        Path file = write(dir, "limesurvey-vv.txt",
                "Response ID\tDate submitted\tLast page\tStart language\tSeed\tWhich group are you in, roughly?\t"
                        + "How satisfied were you with each step? [Check-in]\t"
                        + "How satisfied were you with each step? [Boarding]\t",
                "id\tsubmitdate\tlastpage\tstartlanguage\tseed\tQ003ID\tG01Q02[SQ001]\tG01Q02[SQ002]\t",
                "1\t2026-03-01 10:05:00\t2\ten\t1234567\tA1\t4\t5\t",
                "2\t2026-03-01 10:15:00\t2\ten\t7654321\tA2\t3\t\t",
                "3\t2026-03-01 10:25:00\t2\ten\t2345678\tA1\t5\t4");
        SurveyFormat format = SurveyReader.inspect(file);

        assertThat(format.layout()).isEqualTo(SurveyLayout.LIMESURVEY);
        assertThat(format.delimiter()).isEqualTo('\t');
        assertThat(format.headerRows()).isEqualTo(2);
        assertThat(format.firstDataLine()).isEqualTo(3);
        assertThat(format.fieldCount()).isEqualTo(8);
        assertThat(format.column("Q003ID").index()).isEqualTo(format.column("Which group are you in, roughly?").index())
                .isEqualTo(5);
        assertThat(format.column("G01Q02[SQ002]").name()).isEqualTo("How satisfied were you with each step? [Boarding]");
        assertThat(format.columns()).filteredOn(c -> format.layout().isBookkeeping(c.name())
                || c.aliases().stream().anyMatch(format.layout()::isBookkeeping)).hasSize(5);

        Heatmap heatmap = readAlike(file, HeatmapOptions.forSegments("Q003ID")
                .withRatings(List.of("G01Q02[SQ001]", "Boarding")), 3);
        assertCell(heatmap, "Check-in", "A1", 4, 5);
        assertCell(heatmap, "Boarding", "A2");
        assertThat(SurveyHeatmaps.build(file, HeatmapOptions.forSegments("Which group are you in, roughly?"))
                .touchpoints()).containsExactly("Check-in", "Boarding");
    }

    @Test
    void typeform_group_titles_stand_above_the_real_header() throws IOException {
        Path file = write(dir, "typeform-groups.csv",
                ",About you,Your journey,,,,,",
                "#,Which class did you fly?,How easy was check-in?,How easy was boarding?,How was the food?,"
                        + "Start Date (UTC),Submit Date (UTC),Network ID",
                "k2j3h4g5f6,Business,6,7,5,2026-03-01 10:00:00,2026-03-01 10:02:00,a1b2c3d4e5",
                "l3k4j5h6g7,Economy,4,5,3,2026-03-01 10:10:00,2026-03-01 10:12:00,b2c3d4e5f6",
                "m4l5k6j7h8,Business,7,6,,2026-03-01 10:20:00,2026-03-01 10:22:00,c3d4e5f6a7");
        SurveyFormat format = SurveyReader.inspect(file);

        assertThat(format.layout()).isEqualTo(SurveyLayout.TYPEFORM);
        assertThat(format.headerRows()).isEqualTo(2);
        assertThat(format.firstDataLine()).isEqualTo(3);
        assertThat(format.columns()).extracting(SurveyColumn::name).startsWith("#", "Which class did you fly?",
                "How easy was check-in?");

        Heatmap heatmap = readAlike(file, HeatmapOptions.forSegments("Which class did you fly?").withRatings(
                List.of("How easy was check-in?", "How easy was boarding?", "How was the food?")), 3);
        assertCell(heatmap, "How was the food?", "Business", 5);
        assertThat(SurveyHeatmaps.build(file, HeatmapOptions.forSegments("Which class did you fly?")).touchpoints())
                .containsExactly("How easy was check-in?", "How easy was boarding?", "How was the food?");
    }
}

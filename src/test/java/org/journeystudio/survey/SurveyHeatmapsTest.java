package org.journeystudio.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.journeystudio.survey.Fixtures.mean;
import static org.journeystudio.survey.Fixtures.path;

import java.util.List;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.RatingScale;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Means and n of every fixture layout, checked against answers written out here by hand, through both readers.
 * The answers listed per cell are read off the fixture files; not-applicable ones (empty, N/A, 0 on 1–5) are
 * left out of the lists.
 */
@FastTest
class SurveyHeatmapsTest {

    static void assertCell(Heatmap heatmap, String touchpoint, String segment, int... answers) {
        CellStatistics stats = heatmap.cell(touchpoint, segment).statistics();
        assertThat(stats.n()).as("n of %s / %s", touchpoint, segment).isEqualTo(answers.length);
        assertThat(stats.mean()).as("mean of %s / %s", touchpoint, segment).isCloseTo(mean(answers), within(1e-12));
    }

    @ParameterizedTest
    @EnumSource(HeatmapOptions.Reader.class)
    void google_forms_grid_rows_become_touchpoints_and_dirty_labels_merge(HeatmapOptions.Reader reader) {
        Heatmap heatmap = SurveyHeatmaps.build(path("google-forms.csv"),
                HeatmapOptions.forSegments("Travel class").withReader(reader));

        assertThat(heatmap.format().layout()).isEqualTo(SurveyLayout.GOOGLE_FORMS);
        assertThat(heatmap.touchpoints()).containsExactly("Booking", "Check-in", "Boarding");
        assertThat(heatmap.segments()).containsExactly("Business", "Economy", "Premium", "All");
        // The grid's answers run from 0 to 5: read on 1-5, where 0 is not applicable.
        assertThat(heatmap.ratings()).extracting(r -> r.scale().range()).containsOnly("1-5");
        assertCell(heatmap, "Booking", "Business", 5, 4, 5);
        assertCell(heatmap, "Check-in", "Business", 4, 3);          // 0 is not applicable on 1-5
        assertCell(heatmap, "Boarding", "Business", 3, 5);          // one blank
        assertCell(heatmap, "Booking", "Economy", 2, 3, 1);
        assertCell(heatmap, "Check-in", "Economy", 3, 2);           // one N/A
        assertThat(heatmap.cell("Check-in", "Economy").statistics().notApplicable()).isEqualTo(1);
        assertCell(heatmap, "Boarding", "Economy", 4, 2, 3);
        assertCell(heatmap, "Booking", "Premium", 4);
        assertCell(heatmap, "Booking", "All", 5, 4, 5, 2, 3, 1, 4);
        assertCell(heatmap, "Check-in", "All", 4, 3, 3, 2, 4);
        assertCell(heatmap, "Boarding", "All", 3, 5, 4, 2, 3, 4);
        assertThat(heatmap.rowsRead()).isEqualTo(7);
        assertThat(heatmap.badRowCount()).isZero();
        assertThat(heatmap.variants()).extracting(LabelVariants::label).containsExactly("Business", "Economy");
        assertThat(heatmap.variants().get(0).spellings())
                .containsEntry("Business", 1L).containsEntry("business", 1L).containsEntry("BUSINESS ", 1L);
    }

    @ParameterizedTest
    @EnumSource(HeatmapOptions.Reader.class)
    void a_given_scale_from_1_reads_0_as_not_applicable(HeatmapOptions.Reader reader) {
        Heatmap heatmap = SurveyHeatmaps.build(path("google-forms.csv"),
                HeatmapOptions.forSegments("Travel class").withScale(AnswerScale.parse("1-5")).withReader(reader));

        assertThat(heatmap.ratings()).extracting(r -> r.scale().range()).containsOnly("1-5");
        assertCell(heatmap, "Check-in", "Business", 4, 3);
        assertThat(heatmap.cell("Check-in", "Business").statistics().notApplicable()).isEqualTo(1);
        assertCell(heatmap, "Check-in", "Economy", 3, 2);           // the N/A
        assertThat(heatmap.cell("Check-in", "Economy").statistics().notApplicable()).isEqualTo(1);
        assertCell(heatmap, "Check-in", "All", 4, 3, 3, 2, 4);
        assertThat(heatmap.cell("Check-in", "All").statistics().notApplicable()).isEqualTo(2);
        assertCell(heatmap, "Booking", "All", 5, 4, 5, 2, 3, 1, 4);
        assertThat(heatmap.badRowCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(HeatmapOptions.Reader.class)
    void two_segment_columns_give_cross_segments(HeatmapOptions.Reader reader) {
        Heatmap heatmap = SurveyHeatmaps.build(path("google-forms.csv"),
                HeatmapOptions.forSegments("Travel class", "Customer type").withReader(reader));

        assertThat(heatmap.segments()).containsExactly("Business × First-time", "Business × Returning",
                "Economy × First-time", "Economy × Returning", "Premium × Returning", "All");
        assertCell(heatmap, "Booking", "Business × Returning", 4, 5);
        assertCell(heatmap, "Check-in", "Business × Returning", 3);
        assertCell(heatmap, "Boarding", "Economy × First-time", 4, 2);
        assertCell(heatmap, "Check-in", "Economy × First-time", 3);
    }

    @ParameterizedTest
    @EnumSource(HeatmapOptions.Reader.class)
    void surveymonkey_two_header_rows_and_a_0_to_10_question(HeatmapOptions.Reader reader) {
        Heatmap heatmap = SurveyHeatmaps.build(path("surveymonkey.csv"),
                HeatmapOptions.forSegments("What is your plan?").withReader(reader));

        String recommend = "How likely are you to recommend us?";
        assertThat(heatmap.format().layout()).isEqualTo(SurveyLayout.SURVEYMONKEY);
        assertThat(heatmap.touchpoints()).containsExactly("Sign-up", "Onboarding", "Support", recommend);
        // Support's 0 is not applicable on the grid's 1-5; the 0-10 question has a scale of its own.
        assertThat(heatmap.ratings()).extracting(r -> r.scale().range()).containsExactly("1-5", "1-5", "1-5", "0-10");
        assertThat(heatmap.segments()).containsExactly("Free", "Pro", "All");
        assertCell(heatmap, "Sign-up", "Pro", 5, 4, 3, 5);
        assertCell(heatmap, "Onboarding", "Pro", 4, 4, 5);
        assertCell(heatmap, "Support", "Free", 2, 1);
        assertCell(heatmap, recommend, "Free", 3, 0, 7);             // 0 is a real answer on 0-10
        assertCell(heatmap, recommend, "Pro", 9, 10, 6, 8);
        // NPS: Pro has 2 promoters (9, 10) and 1 detractor (6) of 4; Free 0 promoters and 2 detractors of 3.
        assertThat(heatmap.cell(recommend, "Pro").statistics().nps()).isCloseTo(100.0 * 2 / 4 - 100.0 * 1 / 4, within(1e-9));
        assertThat(heatmap.cell(recommend, "Free").statistics().nps()).isCloseTo(-100.0 * 2 / 3, within(1e-9));
        assertThat(heatmap.cell("Sign-up", "Pro").statistics().nps()).isNaN();
    }

    @ParameterizedTest
    @EnumSource(HeatmapOptions.Reader.class)
    void qualtrics_three_header_rows_and_choice_texts(HeatmapOptions.Reader reader) {
        Heatmap heatmap = SurveyHeatmaps.build(path("qualtrics.csv"),
                HeatmapOptions.forSegments("Q1").withReader(reader));

        assertThat(heatmap.format().layout()).isEqualTo(SurveyLayout.QUALTRICS);
        assertThat(heatmap.touchpoints()).containsExactly("Website", "Delivery");
        assertThat(heatmap.segments()).containsExactly("North", "South", "All");
        // Very satisfied 5, Satisfied 4, Neither 3, Dissatisfied 2, Very dissatisfied 1.
        assertCell(heatmap, "Website", "North", 5, 4, 3);
        assertCell(heatmap, "Delivery", "North", 4, 3, 5);
        assertCell(heatmap, "Website", "South", 2, 5);
        assertCell(heatmap, "Delivery", "South", 1);
        assertThat(heatmap.rowsRead()).isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(HeatmapOptions.Reader.class)
    void typeform_on_a_seven_point_scale(HeatmapOptions.Reader reader) {
        Heatmap heatmap = SurveyHeatmaps.build(path("typeform.csv"),
                HeatmapOptions.forSegments("Which plan are you on?").withReader(reader));

        assertThat(heatmap.format().layout()).isEqualTo(SurveyLayout.TYPEFORM);
        assertThat(heatmap.touchpoints()).containsExactly("How easy was it to set up?", "How would you rate our support?");
        assertThat(heatmap.ratings()).allMatch(r -> r.scale().equals(AnswerScale.of(RatingScale.ONE_TO_SEVEN)));
        assertCell(heatmap, "How easy was it to set up?", "Starter", 6, 7);
        assertCell(heatmap, "How easy was it to set up?", "Team", 2, 4, 1);
        assertCell(heatmap, "How would you rate our support?", "Team", 3, 6);
        // Top two of 1-7 are 6 and 7: Starter's support answers 7 and 5 give one of two.
        assertThat(heatmap.cell("How would you rate our support?", "Starter").statistics().topTwoBox()).isEqualTo(50.0);
    }

    @ParameterizedTest
    @EnumSource(HeatmapOptions.Reader.class)
    void bom_semicolons_crlf_and_accented_dirty_labels(HeatmapOptions.Reader reader) {
        Heatmap heatmap = SurveyHeatmaps.build(path("spreadsheet-bom-semicolon.csv"),
                HeatmapOptions.forSegments("Segment").withReader(reader));

        assertThat(heatmap.format().delimiter()).isEqualTo(';');
        assertThat(heatmap.touchpoints()).containsExactly("Bestellung", "Lieferung"); // "Kunde" counts rows
        assertThat(heatmap.segments()).containsExactly("Junior", "Sénior", "All");
        assertCell(heatmap, "Bestellung", "Sénior", 4, 5, 3);
        assertCell(heatmap, "Lieferung", "Sénior", 5, 4);
        assertCell(heatmap, "Bestellung", "Junior", 2, 1);
        assertCell(heatmap, "Lieferung", "Junior", 3);
    }

    @ParameterizedTest
    @EnumSource(value = HeatmapOptions.Reader.class, names = {"AUTO", "BYTES"})
    void windows_1252_labels_are_decoded(HeatmapOptions.Reader reader) {
        Heatmap heatmap = SurveyHeatmaps.build(path("spreadsheet-windows1252.csv"),
                HeatmapOptions.forSegments("Region").withReader(reader));

        assertThat(heatmap.segments()).containsExactly("Genève", "Köln", "All");
        assertCell(heatmap, "Website", "Genève", 5, 4, 3);
        assertCell(heatmap, "Hotline", "Genève", 3, 2);
        assertCell(heatmap, "Hotline", "Köln", 4);
    }

    @ParameterizedTest
    @EnumSource(value = HeatmapOptions.Reader.class, names = {"AUTO", "RECORDS"})
    void utf16_files_with_tabs_or_commas(HeatmapOptions.Reader reader) {
        Heatmap little = SurveyHeatmaps.build(path("spreadsheet-utf16le.csv"),
                HeatmapOptions.forSegments("City").withReader(reader));
        assertThat(little.format().delimiter()).isEqualTo('\t');
        assertThat(little.segments()).containsExactly("Basel", "Zürich", "All");
        assertCell(little, "App", "Zürich", 5, 3);
        assertCell(little, "Store", "Zürich", 4);
        assertCell(little, "Store", "Basel", 2, 5);

        Heatmap big = SurveyHeatmaps.build(path("spreadsheet-utf16be.csv"),
                HeatmapOptions.forSegments("City").withReader(reader));
        assertCell(big, "App", "Genève", 4, 2);
        assertCell(big, "App", "Bern", 5);
    }

    @ParameterizedTest
    @EnumSource(value = HeatmapOptions.Reader.class, names = {"RECORDS", "BYTES"})
    void bad_rows_are_listed_with_physical_line_numbers_and_left_out(HeatmapOptions.Reader reader) {
        Heatmap heatmap = SurveyHeatmaps.build(path("bad-rows.csv"), HeatmapOptions.forSegments("Segment")
                .withRatings(List.of("Food", "Service")).withScale(AnswerScale.parse("1-5")).withReader(reader));

        // The first record spans lines 2-3 (a quoted newline), so Bob is on line 4.
        assertThat(heatmap.badRows()).containsExactly(
                new BadRow(4, "column 'Food': 9 is not a point of the 1-5 scale"),
                new BadRow(5, "has 3 fields but the header has 4"),
                new BadRow(6, "column 'Food': 'lots' is not an answer on the 1-5 scale"));
        assertThat(heatmap.rowsRead()).isEqualTo(5);
        assertCell(heatmap, "Food", "A team", 4);
        assertCell(heatmap, "Food", "B", 2);
        assertCell(heatmap, "Service", "All", 5, 2);
    }

    @ParameterizedTest
    @EnumSource(HeatmapOptions.Reader.class)
    void custom_not_applicable_codes_replace_the_defaults(HeatmapOptions.Reader reader) {
        Heatmap heatmap = SurveyHeatmaps.build(path("surveymonkey.csv"), HeatmapOptions.forSegments("What is your plan?")
                .withRatings(List.of("Support")).withScale(AnswerScale.parse("0-10"))
                .withNotApplicable(NotApplicableCodes.parse("N/A,5")).withReader(reader));

        // On 0-10 with codes N/A and 5, Support's 0 counts and its 5 does not.
        assertCell(heatmap, "Support", "Free", 0, 2, 1);
        assertCell(heatmap, "Support", "Pro", 3, 2, 4);
    }
}

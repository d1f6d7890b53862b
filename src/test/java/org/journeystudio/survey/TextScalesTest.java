package org.journeystudio.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** The text scales found among rating columns, as the wizard's scales page lists them. */
@FastTest
class TextScalesTest {
    @Test
    void columnsWithTheSameUnknownAnswersAreOneScaleInTheOrderFirstSeen() throws Exception {
        Sample custom = Sample.of("custom-scale.csv");
        List<TextScales.Found> found = TextScales.found(custom.format, custom.columns("Checkout speed",
                "Page loading", "Delivery speed"), custom.rows, NotApplicableCodes.defaults());

        assertThat(found).singleElement().satisfies(scale -> {
            assertThat(scale.known()).isFalse();
            assertThat(scale.columns()).extracting(SurveyColumn::name)
                    .containsExactly("Checkout speed", "Page loading", "Delivery speed");
            assertThat(scale.answers()).extracting(TextScales.Answer::label)
                    .containsExactly("Too slow", "A bit slow", "Just right!");
            assertThat(scale.answers()).extracting(TextScales.Answer::count).containsExactly(15L, 10L, 15L);
            assertThat(scale.optOuts()).isEmpty();
        });
    }

    @Test
    void aGridOnACatalogueFormListsEveryPointOfTheFormWithItsCount() throws Exception {
        Sample frequency = Sample.of("google-forms-frequency.csv");
        List<TextScales.Found> found = TextScales.found(frequency.format,
                frequency.format.columns().subList(2, 5), frequency.rows, NotApplicableCodes.defaults());

        assertThat(found).singleElement().satisfies(scale -> {
            assertThat(scale.form().family()).isEqualTo("Frequency");
            assertThat(scale.columns()).hasSize(3);
            assertThat(scale.answers()).extracting(TextScales.Answer::label)
                    .containsExactly("Never", "Rarely", "Sometimes", "Often", "Very often", "Always");
            assertThat(scale.answers()).extracting(TextScales.Answer::count).containsExactly(8L, 13L, 9L, 5L, 7L, 9L);
            assertThat(scale.answers().get(1).keys()).contains("rarely", "seldom");
        });
    }

    @Test
    void optOutsAreCountedBesideTheScaleAndNumericColumnsAreLeftOut() throws Exception {
        Sample optOuts = Sample.of("opt-outs.csv");
        List<TextScales.Found> found = TextScales.found(optOuts.format, optOuts.format.columns(), optOuts.rows,
                NotApplicableCodes.defaults());

        assertThat(found).allSatisfy(scale -> assertThat(scale.columns()).extracting(SurveyColumn::name)
                .doesNotContain("Respondent"));
        assertThat(found).flatExtracting(s -> s.optOuts().keySet()).contains("N/A", "NA", "Not applicable");
        assertThat(found.get(0).optOuts().values()).allMatch(n -> n > 0);
    }

    @Test
    void aFewShortAnswersNoFormOrdersMayBeAScaleButCatalogueWordsNumbersAndFreeTextAreNot() throws Exception {
        Sample custom = Sample.of("custom-scale.csv");
        NotApplicableCodes codes = NotApplicableCodes.defaults();
        assertThat(TextScales.mayBeScale(custom.format.column("Checkout speed"), custom.rows, codes)).isTrue();
        assertThat(TextScales.mayBeScale(custom.format.column("Order"), custom.rows, codes))
                .as("14 different answers").isFalse();

        Sample frequency = Sample.of("google-forms-frequency.csv");
        assertThat(TextScales.mayBeScale(frequency.format.columns().get(2), frequency.rows, codes))
                .as("the catalogue orders it").isFalse();
        Sample numeric = Sample.of("numeric-1-4.csv");
        assertThat(TextScales.mayBeScale(numeric.format.column("Tools"), numeric.rows, codes)).isFalse();
    }

    @Test
    void answersAddedToTheCodesAreNotApplicableAndZeroStaysNotApplicableBelowOne() {
        NotApplicableCodes codes = NotApplicableCodes.defaults().withAnswers(List.of("A bit  slow!"));
        assertThat(codes.matchesText("a bit slow")).isTrue();
        assertThat(codes.matchesNumber(0, org.journeystudio.model.AnswerScale.parse("1-5"))).isTrue();
    }

    /** A corpus file's format and rows. */
    private record Sample(SurveyFormat format, List<SurveyRow> rows) {
        static Sample of(String name) throws Exception {
            Path file = Path.of(TextScalesTest.class.getResource("/surveys/" + name).toURI());
            SurveyFormat format = SurveyReader.inspect(file);
            List<SurveyRow> rows = new ArrayList<>();
            try (SurveyReader.SurveyRows read = SurveyReader.open(format)) {
                read.forEachRemaining(rows::add);
            }
            return new Sample(format, rows);
        }

        List<SurveyColumn> columns(String... names) {
            return java.util.Arrays.stream(names).map(format::column).toList();
        }
    }
}

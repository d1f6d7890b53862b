package org.journeystudio.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.survey.ColumnScale;
import org.journeystudio.survey.NotApplicableCodes;
import org.journeystudio.survey.RatingColumnDetector;
import org.journeystudio.survey.ScaleChoices;
import org.journeystudio.survey.ScaleForm;
import org.journeystudio.survey.SurveyColumn;
import org.journeystudio.survey.TextScales;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/**
 * The scales page's choices: ordering, marking answers not applicable, when the import may go on, and that the
 * choices make the import read each column exactly as the page showed it.
 */
@FastTest
class TextScaleChoicesTest {
    private static final List<String> SPEED = List.of("Checkout speed", "Page loading", "Delivery speed");

    @Test
    void anUnknownScaleMustBeOrderedOrConfirmedBeforeTheImportGoesOn() throws Exception {
        SurveyImportDraft draft = draft("custom-scale.csv", SPEED);
        TextScaleChoices choices = TextScaleChoices.of(draft.textScales(NotApplicableCodes.defaults()));
        TextScaleChoices.Scale speed = choices.scales().get(0);

        assertThat(speed.family()).isEqualTo("Custom: put the answers in order");
        assertThat(speed.needsOrder()).isTrue();
        assertThat(choices.complete()).isFalse();
        assertThat(choices.problem()).startsWith("Put the answers of Checkout speed, Page loading, Delivery speed "
                + "in order, lowest first");

        speed.confirm(true);
        assertThat(choices.complete()).isTrue();
        assertThat(choices.orders()).singleElement().extracting(ScaleForm::labels)
                .isEqualTo(List.of("Too slow", "A bit slow", "Just right!"));
        assertThat(labelsRead(draft, choices.choices(null, NotApplicableCodes.defaults())))
                .containsOnlyKeys(SPEED).allSatisfy((column, labels) ->
                        assertThat(labels).containsExactly("Too slow", "A bit slow", "Just right!"));
    }

    @Test
    void movingAnAnswerRenumbersTheScaleAndCountsAsOrdering() throws Exception {
        TextScaleChoices choices = TextScaleChoices.of(draft("custom-scale.csv", SPEED)
                .textScales(NotApplicableCodes.defaults()));
        TextScaleChoices.Scale speed = choices.scales().get(0);

        speed.move(2, 0);
        assertThat(speed.answers()).extracting(TextScales.Answer::label)
                .containsExactly("Just right!", "Too slow", "A bit slow");
        assertThat(List.of(speed.number(0), speed.number(1), speed.number(2))).containsExactly(1, 2, 3);
        assertThat(speed.confirmed()).isTrue();
        assertThat(choices.complete()).isTrue();
        speed.move(0, 2);
        assertThat(choices.orders().get(0).point("just right")).isEqualTo(2);
        assertThat(choices.orders().get(0).point("a bit slow")).isEqualTo(1);
    }

    @Test
    void anAnswerMarkedNotApplicableLeavesTheScaleAndIsNotApplicableInTheImport() throws Exception {
        SurveyImportDraft draft = draft("custom-scale.csv", SPEED);
        TextScaleChoices choices = TextScaleChoices.of(draft.textScales(NotApplicableCodes.defaults()));
        TextScaleChoices.Scale speed = choices.scales().get(0);
        speed.confirm(true);

        speed.notApplicable(1, true);
        assertThat(List.of(speed.number(0), speed.number(1), speed.number(2))).containsExactly(1, 0, 2);
        ScaleChoices read = choices.choices(null, NotApplicableCodes.defaults());
        assertThat(read.notApplicable().matchesText("a bit slow")).isTrue();
        assertThat(labelsRead(draft, read).values()).allSatisfy(labels ->
                assertThat(labels).containsExactly("Too slow", "Just right!"));

        speed.notApplicable(0, true);
        assertThat(choices.problem()).startsWith("A scale needs two answers");
        speed.notApplicable(2, true);
        assertThat(choices.complete()).as("every answer marked: only numbers are read").isTrue();
        speed.notApplicable(0, false);
        speed.notApplicable(2, false);
        assertThat(choices.complete()).isTrue();
    }

    @Test
    void aCatalogueScaleIsAcceptedAsProposedAndAReorderedOneKeepsEverySpelling() throws Exception {
        SurveyImportDraft draft = draft("google-forms-frequency.csv", List.of());
        draft.ratingPicks().forEach(p -> p.use(p.column().name().startsWith("How often")));
        TextScaleChoices choices = TextScaleChoices.of(draft.textScales(NotApplicableCodes.defaults()));
        TextScaleChoices.Scale frequency = choices.scales().get(0);

        assertThat(frequency.family()).isEqualTo("Frequency");
        assertThat(frequency.columns()).hasSize(3);
        assertThat(choices.complete()).as("known scales need no ordering").isTrue();
        assertThat(choices.orders()).as("the catalogue reads it as shown").isEmpty();

        frequency.move(0, 5);
        assertThat(frequency.family()).isEqualTo("Custom: reordered Frequency");
        ScaleForm order = choices.orders().get(0);
        assertThat(order.labels()).containsExactly("Rarely", "Sometimes", "Often", "Very often", "Always", "Never");
        assertThat(order.point("seldom")).as("a spelling the sample lacks").isEqualTo(0);
        assertThat(labelsRead(draft, choices.choices(null, NotApplicableCodes.defaults())).values())
                .allSatisfy(labels -> assertThat(labels).isEqualTo(order.labels()));
    }

    @Test
    void theChoicesAddTheMarkedAnswersToTheCodesTypedAndKeepTheNumericScale() throws Exception {
        TextScaleChoices choices = TextScaleChoices.of(draft("custom-scale.csv", SPEED)
                .textScales(NotApplicableCodes.defaults()));
        choices.scales().get(0).notApplicable(0, true);
        ScaleChoices read = choices.choices(AnswerScale.parse("1-4"), NotApplicableCodes.parse("99"));
        assertThat(read.scale()).isEqualTo(AnswerScale.parse("1-4"));
        assertThat(read.notApplicable().matchesText("too slow")).isTrue();
        assertThat(read.notApplicable().matchesNumber(99, AnswerScale.parse("1-4"))).isTrue();
    }

    /** Each rating column's labels as the import reads them with {@code choices}. */
    private static Map<String, List<String>> labelsRead(SurveyImportDraft draft, ScaleChoices choices) {
        List<SurveyColumn> columns = draft.chosenRatings().stream().map(SurveyImportDraft.RatingPick::column).toList();
        List<ColumnScale> scales = RatingColumnDetector.scales(draft.format(), columns, draft.sample(), choices);
        Map<String, List<String>> labels = new java.util.LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            labels.put(columns.get(i).name(), scales.get(i).scale().labels());
        }
        return labels;
    }

    private static SurveyImportDraft draft(String name, List<String> ratings) throws Exception {
        Path file = Path.of(TextScaleChoicesTest.class.getResource("/surveys/" + name).toURI());
        SurveyImportDraft draft = SurveyImportDraft.read(file, SampleMaps.airline("aurora"));
        if (!ratings.isEmpty()) {
            draft.useRatings(ratings);
        }
        return draft;
    }
}

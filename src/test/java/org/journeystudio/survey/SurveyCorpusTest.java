package org.journeystudio.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every export of the corpus in {@code src/test/resources/surveys/} through {@code heatmap FILE --segment SEG
 * --format json}: each hand-computed cell of its {@code NAME.expected.json} must come out with the same n and mean,
 * with no cell more or less, and the scale must be the expected one whenever the JSON reports a scale.
 */
@FastTest
class SurveyCorpusTest {

    static List<SurveyCorpus.Case> corpus() {
        return SurveyCorpus.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void the_heatmap_has_every_hand_computed_cell(SurveyCorpus.Case survey) {
        SurveyCorpus.Run run = SurveyCorpus.heatmap(survey);
        assertThat(run.exitCode()).as("%s: exit code; %s", survey.name(), run.firstError()).isZero();

        JsonNode json = run.json();
        String scale = SurveyCorpus.reportedScale(json);
        if (scale != null) {
            assertThat(scale).as("%s: scale", survey.name()).isEqualTo(survey.scale());
        }
        Map<String, SurveyCorpus.Cell> printed = run.cells();
        SoftAssertions softly = new SoftAssertions();
        for (SurveyCorpus.Cell expected : survey.cells()) {
            SurveyCorpus.Cell actual = printed.get(expected.key());
            softly.assertThat(actual).as("%s: cell %s; cells printed: %s", survey.name(), expected.key(),
                    printed.keySet()).isNotNull();
            if (actual != null) {
                softly.assertThat(actual.n()).as("%s: n of %s", survey.name(), expected.key()).isEqualTo(expected.n());
                softly.assertThat(actual.mean()).as("%s: mean of %s", survey.name(), expected.key())
                        .isCloseTo(expected.mean(), within(1e-6));
            }
        }
        softly.assertThat(printed).as("%s: number of cells", survey.name()).hasSize(survey.cells().size());
        softly.assertAll();
    }
}

package org.journeystudio.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

@FastTest
class SegmentLabelsTest {

    @Test
    void spellings_differing_in_case_and_spaces_are_one_segment_shown_by_the_most_frequent() {
        SegmentLabels labels = new SegmentLabels();
        String key = labels.count("business", 5);
        assertThat(labels.count("Business", 3)).isEqualTo(key);
        assertThat(labels.count("BUSINESS ", 2)).isEqualTo(key);
        assertThat(labels.count("Business ", 4)).isEqualTo(key); // with "Business" makes 7: the most frequent

        assertThat(labels.keys()).containsExactly("business");
        assertThat(labels.display(key)).isEqualTo("Business");
        assertThat(labels.variants("Class")).singleElement().satisfies(v -> {
            assertThat(v.label()).isEqualTo("Business");
            assertThat(v.spellings()).containsExactly(
                    java.util.Map.entry("business", 5L), java.util.Map.entry("Business", 3L),
                    java.util.Map.entry("BUSINESS ", 2L), java.util.Map.entry("Business ", 4L));
        });
    }

    @Test
    void inner_runs_of_spaces_and_accents_fold_too_and_blank_has_its_own_label() {
        SegmentLabels labels = new SegmentLabels();
        String key = labels.count("Premium  Economy", 1);
        assertThat(labels.count(" premium economy", 2)).isEqualTo(key);
        assertThat(labels.display(key)).isEqualTo("premium economy");
        assertThat(labels.count("ÉLITE", 1)).isEqualTo(labels.count("élite", 1));
        assertThat(labels.display(labels.count("  ", 1))).isEqualTo(SegmentLabels.BLANK);
    }

    @Test
    void a_single_spelling_is_no_variant() {
        SegmentLabels labels = new SegmentLabels();
        labels.count("Economy", 10);
        assertThat(labels.variants("Class")).isEmpty();
    }
}

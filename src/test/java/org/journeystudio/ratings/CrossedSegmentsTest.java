package org.journeystudio.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.journeystudio.store.ResponseCounts;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** Crossed segment columns read grouped by the first segment's labels, then the second's. */
@FastTest
class CrossedSegmentsTest {
    private static final List<String> CLASSES = List.of("Business", "Business class", "Economy");
    private static final List<String> CUSTOMERS = List.of("First-time", "Returning");

    @Test
    void ordersByTheFirstSegmentThenTheSecondNotByTheJoinedText() {
        // As the store sorts the joined names: "×" comes after every letter, so "Business class" came first.
        ResponseCounts crossed = counts("Business class × First-time", "Business class × Returning",
                "Business × First-time", "Business × Returning", "Economy × First-time", "Economy × Returning");

        ResponseCounts ordered = CrossedSegments.ordered(crossed, CLASSES, CUSTOMERS);

        assertThat(ordered.labels()).containsExactly("Business × First-time", "Business × Returning",
                "Business class × First-time", "Business class × Returning", "Economy × First-time",
                "Economy × Returning");
    }

    @Test
    void followsEachSegmentsOwnOrderAndKeepsTheCountsWithTheirLabels() {
        ResponseCounts crossed = counts("Economy × Returning", "Business × Returning", "Economy × First-time");

        ResponseCounts ordered = CrossedSegments.ordered(crossed, CLASSES, CUSTOMERS);

        assertThat(ordered.labels()).containsExactly("Business × Returning", "Economy × First-time",
                "Economy × Returning");
        // Each label's counts say which label they were made for (its place in the input).
        assertThat(ordered.answers().stream().map(row -> row[0]).toList()).containsExactly(1L, 2L, 0L);
    }

    @Test
    void aLabelThatIsNoPairGoesLast() {
        ResponseCounts crossed = counts("Odd one", "Economy × First-time", "Business × Returning");

        assertThat(CrossedSegments.ordered(crossed, CLASSES, CUSTOMERS).labels())
                .containsExactly("Business × Returning", "Economy × First-time", "Odd one");
    }

    /** Counts for one rating column on two points, the first count being the label's place in the list. */
    private static ResponseCounts counts(String... labels) {
        List<long[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            rows.add(new long[] {i, 0, 0});
        }
        return new ResponseCounts(List.of(labels), List.of(2), rows);
    }
}

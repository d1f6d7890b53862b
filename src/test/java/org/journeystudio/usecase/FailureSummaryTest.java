package org.journeystudio.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** One line for a bug, in words: never a class name a user cannot read, never more than one line. */
@FastTest
class FailureSummaryTest {

    @Test
    void aMessageIsShownAsItIsUpToItsFirstLine() {
        assertThat(FailureSummary.of(new IllegalStateException("the cards lost their stage\n\tmore detail")))
                .isEqualTo("the cards lost their stage");
    }

    @Test
    void aFailureWithoutAMessageIsNamedInWords() {
        assertThat(FailureSummary.of(new StackOverflowError())).isEqualTo("stack overflow");
        assertThat(FailureSummary.of(new NullPointerException())).isEqualTo("unexpected null pointer");
        assertThat(FailureSummary.of(new OutOfMemoryError("Java heap space"))).isEqualTo("out of memory (Java heap space)");
    }

    @Test
    void aWrapperMadeFromItsCauseShowsTheCause() {
        assertThat(FailureSummary.of(new RuntimeException(new java.io.IOException("disk full")))).isEqualTo("disk full");
    }

    @Test
    void aVeryLongMessageIsCut() {
        assertThat(FailureSummary.of(new IllegalStateException("x".repeat(5_000)))).hasSize(200).endsWith("…");
    }
}

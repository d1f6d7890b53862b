package org.journeystudio.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

@FastTest
class TextWrapTest {

    @Test
    void breaksBetweenWordsWithinTheLimit() {
        assertThat(TextWrap.lines("the card was declined twice", 10))
                .containsExactly("the card", "was", "declined", "twice");
    }

    @Test
    void cutsAWordLongerThanALine() {
        assertThat(TextWrap.lines("abcdefghij xy", 4)).containsExactly("abcd", "efgh", "ij", "xy");
    }

    @Test
    void keepsLineBreaksAndDropsBlankText() {
        assertThat(TextWrap.lines("one\ntwo", 20)).containsExactly("one", "two");
        assertThat(TextWrap.lines("  ", 20)).isEmpty();
    }

    @Test
    void truncatesWithAnEllipsis() {
        assertThat(TextWrap.truncate("Mobile app", 20)).isEqualTo("Mobile app");
        assertThat(TextWrap.truncate("Customer service hotline", 10)).isEqualTo("Customer…").hasSize(9);
    }

    @Test
    void rejectsALineThatHoldsNothing() {
        assertThatThrownBy(() -> TextWrap.lines("x", 0)).hasMessageContaining("at least one character");
    }
}

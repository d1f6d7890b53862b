package org.journeystudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

@FastTest
class TextFitTest {
    private static final Font FONT = ExportFonts.regular(10);

    @Test
    void aLongLineIsCutToTheLongestPrefixThatFitsWithAnEllipsis() {
        String label = "An exceptionally long channel description ".repeat(20);

        String shown = TextFit.ellipsized(label, FONT, 120);

        assertThat(shown).startsWith("An exceptionally").endsWith("…");
        assertThat(ExportFonts.width(FONT, shown)).isLessThanOrEqualTo(120);
        String prefix = shown.substring(0, shown.length() - 1);
        String oneMore = label.substring(0, prefix.length() + 1).stripTrailing();
        if (oneMore.length() > prefix.length()) {
            assertThat(ExportFonts.width(FONT, oneMore + "…")).isGreaterThan(120);
        }
    }

    @Test
    void aLineThatFitsIsLeftAlone() {
        assertThat(TextFit.ellipsized("Web", FONT, 120)).isEqualTo("Web");
    }

    @Test
    void wrapsByMeasuredWidthAndMarksTextLeftOver() {
        List<String> lines = TextFit.wrap("Compare delivery options before paying for the order online", FONT, 90, 2);

        assertThat(lines).hasSize(2);
        assertThat(lines).allSatisfy(line -> assertThat(ExportFonts.width(FONT, line)).isLessThanOrEqualTo(90));
        assertThat(lines.get(1)).endsWith("…");
        assertThat(TextFit.wrap("Pay", FONT, 90, 2)).containsExactly("Pay");
    }
}

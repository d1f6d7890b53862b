package org.journeystudio.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** Workbook text escapes (ECMA-376 ST_Xstring), as Excel writes them and as the studio's Excel export does. */
@FastTest
class XlsxTextTest {
    @Test
    void excelsCodesReadAsTheirCharacters() {
        // Excel writes a cell's Windows line break as _x000D_ followed by a real line feed.
        assertThat(XlsxText.unescape("Check in_x000D_\nCheck out")).isEqualTo("Check in\r\nCheck out");
        assertThat(XlsxText.unescape("bell_x0007_ and tab_x0009_")).isEqualTo("bell\u0007 and tab\t");
        // An underscore that would start a code is itself a code: the text "_x0041_", not "A".
        assertThat(XlsxText.unescape("_x005F_x0041_")).isEqualTo("_x0041_");
        assertThat(XlsxText.unescape("plain_text_x12_")).isEqualTo("plain_text_x12_");
    }

    @Test
    void whatXmlCannotHoldIsEscapedAndReadsBackExactly() {
        for (String text : new String[] {"a\rb", "\u0001\u001F", "_x0041_", "snake_case_x", "tab\tline\nend",
                "\uFFFE", "été 😀"}) {
            String stored = XlsxText.escape(text);
            assertThat(stored.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' || c == 0xFFFE))
                    .as(stored).isTrue();
            assertThat(XlsxText.unescape(stored)).isEqualTo(text);
        }
    }
}

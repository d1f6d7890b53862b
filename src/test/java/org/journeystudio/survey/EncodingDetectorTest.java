package org.journeystudio.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeystudio.survey.Fixtures.path;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingDetectorTest {

    @Test
    void byte_order_marks_decide() throws IOException {
        assertThat(EncodingDetector.detect(path("spreadsheet-bom-semicolon.csv")))
                .isEqualTo(new SurveyEncoding(StandardCharsets.UTF_8, 3));
        assertThat(EncodingDetector.detect(path("spreadsheet-utf16le.csv")))
                .isEqualTo(new SurveyEncoding(StandardCharsets.UTF_16LE, 2));
        assertThat(EncodingDetector.detect(path("spreadsheet-utf16be.csv")))
                .isEqualTo(new SurveyEncoding(StandardCharsets.UTF_16BE, 2));
    }

    @Test
    void without_a_mark_valid_utf8_is_utf8_and_anything_else_windows_1252() throws IOException {
        assertThat(EncodingDetector.detect(path("google-forms.csv")).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(EncodingDetector.detect(path("spreadsheet-windows1252.csv")).charset())
                .isEqualTo(EncodingDetector.WINDOWS_1252);
    }

    @Test
    void utf8_validation_handles_sequences_at_every_offset() throws IOException {
        // Multi-byte characters placed so they cross the 8-byte words the validator skips ASCII with.
        for (int offset = 0; offset < 12; offset++) {
            String text = "x".repeat(offset) + "Zürich, Genève, 東京, 😀," + "y".repeat(20);
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            assertThat(EncodingDetector.isValidUtf8(new ByteArrayInputStream(utf8))).as("offset %d", offset).isTrue();
            byte[] latin = text.substring(0, offset + 10).getBytes(EncodingDetector.WINDOWS_1252);
            assertThat(EncodingDetector.isValidUtf8(new ByteArrayInputStream(latin))).as("offset %d", offset).isFalse();
        }
        byte[] truncated = "abcdefgh\u00e9".getBytes(StandardCharsets.UTF_8);
        assertThat(EncodingDetector.isValidUtf8(new ByteArrayInputStream(truncated, 0, truncated.length - 1))).isFalse();
        assertThat(EncodingDetector.isValidUtf8(new ByteArrayInputStream(new byte[] {(byte) 0xC0, (byte) 0x80}))).isFalse();
    }
}

package org.journeystudio.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeystudio.survey.Fixtures.path;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@FastTest
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
            assertThat(EncodingDetector.isValidUtf8(utf8)).as("offset %d", offset).isTrue();
            byte[] latin = text.substring(0, offset + 10).getBytes(EncodingDetector.WINDOWS_1252);
            assertThat(EncodingDetector.isValidUtf8(latin)).as("offset %d", offset).isFalse();
        }
        byte[] truncated = "abcdefgh\u00e9".getBytes(StandardCharsets.UTF_8);
        assertThat(EncodingDetector.isValidUtf8(java.util.Arrays.copyOf(truncated, truncated.length - 1))).isFalse();
        assertThat(EncodingDetector.isValidUtf8(new byte[] {(byte) 0xC0, (byte) 0x80})).isFalse();
    }

    @Test
    void a_windows_1252_label_beyond_the_checked_start_is_still_decoded_right(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("late-accent.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("Region,Website\n".getBytes(StandardCharsets.US_ASCII));
            byte[] rows = "Bern,4\n".repeat(EncodingDetector.CHECKED_BYTES / 7 + 1).getBytes(StandardCharsets.US_ASCII);
            out.write(rows);
            out.write("Genève,2\n".getBytes(EncodingDetector.WINDOWS_1252));
        }
        assertThat(EncodingDetector.detect(file).charset()).isEqualTo(StandardCharsets.UTF_8); // judged by the start

        Heatmap heatmap = SurveyHeatmaps.build(file, HeatmapOptions.forSegments("Region")
                .withReader(HeatmapOptions.Reader.BYTES));
        assertThat(heatmap.segments()).containsExactly("Bern", "Genève", "All");
        assertThat(heatmap.cell("Website", "Genève").statistics().mean()).isEqualTo(2.0);
    }
}

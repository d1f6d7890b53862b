package org.journeystudio.store.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.journeystudio.model.Limits;
import org.journeystudio.model.TouchpointImage;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@FastTest
class ImageIntakeTest {
    @TempDir
    Path folder;

    @Test
    void aSmallImageKeepsItsOwnBytesAndIsNamedByTheirSha256() throws Exception {
        for (String format : new String[] {"png", "jpeg", "gif"}) {
            byte[] bytes = TestImages.noise(40, 30, format, 1);
            TouchpointImage image = ImageIntake.fromBytes(bytes, "shot." + format);

            assertThat(image.data()).isEqualTo(bytes);
            assertThat(image.mediaType()).isEqualTo("image/" + format);
            assertThat(image.width()).isEqualTo(40);
            assertThat(image.height()).isEqualTo(30);
            assertThat(image.hash()).hasSize(64).isEqualTo(TouchpointImage.sha256(bytes));
            assertThat(image.hashMatches()).isTrue();
        }
    }

    @Test
    void theSameFileTwiceIsTheSameImageAndAnotherFileIsAnother() throws Exception {
        byte[] bytes = TestImages.noise(20, 20, "png", 2);
        TouchpointImage first = ImageIntake.fromBytes(bytes, "a.png");
        TouchpointImage second = ImageIntake.fromBytes(bytes.clone(), "b.png");
        TouchpointImage other = ImageIntake.fromBytes(TestImages.noise(20, 20, "png", 3), "c.png");

        assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void aLargeImageIsScaledToTheStoredLongSide() throws Exception {
        Path file = folder.resolve("wide.png");
        Files.write(file, TestImages.noise(4100, 1025, "png", 4));

        TouchpointImage image = ImageIntake.read(file);

        assertThat(image.width()).isEqualTo(Limits.IMAGE_SIDE);
        assertThat(image.height()).isEqualTo(512);
        assertThat(image.mediaType()).isEqualTo("image/jpeg");
        var decoded = ImageIO.read(new ByteArrayInputStream(image.data()));
        assertThat(decoded.getWidth()).isEqualTo(Limits.IMAGE_SIDE);
        assertThat(decoded.getHeight()).isEqualTo(512);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderBeforeDecoding() {
        byte[] bomb = TestImages.pngHeaderClaiming(100_000, 100_000);

        assertThatThrownBy(() -> ImageIntake.fromBytes(bomb, "bomb.png"))
                .isInstanceOf(ImageRefusedException.class)
                .hasMessage("bomb.png: The image declares 100,000 x 100,000 pixels, which is 10,000,000,000 pixels,"
                        + " over the limit of 50,000,000 pixels; it is refused before decoding (a decompression"
                        + " bomb or a huge scan); scale it down first");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path file = folder.resolve("huge.png");
        try (var out = Files.newOutputStream(file)) {
            out.write(TestImages.noise(10, 10, "png", 5));
            out.write(new byte[(int) Limits.IMAGE.maxBytes()]);
        }

        assertThatThrownBy(() -> ImageIntake.read(file)).hasMessageStartingWith("huge.png: ")
                .hasMessageContaining("over the limit of 20 MB");
    }

    @Test
    void whatIsNotAnImageIsRefusedWithWhatItIs() {
        assertThatThrownBy(() -> ImageIntake.fromBytes("hello".getBytes(StandardCharsets.UTF_8), "notes.txt"))
                .hasMessage("notes.txt: This is not an image the studio reads; use a PNG, JPEG or GIF file");
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ImageIntake.fromBytes(webp, "photo.webp"))
                .hasMessageContaining("WebP, which the studio does not read");
        byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ImageIntake.fromBytes(svg, "logo.svg")).hasMessageContaining("SVG");
    }

    @Test
    void aTruncatedImageIsRefusedAsDamaged() {
        byte[] whole = TestImages.noise(64, 64, "png", 6);
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> ImageIntake.fromBytes(truncated, "cut.png"))
                .isInstanceOf(ImageRefusedException.class).hasMessageStartingWith("cut.png: ")
                .hasMessageContaining("damaged");
    }

    @Test
    void pastedPixelsAreStoredAsPngAndScaled() throws Exception {
        int[] argb = new int[3000 * 10];
        java.util.Arrays.fill(argb, 0x80FF0000);

        TouchpointImage image = ImageIntake.fromPixels(3000, 10, argb);

        assertThat(image.mediaType()).isEqualTo("image/png");
        assertThat(image.width()).isEqualTo(Limits.IMAGE_SIDE);
        assertThatThrownBy(() -> ImageIntake.fromPixels(100_000, 1_000, new int[0]))
                .hasMessageContaining("over the limit of 50,000,000 pixels");
    }
}

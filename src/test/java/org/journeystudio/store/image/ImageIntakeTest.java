package org.journeystudio.store.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.journeystudio.model.Limits;
import org.journeystudio.model.TouchpointImage;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
                .hasMessage("notes.txt: This is not an image the studio reads; use a PNG, JPEG, GIF, WebP or SVG file");
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ImageIntake.fromBytes(webp, "photo.webp")).isInstanceOf(ImageRefusedException.class)
                .hasMessageStartingWith("photo.webp: ").hasMessageContaining("damaged");
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

    @Test
    void aWebPIsReadAndStoredAsPngOrJpeg() throws Exception {
        // Made with ImageMagick: 24 x 16 lossless, red with a blue right half; 20 x 10 lossy, half-transparent green.
        TouchpointImage opaque = ImageIntake.fromBytes(fixture("two-colours.webp"), "two-colours.webp");
        TouchpointImage translucent = ImageIntake.fromBytes(fixture("translucent.webp"), "translucent.webp");

        assertThat(opaque.mediaType()).isIn("image/png", "image/jpeg");
        assertThat(opaque.width()).isEqualTo(24);
        assertThat(opaque.height()).isEqualTo(16);
        BufferedImage pixels = decoded(opaque);
        assertNear(pixels.getRGB(3, 8), 0xFF0000); // stored as JPEG when opaque: near, not exact
        assertNear(pixels.getRGB(20, 8), 0x0000FF);
        assertThat(translucent.mediaType()).isEqualTo("image/png");
        assertThat(translucent.width()).isEqualTo(20);
        assertThat(decoded(translucent).getRGB(10, 5) >>> 24).isBetween(120, 136);
    }

    @Test
    void aWebPThatDeclaresTooManyPixelsIsRefusedBeforeDecoding() throws Exception {
        byte[] bomb = fixture("translucent.webp");
        // The VP8X chunk's canvas width and height, less one, 24 bits each: 100,000 x 100,000.
        byte[] side = {(byte) 0x9F, (byte) 0x86, 0x01};
        System.arraycopy(side, 0, bomb, 24, 3);
        System.arraycopy(side, 0, bomb, 27, 3);

        assertThatThrownBy(() -> ImageIntake.fromBytes(bomb, "bomb.webp")).isInstanceOf(ImageRefusedException.class)
                .hasMessageStartingWith("bomb.webp: The image declares 100,000 x 100,000 pixels");
    }

    @Test
    void anSvgIsDrawnAtItsOwnSizeAndStoredAsPng() throws Exception {
        TouchpointImage image = ImageIntake.fromBytes(svg("width='40' height='20'",
                "<rect width='20' height='20' fill='#ff0000'/><rect x='20' width='20' height='20' fill='#0000ff'/>"),
                "logo.svg");

        assertThat(image.mediaType()).isEqualTo("image/png");
        assertThat(image.width()).isEqualTo(40);
        assertThat(image.height()).isEqualTo(20);
        BufferedImage pixels = decoded(image);
        assertThat(pixels.getRGB(5, 10)).isEqualTo(0xFFFF0000);
        assertThat(pixels.getRGB(35, 10)).isEqualTo(0xFF0000FF);
    }

    @Test
    @Timeout(10)
    void anSvgDeclaringAHugeSizeIsDrawnAtTheStoredLongSide() throws Exception {
        TouchpointImage image = ImageIntake.fromBytes(svg("viewBox='0 0 4000000 1000000'",
                "<rect width='4000000' height='1000000' fill='#00ff00'/>"), "huge.svg");

        assertThat(image.width()).isEqualTo(Limits.IMAGE_SIDE);
        assertThat(image.height()).isEqualTo(Limits.IMAGE_SIDE / 4);
        assertThat(decoded(image).getRGB(100, 100)).isEqualTo(0xFF00FF00);
    }

    @Test
    @Timeout(10)
    void aHostileSvgIsRefusedOrDrawnWithoutWhatItReachesFor() throws Exception {
        String laughs = "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY a 'ha'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;'>"
                + "<!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;'>]><svg xmlns='http://www.w3.org/2000/svg' width='10'"
                + " height='10'><text>&c;</text></svg>";
        assertThatThrownBy(() -> ImageIntake.fromBytes(laughs.getBytes(StandardCharsets.UTF_8), "laughs.svg"))
                .hasMessage("laughs.svg: The SVG declares XML entities, which the studio does not expand (a file can"
                        + " multiply itself that way); save it without them, or as PNG");
        String xxe = "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                + "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><text>&x;</text></svg>";
        assertThatThrownBy(() -> ImageIntake.fromBytes(xxe.getBytes(StandardCharsets.UTF_8), "xxe.svg"))
                .hasMessageContaining("declares XML entities");

        // Ten levels of ten <use> each: ten billion rectangles to draw.
        StringBuilder uses = new StringBuilder("<defs><rect id='l0' width='10' height='10' fill='#00ff00'/>");
        for (int level = 1; level <= 10; level++) {
            uses.append("<g id='l").append(level).append("'>");
            uses.append(("<use href='#l" + (level - 1) + "'/>").repeat(10)).append("</g>");
        }
        uses.append("</defs><use href='#l10'/>");
        assertThatThrownBy(() -> ImageIntake.fromBytes(svg("width='10' height='10'", uses.toString()), "use.svg"))
                .isInstanceOf(ImageRefusedException.class).hasMessageContaining("repeats its shapes more than 20,000");

        // An image outside the file (a red PNG beside it, by absolute URL) is not loaded: the blue stays blue.
        Path red = folder.resolve("red.png");
        BufferedImage redPixels = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        redPixels.getGraphics().fillRect(0, 0, 10, 10);
        javax.imageio.ImageIO.write(redPixels, "png", red.toFile());
        TouchpointImage reaching = ImageIntake.fromBytes(svg("width='10' height='10'",
                "<rect width='10' height='10' fill='#0000ff'/><image href='" + red.toUri()
                        + "' width='10' height='10'/>"), "reaching.svg");
        assertThat(decoded(reaching).getRGB(5, 5)).isEqualTo(0xFF0000FF);
        // Nor one inside it as a data: URI, which would reach ImageIO without the header check.
        String inline = "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(red));
        TouchpointImage embedding = ImageIntake.fromBytes(svg("width='10' height='10'",
                "<rect width='10' height='10' fill='#0000ff'/><image href='" + inline + "' width='10' height='10'/>"),
                "embedding.svg");
        assertThat(decoded(embedding).getRGB(5, 5)).isEqualTo(0xFF0000FF);
    }

    private static void assertNear(int rgb, int expected) {
        for (int shift = 0; shift <= 16; shift += 8) {
            assertThat((rgb >> shift) & 0xFF).as("channel at bit %d of %06x", shift, rgb & 0xFFFFFF)
                    .isCloseTo((expected >> shift) & 0xFF, org.assertj.core.data.Offset.offset(12));
        }
    }

    private static byte[] svg(String attributes, String body) {
        return ("<?xml version='1.0' encoding='UTF-8'?>\n<svg xmlns='http://www.w3.org/2000/svg' " + attributes + ">"
                + body + "</svg>").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ImageIntakeTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static BufferedImage decoded(TouchpointImage image) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(image.data()));
    }
}

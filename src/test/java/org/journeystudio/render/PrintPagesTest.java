package org.journeystudio.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;

@SlowTest
class PrintPagesTest {

    @Test
    void printsThePdfsPagesAtTheResolution() throws Exception {
        JourneyMap map = Exports.template("online-retailer");

        List<BufferedImage> fitted = PrintPages.render(map, ExportOptions.of(ExportFormat.PDF)
                .withPage(PageSize.LETTER).withDate(Exports.DATE), 72, null);

        assertThat(fitted).hasSize(1);
        // The template is taller than wide, so its one page is Letter turned portrait.
        assertThat(fitted.get(0).getWidth()).isEqualTo(612);
        assertThat(fitted.get(0).getHeight()).isEqualTo(792);
        // A white margin around a painted map (its dark stage headers, title and text).
        assertThat(fitted.get(0).getRGB(fitted.get(0).getWidth() / 2, 0)).isEqualTo(0xffffffff);
        assertThat(darkPixels(fitted.get(0))).isGreaterThan(300);
    }

    @Test
    void aPosterPrintsOneImagePerSheet() throws Exception {
        JourneyMap map = Exports.template("online-retailer");
        ExportOptions poster = ExportOptions.of(ExportFormat.PNG).withFit(PageFit.POSTER).withDate(Exports.DATE);

        List<BufferedImage> sheets = PrintPages.render(map, poster, 36, null);

        assertThat(sheets).hasSizeGreaterThan(1);
        assertThat(sheets).allSatisfy(sheet -> assertThat(sheet.getWidth()).isGreaterThan(sheet.getHeight()));
    }

    @Test
    void refusesAnUnusableResolution() {
        assertThatThrownBy(() -> PrintPages.render(Exports.template("blank"), ExportOptions.of(ExportFormat.PDF), 5,
                null)).hasMessageContaining("5");
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 200) {
                    dark++;
                }
            }
        }
        return dark;
    }
}

package org.journeystudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.journeystudio.layout.CardBox;
import org.journeystudio.layout.MapLayout;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointImage;
import org.journeystudio.store.image.ImageIntake;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** PNG, SVG and PDF exports draw a card's image: the SVG as a data: URI, the PDF at the stored resolution. */
@FastTest
class ImageExportTest {
    /** A 400 x 300 picture in one saturated colour, which no card otherwise paints. */
    private static final TouchpointImage GREEN = green();

    private static TouchpointImage green() {
        int[] argb = new int[400 * 300];
        java.util.Arrays.fill(argb, 0xFF00C000);
        try {
            return ImageIntake.fromPixels(400, 300, argb);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JourneyMap mapWithImage() {
        JourneyMap map = Exports.template("online-retailer");
        Touchpoint first = map.touchpointsInJourneyOrder().get(0);
        return map.withTouchpoint(first.toBuilder().image(GREEN).build());
    }

    @Test
    void thePngShowsTheImageAtTheCardsLeft() throws Exception {
        JourneyMap map = mapWithImage();
        CardBox card = MapLayout.of(map).cards().stream()
                .filter(c -> c.touchpointId().equals(map.touchpointsInJourneyOrder().get(0).id())).findFirst()
                .orElseThrow();

        int greenPixels = greenPixels(map);
        double thumbnail = (card.box().h() - 15) * (card.box().h() - 15) * 0.75;
        assertThat(greenPixels).isGreaterThan((int) (thumbnail * 0.8));
    }

    @Test
    void anImagesLaneShowsTheCustomerCardsPictureLargeInItsStageAndNeedsFormatFour() throws Exception {
        JourneyMap plain = mapWithImage();
        List<Lane> lanes = new ArrayList<>(plain.lanes());
        lanes.add(new Lane("lane-images", LaneKind.IMAGES, "Images", true));
        JourneyMap map = plain.withLanes(lanes);

        MapLayout layout = MapLayout.of(map);
        assertThat(layout.pictures()).singleElement().satisfies(picture -> {
            assertThat(picture.touchpointId()).isEqualTo(map.touchpointsInJourneyOrder().get(0).id());
            assertThat(picture.box().w()).isGreaterThan(150);
            assertThat(picture.box().h()).isCloseTo(picture.box().w() * 0.75, org.assertj.core.data.Offset.offset(1.0));
        });
        org.journeystudio.layout.Box box = layout.pictures().get(0).box();
        assertThat(greenPixels(map) - greenPixels(plain)).isGreaterThan((int) (box.w() * box.h() * 0.8));
        String json = org.journeystudio.store.json.JourneyJson.toJson(map);
        // The template rates its opportunities (format 6, which carries what 4 and 5 added: images, paths).
        assertThat(json).startsWith("{\n  \"formatVersion\": 6,").contains("\"kind\": \"images\"");
        assertThat(org.journeystudio.store.json.JourneyJson.read(new java.io.StringReader(json), "m.journey.json"))
                .isEqualTo(map);
    }

    @Test
    void theSvgEmbedsTheImageAsADataUri() {
        String svg = new String(Exports.export(mapWithImage(), ExportOptions.of(ExportFormat.SVG)),
                StandardCharsets.UTF_8);

        assertThat(svg).contains("data:image/png;base64,");
        assertThat(new String(Exports.export(Exports.template("online-retailer"), ExportOptions.of(ExportFormat.SVG)),
                StandardCharsets.UTF_8)).doesNotContain("data:image/");
    }

    @Test
    void thePdfHoldsTheImageAtItsStoredResolution() throws Exception {
        byte[] pdf = Exports.export(mapWithImage(), ExportOptions.of(ExportFormat.PDF));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDImageXObject> images = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collect(page.getResources(), images);
            }
            assertThat(images).isNotEmpty();
            assertThat(images).anySatisfy(image -> {
                assertThat(image.getWidth()).isEqualTo(400);
                assertThat(image.getHeight()).isEqualTo(300);
            });
        }
    }

    /** Pixels of the picture's own green in the map's PNG export. */
    private static int greenPixels(JourneyMap map) throws Exception {
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Exports.export(map, ExportOptions.of(ExportFormat.PNG))));
        int green = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                green += png.getRGB(x, y) == 0xFF00C000 ? 1 : 0;
            }
        }
        return green;
    }

    private static void collect(PDResources resources, List<PDImageXObject> into) throws Exception {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                into.add(image);
            } else if (object instanceof PDFormXObject form) {
                collect(form.getResources(), into);
            }
        }
    }
}

package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointImage;
import org.journeystudio.store.image.TestImages;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.store.mermaid.MermaidJourney;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** Touchpoint images in the .journey.json file (format 4) and a Mermaid journey; the library: {@link ImageLibraryTest}. */
@FastTest
class ImageStorageTest {
    private static final TouchpointImage SCREEN = TestImages.png(60, 40, 11);
    private static final TouchpointImage PHOTO = TestImages.png(30, 30, 12);
    private static final JourneyMap HOTEL = new ResourceTemplateCatalog().template("service-blueprint");

    /** The hotel template with one image on its first two cards and another on its third. */
    static JourneyMap withImages() {
        JourneyMap map = HOTEL;
        List<Touchpoint> cards = map.touchpoints();
        return map.withTouchpoint(cards.get(0).toBuilder().image(SCREEN).build())
                .withTouchpoint(cards.get(1).toBuilder().image(SCREEN).build())
                .withTouchpoint(cards.get(2).toBuilder().image(PHOTO).build());
    }

    @Test
    void theFileEmbedsEachImageOnceAsBase64InFormatFour() throws Exception {
        JourneyMap map = SampleMaps.withoutActionPlan(withImages()); // the template's action plan needs format 6
        String json = JourneyJson.toJson(map);

        assertThat(json).startsWith("{\n  \"formatVersion\": 4,").contains("\"image\": \"" + SCREEN.hash() + "\"",
                "\"images\": {", java.util.Base64.getEncoder().encodeToString(PHOTO.data()));
        assertThat(json.split("\"mediaType\"", -1)).hasSize(3);
        assertThat(JourneyJson.toJson(SampleMaps.checkout())).startsWith("{\n  \"formatVersion\": 1,")
                .doesNotContain("\"images\"");

        JourneyMap back = JourneyJson.read(new StringReader(json), "map.journey.json");
        assertThat(back).isEqualTo(map);
        assertThat(back.touchpoints().get(0).image().data()).isEqualTo(SCREEN.data());
    }

    @Test
    void aFileNamingAnImageItDoesNotHoldIsRefusedAtTheReference() {
        String json = JourneyJson.toJson(withImages()).replace("\"image\": \"" + PHOTO.hash() + "\"",
                "\"image\": \"gone\"");

        assertThatThrownBy(() -> JourneyJson.read(new StringReader(json), "map.journey.json"))
                .isInstanceOfSatisfying(JourneyFormatException.class, e -> {
                    assertThat(e.line()).isPositive();
                    assertThat(e.problem()).contains("The image 'gone' is not among the file's \"images\"");
                });
    }

    @Test
    void anSvgPlacedInAFileIsDrawnIntoAPngAndAHostileOneIsRefusedWhereItsDataStands() throws Exception {
        String photo = java.util.Base64.getEncoder().encodeToString(PHOTO.data());
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' width='30' height='20'><rect width='30' height='20'"
                + " fill='#00ff00'/></svg>";
        String json = JourneyJson.toJson(withImages()).replace(photo, java.util.Base64.getEncoder()
                .encodeToString(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        TouchpointImage drawn = JourneyJson.read(new StringReader(json), "map.journey.json").touchpoints().get(2)
                .image();
        assertThat(drawn.mediaType()).isEqualTo("image/png");
        assertThat(drawn.width()).isEqualTo(30);
        assertThat(drawn.height()).isEqualTo(20);

        String laughs = "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY a 'ha'>]><svg xmlns='http://www.w3.org/2000/svg'"
                + " width='9' height='9'><text>&a;</text></svg>";
        String hostile = JourneyJson.toJson(withImages()).replace(photo, java.util.Base64.getEncoder()
                .encodeToString(laughs.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> JourneyJson.read(new StringReader(hostile), "map.journey.json"))
                .isInstanceOfSatisfying(JourneyFormatException.class, e -> {
                    assertThat(e.line()).isPositive();
                    assertThat(e.problem()).contains("declares XML entities");
                });
    }

    @Test
    void aBombHiddenInAFileIsRefusedWhereItsDataStands() {
        String bomb = java.util.Base64.getEncoder().encodeToString(TestImages.pngHeaderClaiming(90_000, 90_000));
        String json = JourneyJson.toJson(withImages())
                .replace(java.util.Base64.getEncoder().encodeToString(PHOTO.data()), bomb);

        assertThatThrownBy(() -> JourneyJson.read(new StringReader(json), "map.journey.json"))
                .isInstanceOfSatisfying(JourneyFormatException.class, e -> {
                    assertThat(e.line()).isPositive();
                    assertThat(e.problem()).contains("90,000 x 90,000 pixels", "refused before decoding");
                });
    }

    @Test
    void aMermaidJourneyCarriesImagesInPartsOfBoundedLines() throws Exception {
        TouchpointImage big = TestImages.png(700, 700, 13); // about 1.5 MB: several comment lines
        JourneyMap map = withImages().withTouchpoint(HOTEL.touchpoints().get(3).toBuilder()
                .image(big).build());

        String text = MermaidJourney.toText(map);
        MermaidJourney.Import back = MermaidJourney.read(text, "map.mmd", "Map", Instant.EPOCH);

        assertThat(back.map()).isEqualTo(map);
        assertThat(back.map().touchpoints().get(3).image().data()).isEqualTo(big.data());
        assertThat(text.lines().filter(l -> l.startsWith("%% journey-studio image ")).count()).isGreaterThan(3);
        assertThat(text.lines().mapToInt(String::length).max().orElseThrow())
                .isLessThan(org.journeystudio.model.Limits.MERMAID_LINE);
    }
}

package org.journeystudio.store.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.KeptVersion;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.InLanguage;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;

/** The top-level "versions" of format version 2: written only when asked, read back whole, checked like a map. */
@FastTest
@Isolated // one method speaks German, and the language is one setting for the JVM
@ExtendWith(InLanguage.Switch.class)
class JourneyJsonVersionsTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private final JourneyMap shop = SampleMaps.shop("map-shop");
    private final JourneyMap older = shop.withTitle("Older shop");

    @Test
    void aFileWithVersionsIsVersionTwoAndReadsBackWhole() throws Exception {
        JourneyFile file = new JourneyFile(shop, List.of(new KeptVersion("Before import", "", T0, true, shop),
                new KeptVersion("Draft", "first try\nby the class", T0.minusSeconds(60), false, older)));

        String json = JourneyJson.toJson(file);

        assertThat(json).startsWith("{\n  \"formatVersion\": 2,");
        assertThat(json).contains("\"versions\": [", "\"automatic\": true", "\"note\": \"first try\\nby the class\"");
        assertThat(JourneyJsonReader.readFile(json, "f.journey.json", ImageSource.NONE)).isEqualTo(file);
        // A reader that wants the map alone gets it.
        assertThat(JourneyJson.read(new StringReader(json), "f.journey.json")).isEqualTo(shop);
    }

    @Test
    void aMapWithoutVersionsIsWrittenAsBefore() {
        assertThat(JourneyJson.toJson(JourneyFile.of(shop))).isEqualTo(JourneyJson.toJson(shop))
                .doesNotContain("versions").startsWith("{\n  \"formatVersion\": 1,");
    }

    @Test
    void aVersionWithoutANameOrWithABrokenMapIsRefusedWhereItIs() {
        String noName = """
                {"formatVersion": 2, "map": %s,
                 "versions": [{"created": "2026-12-01T09:00:00Z", "map": %s}]}""".formatted(mapJson(), mapJson());
        assertThatThrownBy(() -> JourneyJsonReader.readFile(noName, "f.journey.json", ImageSource.NONE))
                .isInstanceOf(JourneyFormatException.class).hasMessageContaining("f.journey.json:2:15:")
                .hasMessageContaining("This version has no \"name\"");

        String brokenMap = """
                {"formatVersion": 2, "map": %s,
                 "versions": [{"name": "x", "created": "2026-12-01T09:00:00Z",
                   "map": {"id": "m", "title": "t", "stages": [], "touchpoints": [{"id": "tp", "stage": "nowhere",
                     "lane": "nowhere", "title": "Lost"}]}}]}""".formatted(mapJson());
        assertThatThrownBy(() -> JourneyJsonReader.readFile(brokenMap, "f.journey.json", ImageSource.NONE))
                .isInstanceOf(JourneyFormatException.class).hasMessageContaining("f.journey.json:3:89:")
                .hasMessageContaining("nowhere");

        String unknown = """
                {"formatVersion": 2, "map": %s, "versions": [{"name": "x", "colour": "red"}]}""".formatted(mapJson());
        assertThatThrownBy(() -> JourneyJsonReader.readFile(unknown, "f.journey.json", ImageSource.NONE))
                .isInstanceOf(JourneyFormatException.class).hasMessageContaining("Unknown field \"colour\"");
    }

    /** A small valid map object on one line, so the lines of the texts above stay where they are written. */
    private static String mapJson() {
        return "{\"id\": \"m\", \"title\": \"Small\"}";
    }

    @Test
    @InLanguage("de")
    void aBrokenVersionIsNamedInGermanAtItsLineAndColumn() {
        String file = """
                {
                  "formatVersion": 2,
                  "map": { "id": "m", "title": "Laden" },
                  "versions": [
                    { "name": "Entwurf", "automatic": "ja", "map": { "id": "m", "title": "Alt" } },
                    { "name": "Vorher", "map": { "id": "m", "title": "Alt" } }
                  ]
                }
                """;
        assertThatThrownBy(() -> JourneyJson.read(new StringReader(file), "laden.journey.json"))
                .isInstanceOf(JourneyFormatException.class)
                .hasMessage("laden.journey.json:5:39: „automatic“ muss true oder false sein, nicht der Text „ja“");
        String noTime = file.replace("\"automatic\": \"ja\", ", "\"created\": \"2026-12-01T09:00:00Z\", ");
        assertThatThrownBy(() -> JourneyJson.read(new StringReader(noTime), "laden.journey.json"))
                .isInstanceOf(JourneyFormatException.class)
                .hasMessage("laden.journey.json:6:5: Dieser Version fehlt das Pflichtfeld „created“");
    }
}

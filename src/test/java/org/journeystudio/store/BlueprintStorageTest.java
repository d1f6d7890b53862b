package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.LaneRole;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointLink;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.store.mermaid.MermaidJourney;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.NewLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lane roles, fail and wait points and links in the library, the .journey.json file and a Mermaid journey. */
@FastTest
class BlueprintStorageTest {
    private static final ResourceTemplateCatalog CATALOG = new ResourceTemplateCatalog();

    @TempDir
    Path folder;

    @Test
    void theLibraryKeepsEveryBlueprintFieldAndSavesAChangedLinkIncrementally() {
        JourneyMap hotel = CATALOG.template("service-blueprint");
        try (H2Library library = NewLibraries.open(folder)) {
            library.create(hotel);
        }
        try (H2Library library = NewLibraries.open(folder)) {
            JourneyMap loaded = library.load(hotel.id()).orElseThrow();
            assertThat(loaded).isEqualTo(hotel);

            Touchpoint book = loaded.touchpoint("tp-book").orElseThrow();
            JourneyMap edited = loaded.withTouchpoint(book.toBuilder().failPoint(true).waitPoint(true)
                    .waitDuration("2 min").links(List.of(TouchpointLink.dependsOn("tp-crm"))).build());
            library.save(edited);
            JourneyMap saved = library.load(hotel.id()).orElseThrow();
            assertThat(saved.touchpoints()).isEqualTo(edited.touchpoints());
            assertThat(saved.lanes()).isEqualTo(edited.lanes());
        }
    }

    @Test
    void aMapWithoutTheBlueprintStaysFormatOneAndOneWithItIsFormatThree() {
        String plain = JourneyJson.toJson(SampleMaps.checkout());
        // The template's action plan needs format 6; the blueprint alone needs 3.
        JourneyMap hotel = SampleMaps.withoutActionPlan(CATALOG.template("service-blueprint"));
        String blueprint = JourneyJson.toJson(hotel);

        assertThat(plain).startsWith("{\n  \"formatVersion\": 1,").doesNotContain("\"role\"", "\"links\"",
                "\"failPoint\"", "\"waitPoint\"");
        assertThat(blueprint).startsWith("{\n  \"formatVersion\": 3,").contains("\"role\": \"support-process\"",
                "\"failPoint\": true", "\"waitDuration\": \"35–45 min\"", "\"kind\": \"depends-on\"");
    }

    @Test
    void aFileThatLinksToAMissingTouchpointIsRefusedAtTheLinksTarget() throws Exception {
        JourneyMap hotel = CATALOG.template("service-blueprint");
        String json = JourneyJson.toJson(hotel).replace("\"to\": \"tp-crm\"", "\"to\": \"tp-gone\"");
        int line = lineOf(json, "\"to\"", json.indexOf("\"tp-gone\""));

        assertThatThrownBy(() -> JourneyJson.read(new StringReader(json), "hotel.journey.json"))
                .isInstanceOfSatisfying(JourneyFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).contains("hotel.journey.json:" + line,
                            "depends on touchpoint 'tp-gone', which does not exist in its scenario");
                });
    }

    @Test
    void aMermaidJourneyCarriesTheBlueprintInItsCommentLines() throws Exception {
        JourneyMap hotel = CATALOG.template("service-blueprint");

        MermaidJourney.Import back = MermaidJourney.read(MermaidJourney.toText(hotel), "hotel.mmd", "Hotel",
                Instant.EPOCH);

        assertThat(back.map()).isEqualTo(hotel);
        assertThat(back.map().lanes()).extracting(l -> l.role()).contains(LaneRole.SUPPORT_PROCESS);
    }

    @Test
    void aTaskDeletedFromAMermaidJourneyTakesItsArrowsAlongWithAWarning() throws Exception {
        JourneyMap hotel = CATALOG.template("service-blueprint");
        String text = MermaidJourney.toText(hotel);
        String without = String.join("\n", text.lines()
                .filter(l -> !l.contains("{\"id\":\"tp-receptionist\"")).toList());

        MermaidJourney.Import back = MermaidJourney.read(without, "hotel.mmd", "Hotel", Instant.EPOCH);

        assertThat(back.map().touchpoint("tp-receptionist")).isEmpty();
        assertThat(back.map().touchpoint("tp-checkin").orElseThrow().links()).isEmpty();
        assertThat(back.warnings()).anyMatch(w -> w.contains("dependency arrow"));
    }

    /** The line of the last {@code field} before {@code before}. */
    private static int lineOf(String text, String field, int before) {
        int at = text.lastIndexOf(field, before);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}

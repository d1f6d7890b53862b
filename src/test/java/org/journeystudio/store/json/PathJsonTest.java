package org.journeystudio.store.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.mermaid.MermaidJourney;
import org.journeystudio.testing.BranchedMaps;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** Paths and connectors in a {@code .journey.json} file (format 5) and a Mermaid journey. */
@FastTest
class PathJsonTest {
    @Test
    void aBranchedMapIsFormatFiveAndReadsBackTheSame() throws Exception {
        JourneyMap map = BranchedMaps.shop("branched");
        String json = JourneyJson.toJson(map);

        assertThat(json).startsWith("{\n  \"formatVersion\": 5,").contains("\"paths\"", "\"name\": \"Click & collect\"",
                "\"path\": \"path-collect\"", "\"kind\": \"branch\"", "\"kind\": \"loop-back\"", "\"kind\": \"next\"");
        assertThat(JourneyJson.read(new StringReader(json), "b.journey.json")).isEqualTo(map);
    }

    @Test
    void aMapWithoutPathsOrConnectorsKeepsItsOlderFormat() {
        assertThat(JourneyJson.toJson(SampleMaps.shop("plain"))).startsWith("{\n  \"formatVersion\": 1,")
                .doesNotContain("\"paths\"", "\"path\"");
    }

    @Test
    void aConnectorToAMissingTouchpointIsReportedWithItsJsonPath() {
        String json = JourneyJson.toJson(BranchedMaps.shop("branched"))
                .replace("\"to\": \"tp-cart\"", "\"to\": \"tp-gone\"");
        int index = indexOf(JourneyJson.toJson(BranchedMaps.shop("branched")), "\"id\": \"tp-pay\"");

        assertThatThrownBy(() -> JourneyJson.read(new StringReader(json), "b.journey.json"))
                .isInstanceOf(JourneyFormatException.class)
                .hasMessageContaining("b.journey.json:")
                .hasMessageContaining("loop back touchpoint 'tp-gone', which does not exist in its scenario")
                .hasMessageContaining("(at $.map.touchpoints[" + index + "].links[2].to)");
    }

    @Test
    void aCardOnAPathItsStageDoesNotHaveIsRefused() {
        String json = JourneyJson.toJson(BranchedMaps.shop("branched"))
                .replace("\"path\": \"path-collect\"", "\"path\": \"path-none\"");

        assertThatThrownBy(() -> JourneyJson.read(new StringReader(json), "b.journey.json"))
                .isInstanceOf(JourneyFormatException.class)
                .hasMessageContaining("is on path 'path-none', which stage 'Receive' does not have");
    }

    @Test
    void aMermaidJourneyCarriesPathsAndConnectors() throws Exception {
        JourneyMap map = BranchedMaps.shop("branched");

        assertThat(MermaidJourney.read(MermaidJourney.toText(map), "b.mmd", "B", Instant.EPOCH).map())
                .isEqualTo(map);
    }

    /** The position in the file's "touchpoints" of the touchpoint whose id line is {@code idLine}. */
    private static int indexOf(String json, String idLine) {
        String list = json.substring(json.indexOf("\"touchpoints\""), json.indexOf(idLine));
        return (int) list.lines().filter(l -> l.matches("\\s*\"id\": \"tp-.*")).count();
    }
}

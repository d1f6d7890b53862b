package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.journeystudio.edit.command.AddScenario;
import org.journeystudio.edit.command.RemoveTouchpoints;
import org.journeystudio.edit.command.ShowScenario;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios survive the library and the file format, and a copy of a map keeps its links between scenarios. */
@SlowTest
@ParameterizedClass
@EnumSource(LibraryKind.class)
class ScenarioStorageTest {
    @Parameter
    LibraryKind kind;
    LibraryKind.Place place;

    @TempDir
    Path folder;

    @BeforeEach
    void newPlace() {
        place = kind.newPlace(folder);
    }

    /** As-is, a To-be with one card deleted (shown), and a Competitor scenario copied from the As-is. */
    private static JourneyMap threeScenarios() {
        JourneyMap asIs = SampleMaps.retailer();
        AtomicInteger n = new AtomicInteger();
        JourneyMap toBe = AddScenario.copying(asIs, "as-is", Scenario.TO_BE, () -> "tb-" + n.incrementAndGet()).apply(asIs);
        JourneyMap competitor = AddScenario.copying(toBe, "as-is", "Competitor", () -> "c-" + n.incrementAndGet())
                .apply(toBe);
        JourneyMap backToToBe = ShowScenario.of(competitor, "tb-1").apply(competitor);
        return RemoveTouchpoints.of(backToToBe, Set.of(backToToBe.touchpoints().get(2).id())).apply(backToToBe);
    }

    @Test
    void everyScenarioComesBackFromTheLibraryAndSavesIncrementally() {
        JourneyMap map = threeScenarios();
        JourneyMap switched = ShowScenario.of(map, "as-is").apply(map);
        try (JdbcLibrary library = place.open()) {
            library.create(map);
            library.save(switched);
        }
        try (JdbcLibrary library = place.open()) {
            // Saving stamps the modified time; everything else comes back as it was.
            JourneyMap loaded = library.load(map.id()).orElseThrow().withTimes(map.created(), map.modified());
            assertThat(loaded.scenarios().activeId()).isEqualTo("as-is");
            assertThat(loaded).isEqualTo(switched);
            assertThat(loaded.touchpointsOf("tb-1")).extracting(Touchpoint::origin).doesNotContain("");
        }
    }

    @Test
    void aMapWithScenariosIsWrittenWithThemAndReadBackExactly() throws Exception {
        JourneyMap map = threeScenarios();

        String json = JourneyJson.toJson(map);

        // Scenarios need format 2; the copied cards share their opportunities with the As-is by id, which only the
        // map's own opportunity list (format 6) can say.
        assertThat(json).contains("\"formatVersion\": 6", "\"scenarios\"", "\"origin\"", "\"Competitor\"");
        assertThat(JourneyJson.read(new StringReader(json), "map.journey.json")).isEqualTo(map);
    }

    @Test
    void aMapWithOnlyItsFirstScenarioStaysVersionOne() {
        assertThat(JourneyJson.toJson(SampleMaps.retailer())).contains("\"formatVersion\": 1")
                .doesNotContain("\"scenarios\"", "\"origin\"");
    }

    @Test
    void aScenarioFileThatContradictsItselfIsRefusedWithItsPlace() {
        String json = JourneyJson.toJson(threeScenarios()).replace("\"active\": \"tb-1\"", "\"active\": \"nowhere\"");

        assertThatThrownBy(() -> JourneyJson.read(new StringReader(json), "map.journey.json"))
                .isInstanceOf(JourneyFormatException.class)
                .hasMessageContaining("map.journey.json")
                .hasMessageContaining("The active scenario 'nowhere' is not in the scenarios' \"list\"");
    }

    @Test
    void aDuplicateIdAcrossScenariosIsRefused() {
        JourneyMap map = threeScenarios();
        String kept = map.touchpointsOf("as-is").get(0).id();
        String json = JourneyJson.toJson(map).replace("\"id\": \"" + map.touchpoints().get(0).id() + "\"",
                "\"id\": \"" + kept + "\"");

        assertThatThrownBy(() -> JourneyJson.read(new StringReader(json), "map.journey.json"))
                .isInstanceOf(JourneyFormatException.class)
                .hasMessageContaining("'" + kept + "' is used twice");
    }

    @Test
    void freshIdsRenewEveryScenariosTouchpointsAndKeepTheLinksBetweenThem() {
        JourneyMap map = threeScenarios();

        JourneyMap copy = FreshIds.renew(map, Ids::next);

        Set<String> oldIds = new HashSet<>();
        Set<String> newIds = new HashSet<>();
        for (Scenario s : map.scenarios().list()) {
            map.touchpointsOf(s.id()).forEach(t -> oldIds.add(t.id()));
            copy.touchpointsOf(s.id()).forEach(t -> newIds.add(t.id()));
        }
        assertThat(newIds).hasSameSizeAs(oldIds).doesNotContainAnyElementsOf(oldIds);
        Set<String> asIsIds = new HashSet<>(copy.touchpointsOf("as-is").stream().map(Touchpoint::id).toList());
        assertThat(copy.touchpoints()).extracting(Touchpoint::origin).allMatch(asIsIds::contains);
    }
}

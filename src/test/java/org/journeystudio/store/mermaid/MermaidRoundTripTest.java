package org.journeystudio.store.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.MapValidator;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.Scenarios;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.store.json.RandomMaps;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.ScenarioMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Journey Studio → Mermaid → Journey Studio gives back the same map, field for field, scenarios included. */
@FastTest
class MermaidRoundTripTest {
    private static final long SEED = 20261124L;
    private static final int MAPS = 150;

    @Test
    void everyGeneratedMapWithScenariosSurvivesARoundTrip() throws Exception {
        RandomMaps maps = new RandomMaps(SEED);
        int tasks = 0;
        for (int i = 0; i < MAPS; i++) {
            JourneyMap original = i % 2 == 0 ? maps.next() : withToBe(maps.next(), i % 4 == 1);
            assertThat(MapValidator.validate(original)).as("map %d is valid", i).isEmpty();
            String text = MermaidJourney.toText(original);

            MermaidJourney.Import read = read(text, "random-" + i + ".mmd");

            assertThat(read.map()).as("map %d (seed %d)", i, SEED).isEqualTo(original);
            assertThat(read.warnings()).as("map %d", i).isEmpty();
            assertThat(MermaidJourney.toText(read.map())).as("map %d written the same way twice", i).isEqualTo(text);
            tasks += original.customerTouchpoints().size();
        }
        assertThat(tasks).as("the generator makes tasks, not only cards").isGreaterThan(MAPS / 2);
    }

    @Test
    void aLongMapAndAScenarioMapSurviveARoundTrip() throws Exception {
        for (JourneyMap original : List.of(SampleMaps.longMap(), ScenarioMaps.asIsAndToBe("map-s"),
                ScenarioMaps.asIsAndToBe("map-t").showing(Scenarios.FIRST_ID))) {
            assertThat(read(MermaidJourney.toText(original), "m.mmd").map()).isEqualTo(original);
        }
    }

    @Test
    void everyTemplateSurvivesARoundTripThroughAFile(@TempDir Path dir) throws Exception {
        for (String name : List.of("online-retailer", "banking-services", "blank", "map-your-own-experience",
                "map-your-own-experience-solution")) {
            JourneyMap template;
            try (var in = getClass().getResourceAsStream("/org/journeystudio/store/templates/" + name
                    + ".journey.json")) {
                template = JourneyJson.read(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8),
                        name);
            }
            Path file = dir.resolve(name + ".mmd");
            MermaidJourney.write(template, file);
            assertThat(MermaidJourney.read(file).map()).as(name).isEqualTo(template);
            assertThat(Files.readString(file)).startsWith("journey\n");
        }
    }

    @Test
    void theDiagramSaysWhichScenarioItShows() {
        String text = MermaidJourney.toText(ScenarioMaps.asIsAndToBe("map-s"));
        assertThat(text).contains("%% Scenario shown: To-be (of As-is, To-be)").contains("title ")
                .containsPattern("title .*\\(To-be\\)");
    }

    static MermaidJourney.Import read(String text, String source) throws Exception {
        return MermaidJourney.read(text, source, "Fallback", Instant.EPOCH);
    }

    /** A to-be scenario copied from the map's touchpoints, a few changed, shown or kept. */
    private static JourneyMap withToBe(JourneyMap map, boolean showToBe) {
        List<Touchpoint> copies = new ArrayList<>();
        Map<String, String> copyIds = new LinkedHashMap<>();
        map.touchpoints().forEach(t -> copyIds.put(t.id(), "tobe-" + t.id()));
        for (Touchpoint t : map.touchpoints()) {
            Touchpoint copy = t.withLinksRenamed(copyIds).toBuilder().id("tobe-" + t.id()).origin(t.id()).build();
            copies.add(copies.size() % 3 == 0 ? copy.withTitle(copy.title() + " #1; 50%% off") : copy);
        }
        List<Scenario> list = List.of(new Scenario(Scenarios.FIRST_ID, Scenario.AS_IS, ""),
                new Scenario("to-be", "To: be; #2", Scenarios.FIRST_ID));
        Map<String, List<Touchpoint>> stored = new LinkedHashMap<>();
        stored.put("to-be", copies);
        JourneyMap both = map.withScenarios(new Scenarios(Scenarios.FIRST_ID, list, stored));
        return showToBe ? both.showing("to-be") : both;
    }
}

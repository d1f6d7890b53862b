package org.journeystudio.store.mermaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.json.RandomMaps;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.ScenarioMaps;
import org.junit.jupiter.api.Test;

/** What the studio writes passes Mermaid's journey grammar, and each task keeps its name, score and actors. */
@FastTest
class MermaidGrammarTest {

    @Test
    void everyExportPassesTheGrammarWithOneTaskPerCustomerTouchpoint() {
        RandomMaps maps = new RandomMaps(7L);
        for (int i = 0; i < 200; i++) {
            check(maps.next());
        }
        check(SampleMaps.longMap());
        check(ScenarioMaps.asIsAndToBe("map-s"));
        check(MermaidEscapingTest.awkwardMap());
    }

    @Test
    void theCheckerRefusesWhatMermaidRefuses() {
        assertThatThrownBy(() -> JourneyGrammar.tasks("journey\n  Make tea 5\n")).hasMessageContaining("without");
        assertThatThrownBy(() -> JourneyGrammar.tasks("journey\n  Make; tea: 5\n")).hasMessageContaining("without its data");
        assertThatThrownBy(() -> JourneyGrammar.tasks("journey\n  Journeys: 5\n")).hasMessageContaining("JOURNEY");
        assertThatThrownBy(() -> JourneyGrammar.tasks("section A\n")).hasMessageContaining("'journey' first");
        assertThat(JourneyGrammar.tasks("journey\n  a #58; b: 5: Me\n")).hasSize(1);
    }

    private static void check(JourneyMap map) {
        String text = MermaidJourney.toText(map);
        List<JourneyGrammar.ParsedTask> tasks = JourneyGrammar.tasks(text);
        assertThat(tasks).hasSize(map.customerTouchpoints().size());
        for (int i = 0; i < tasks.size(); i++) {
            var expected = map.customerTouchpoints().get(i);
            JourneyGrammar.ParsedTask task = tasks.get(i);
            assertThat(MermaidText.unescape(task.name())).isEqualTo(expected.title());
            String[] pieces = task.data().substring(1).split(":");
            assertThat(Double.parseDouble(pieces[0].strip()))
                    .isEqualTo(MermaidJourneyWriter.score(expected, map.scale()));
        }
    }
}

package org.journeystudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.journeystudio.edit.command.AddScenario;
import org.journeystudio.editing.ScenarioEdits;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** An export's title names the shown scenario once the map has more than one. */
@FastTest
class TitleBlockTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    @Test
    void aMapWithOneScenarioKeepsItsTitleAndOneWithSeveralNamesTheShownOne() {
        JourneyMap map = SampleMaps.checkout();
        assertThat(TitleBlock.forMap(map, DAY).title()).isEqualTo("Checkout");

        JourneyMap toBe = AddScenario.copying(map, map.scenarios().activeId(), "To-be 2027", ScenarioEdits.freshIds())
                .apply(map);
        assertThat(TitleBlock.forMap(toBe, DAY).title()).isEqualTo("Checkout — To-be 2027");
        assertThat(TitleBlock.forMap(toBe.showing(map.scenarios().activeId()), DAY).title())
                .isEqualTo("Checkout — As-is");
    }
}

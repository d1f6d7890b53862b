package org.journeystudio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** Which shared items an edit changed, how their content spreads, and shared ids kept through an edit in place. */
@FastTest
class SharedContentTest {
    private static final PainPoint SLOW = new PainPoint("Slow", 2, Evidence.OBSERVED, List.of(), "shared-slow");
    private static final PainPoint RUDE = new PainPoint("Rude", 1, Evidence.ASSUMED);

    @Test
    void aPainPointRebuiltFromItsFieldsKeepsItsSharedIdButAMoveOrRemovalChangesNoId() {
        PainPoint retyped = new PainPoint("Very slow", 2, Evidence.OBSERVED, List.of());

        assertThat(SharedItem.keptIds(List.of(SLOW, RUDE), List.of(retyped, RUDE)))
                .extracting(PainPoint::sharedId).containsExactly("shared-slow", null);
        assertThat(SharedItem.keptIds(List.of(SLOW, RUDE), List.of(RUDE, SLOW)))
                .extracting(PainPoint::sharedId).containsExactly(null, "shared-slow");
        assertThat(SharedItem.keptIds(List.of(SLOW, RUDE), List.of(RUDE))).containsExactly(RUDE);
    }

    @Test
    void onlyContentEditsOfSharedItemsCountAndSpreadKeepsEachMapsOwnFields() {
        JourneyMap map = SampleMaps.retailer();
        Persona ana = map.personas().get(0).withSharedId("shared-ana");
        JourneyMap before = map.withPersonas(List.of(ana, map.personas().get(1)));

        JourneyMap moved = before.withPersonas(List.of(map.personas().get(1), ana.withSegmentId(null)));
        assertThat(SharedContent.edited(before, moved).isEmpty()).as("a move or a segment is the map's own").isTrue();

        JourneyMap renamed = before.withPersonas(List.of(ana.withName("Ana Lopez"), map.personas().get(1)));
        assertThat(SharedContent.edited(before, renamed).personas()).extracting(Persona::name)
                .containsExactly("Ana Lopez");

        Persona elsewhere = new Persona("p-x", "Old", "", null, SampleMaps.REGULARS).withSharedId("shared-ana");
        JourneyMap other = map.withPersonas(List.of(elsewhere));
        assertThat(SharedContent.spread(other, ana.withName("Ana Lopez")).personas()).singleElement()
                .extracting(Persona::id, Persona::name, Persona::segmentId)
                .containsExactly("p-x", "Ana Lopez", SampleMaps.REGULARS);
    }
}

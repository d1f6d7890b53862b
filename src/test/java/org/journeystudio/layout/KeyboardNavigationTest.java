package org.journeystudio.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.journeystudio.layout.KeyboardNavigation.Direction;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** Tab walks the cards in journey order and wraps; arrows go to the nearest card that way, keeping to the row. */
@FastTest
class KeyboardNavigationTest {
    private final MapLayout layout = MapLayout.of(SampleMaps.retailer());

    @Test
    void tabStepsInJourneyOrderAndWrapsAround() {
        String first = layout.cards().get(0).touchpointId();
        String last = layout.cards().get(layout.cards().size() - 1).touchpointId();
        assertThat(KeyboardNavigation.step(layout, "", true)).contains(first);
        assertThat(KeyboardNavigation.step(layout, "", false)).contains(last);
        assertThat(KeyboardNavigation.step(layout, first, true)).contains(layout.cards().get(1).touchpointId());
        assertThat(KeyboardNavigation.step(layout, last, true)).contains(first);
        assertThat(KeyboardNavigation.step(layout, first, false)).contains(last);
    }

    @Test
    void arrowsKeepToTheRowOrColumn() {
        assertThat(KeyboardNavigation.nearest(layout, SampleMaps.cardId("Search box"), Direction.RIGHT))
                .contains(SampleMaps.cardId("Product page"));
        assertThat(KeyboardNavigation.nearest(layout, SampleMaps.cardId("Search box"), Direction.DOWN))
                .contains(SampleMaps.cardId("Filters"));
        assertThat(KeyboardNavigation.nearest(layout, SampleMaps.cardId("Ad"), Direction.UP)).isEmpty();
    }
}

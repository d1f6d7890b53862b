package org.journeystudio.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.journeystudio.edit.Document;
import org.journeystudio.editing.KeyboardPath.Step;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** What the canvas's keys do to the selected cards: a cell over, a rating, a feeling; nothing at the edges. */
@FastTest
class KeyboardPathTest {
    private final JourneyMap shop = SampleMaps.shop("map-shop");

    @Test
    void ctrlArrowsMoveTheCardsOneCellOverAndStopAtTheEdges() {
        Document document = new Document(shop);
        document.execute(KeyboardPath.move(shop, List.of("tp-cart"), "tp-cart", Step.RIGHT).orElseThrow());
        Touchpoint cart = document.map().touchpoint("tp-cart").orElseThrow();
        assertThat(cart.stageId()).isEqualTo("st-receive");
        assertThat(document.map().touchpointsIn("st-receive", SampleMaps.TOUCHPOINTS)).extracting(Touchpoint::id)
                .containsExactly("tp-deliver", "tp-cart"); // after the cards there
        assertThat(KeyboardPath.move(document.map(), List.of("tp-cart"), "tp-cart", Step.RIGHT)).isEmpty();
        assertThat(KeyboardPath.move(shop, List.of("tp-search"), "tp-search", Step.LEFT)).isEmpty();
        // The shop's only card lane: nowhere up or down.
        assertThat(KeyboardPath.move(shop, List.of("tp-search"), "tp-search", Step.DOWN)).isEmpty();
    }

    @Test
    void digitsRateInTheFirstSegmentWithinTheScaleAndPlusMinusStepTheFeeling() {
        Document document = new Document(shop);
        document.execute(KeyboardPath.rate(shop, List.of("tp-pay", "tp-cart"), 4).orElseThrow());
        assertThat(document.map().touchpoint("tp-pay").orElseThrow().satisfaction())
                .containsEntry(SampleMaps.NEW_CUSTOMERS, 4.0);
        assertThat(document.undoCount()).isEqualTo(1);
        assertThat(KeyboardPath.rate(shop, List.of("tp-pay"), 7)).isEmpty(); // off the 1–5 scale
        assertThatThrownBy(() -> KeyboardPath.rate(SampleMaps.shopping("m", "No segments"), List.of("tp-pay"), 3))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no segment");

        assertThat(KeyboardPath.feel(shop, List.of("tp-cart"), 1)).isEmpty(); // delighted already
        document.execute(KeyboardPath.feel(document.map(), List.of("tp-cart", "tp-pay"), -1).orElseThrow());
        assertThat(document.map().touchpoint("tp-cart").orElseThrow().emotion().score()).isEqualTo(1);
        assertThat(document.map().touchpoint("tp-pay").orElseThrow().emotion().score()).isEqualTo(-2);
        assertThat(KeyboardPath.sheet()).extracting(KeyboardPath.Key::keys).contains("Ctrl + arrow keys", "F1, ?");
    }
}

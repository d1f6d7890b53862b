package org.journeystudio.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.journeystudio.edit.Document;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** The map in sentences (cards' accessible names, the outline's read mode) and the outline's edits. */
@FastTest
class SpokenMapTest {
    private final JourneyMap shop = SampleMaps.shop("map-shop");

    @Test
    void aCardSaysItsTitleStageRatingAndFeelingInWords() {
        Touchpoint pay = shop.touchpoint("tp-pay").orElseThrow();
        assertThat(SpokenMap.card(shop, pay)).isEqualTo("Touchpoint: Pay, stage Buy, not rated, Unhappy");
        Document document = new Document(shop);
        document.execute(OutlineEdits.rating(shop, "tp-pay", SampleMaps.NEW_CUSTOMERS, "2"));
        document.execute(OutlineEdits.rating(document.map(), "tp-pay", SampleMaps.REGULARS, "3"));
        assertThat(SpokenMap.card(document.map(), document.map().touchpoint("tp-pay").orElseThrow()))
                .isEqualTo("Touchpoint: Pay, stage Buy, satisfaction 2.5 of 5, Unhappy");
    }

    @Test
    void aStageIsOneParagraphWithASentencePerTouchpoint() {
        assertThat(SpokenMap.stage(shop, 2)).isEqualTo("Stage 3 of 3, Receive: one touchpoint. Parcel arrives "
                + "(Delivery): not rated, Frustrated. 2 pain points: Late; Box damaged.");
        assertThat(SpokenMap.stage(shop, 0)).isEqualTo("Stage 1 of 3, Search: 2 touchpoints. Search the web (Web): "
                + "not rated, Neutral. Expected: Relevant results on the first page. Read reviews (Web): not rated, "
                + "Happy. One opportunity to improve it.");
    }

    @Test
    void theOutlinesEditsAreTheInspectorsCommandsEachOneUndoStep() {
        Document document = new Document(shop);
        document.execute(OutlineEdits.expectations(shop, "tp-cart", " fast ;; friendly "));
        document.closeMerging();
        document.execute(OutlineEdits.channel(document.map(), "tp-cart", ChannelKind.WEB));
        document.closeMerging();
        document.execute(OutlineEdits.emotion(document.map(), "tp-cart", -2));
        document.closeMerging();
        document.execute(OutlineEdits.stageName(document.map(), "st-buy", " Purchase "));
        Touchpoint cart = document.map().touchpoint("tp-cart").orElseThrow();
        assertThat(cart.expectations()).containsExactly("fast", "friendly");
        assertThat(OutlineEdits.expectationsText(cart)).isEqualTo("fast; friendly");
        assertThat(cart.channel().kind()).isEqualTo(ChannelKind.WEB);
        assertThat(cart.emotion().score()).isEqualTo(-2);
        assertThat(document.map().stage("st-buy").orElseThrow().name()).isEqualTo("Purchase");
        assertThat(document.undoCount()).isEqualTo(4);
        assertThatThrownBy(() -> OutlineEdits.rating(shop, "tp-cart", SampleMaps.REGULARS, "six"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a number");
    }
}

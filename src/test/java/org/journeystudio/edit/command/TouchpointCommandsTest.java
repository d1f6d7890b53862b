package org.journeystudio.edit.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.journeystudio.testing.Cells.titlesIn;
import static org.journeystudio.testing.SampleMaps.TOUCHPOINTS;
import static org.journeystudio.testing.SampleMaps.cardId;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.journeystudio.edit.CommandFailedException;
import org.journeystudio.edit.Document;
import org.journeystudio.model.Channel;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.ExperienceComponent;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.Cells;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

@FastTest
class TouchpointCommandsTest {
    private final JourneyMap map = SampleMaps.retailer();

    @Test
    void addOneCardBetweenTwoOthers() {
        Touchpoint promo = Touchpoint.builder("tp-promo", "st-pay", TOUCHPOINTS).title("Promo code").build();
        AddTouchpoints add = AddTouchpoints.one(promo, 1);
        assertThat(add.description()).isEqualTo("Add touchpoint 'Promo code'");
        JourneyMap after = UndoRoundTrip.check(map, add);
        assertThat(titlesIn(after, "st-pay", TOUCHPOINTS)).containsExactly("Basket", "Promo code", "Checkout", "Payment");
        assertThat(Cells.ordersAreDense(after)).isTrue();
    }

    @Test
    void addRefusesTakenIdsMissingCellsAndLanesWithoutCards() {
        Touchpoint again = Touchpoint.builder(cardId("Basket"), "st-pay", TOUCHPOINTS).build();
        assertThatThrownBy(() -> AddTouchpoints.one(again, 0).apply(map)).hasMessageContaining("already has a touchpoint");
        Touchpoint lost = Touchpoint.builder("tp-new", "st-gone", TOUCHPOINTS).build();
        assertThatThrownBy(() -> AddTouchpoints.one(lost, 0).apply(map)).hasMessageContaining("no stage 'st-gone'");
        Touchpoint onCurve = Touchpoint.builder("tp-new", "st-pay", SampleMaps.EMOTION).build();
        assertThatThrownBy(() -> AddTouchpoints.one(onCurve, 0).apply(map)).hasMessageContaining("cannot hold cards");
        Touchpoint tooFar = Touchpoint.builder("tp-new", "st-pay", TOUCHPOINTS).build();
        assertThatThrownBy(() -> AddTouchpoints.one(tooFar, 4).apply(map)).hasMessageContaining("use 0 to 3");
    }

    @Test
    void aCardRatedByAnUnknownSegmentIsRefusedByTheDocument() {
        Touchpoint stray = Touchpoint.builder("tp-new", "st-pay", TOUCHPOINTS).satisfaction(Map.of("seg-x", 3.0)).build();
        Document document = new Document(map);
        assertThatThrownBy(() -> document.execute(AddTouchpoints.one(stray, 0)))
                .isInstanceOf(CommandFailedException.class).hasMessageContaining("segment 'seg-x'");
        assertThat(document.map()).isEqualTo(map);
    }

    @Test
    void removeCardsAndCloseTheGaps() {
        RemoveTouchpoints remove = RemoveTouchpoints.of(map, Set.of(cardId("Checkout"), cardId("Filters")));
        assertThat(remove.description()).isEqualTo("Delete 2 touchpoints");
        JourneyMap after = UndoRoundTrip.check(map, remove);
        assertThat(titlesIn(after, "st-pay", TOUCHPOINTS)).containsExactly("Basket", "Payment");
        assertThat(titlesIn(after, "st-search", TOUCHPOINTS)).containsExactly("Search box", "Reviews");
        assertThat(Cells.ordersAreDense(after)).isTrue();
        assertThat(RemoveTouchpoints.of(map, Set.of(cardId("Ad"))).description()).isEqualTo("Delete 'Ad'");
    }

    @Test
    void duplicatePutsEachCopyRightAfterItsOriginal() {
        AtomicInteger next = new AtomicInteger();
        DuplicateTouchpoints duplicate = DuplicateTouchpoints.of(map, Set.of(cardId("Basket"), cardId("Payment")),
                () -> "tp-copy-" + next.incrementAndGet());
        JourneyMap after = UndoRoundTrip.check(map, duplicate);
        assertThat(titlesIn(after, "st-pay", TOUCHPOINTS))
                .containsExactly("Basket", "Basket", "Checkout", "Payment", "Payment");
        Touchpoint original = map.touchpoint(cardId("Basket")).orElseThrow();
        Touchpoint copy = after.touchpoint(duplicate.copyIds().get(cardId("Basket"))).orElseThrow();
        assertThat(copy.toBuilder().id(original.id()).order(original.order()).build()).isEqualTo(original);
        assertThat(Cells.ordersAreDense(after)).isTrue();
    }

    @Test
    void everyInspectorFieldCanBeSetAndUndone() {
        String pay = cardId("Payment");
        List<SetTouchpointField<?>> edits = List.of(
                SetTouchpointField.of(map, pay, TouchpointField.TITLE, "Pay"),
                SetTouchpointField.of(map, pay, TouchpointField.DESCRIPTION, "Card or wallet"),
                SetTouchpointField.of(map, pay, TouchpointField.CHANNEL, new Channel(ChannelKind.MOBILE_APP, "Wallet")),
                SetTouchpointField.of(map, pay, TouchpointField.OWNER, "Finance"),
                SetTouchpointField.of(map, pay, TouchpointField.EMOTION, new Emotion(2, "Relieved")),
                SetTouchpointField.of(map, pay, TouchpointField.COMPONENTS, Set.of(ExperienceComponent.ACCESSIBLE)),
                SetTouchpointField.of(map, pay, TouchpointField.EXPECTATIONS, List.of("No surprises")),
                SetTouchpointField.of(map, pay, TouchpointField.PAIN_POINTS, List.of(new PainPoint("3-D Secure", 3))),
                SetTouchpointField.of(map, pay, TouchpointField.OPPORTUNITIES, List.of(map.opportunities().get(0).id(),
                        map.opportunities().get(1).id())),
                SetTouchpointField.of(map, pay, TouchpointField.satisfaction("seg-regular"), 4.5),
                SetTouchpointField.of(map, pay, TouchpointField.EXPECTED_SCORE, 3.0),
                SetTouchpointField.of(map, pay, TouchpointField.EVIDENCE, Evidence.PROPOSED));
        for (SetTouchpointField<?> edit : edits) {
            JourneyMap after = UndoRoundTrip.check(map, edit);
            assertThat(readBack(after, edit)).as(edit.field().name()).isEqualTo(edit.value());
        }
        assertThat(edits.get(0).description()).isEqualTo("Rename 'Payment'");
        assertThat(edits.get(7).description()).isEqualTo("Edit pain points of 'Payment'");
    }

    @Test
    void aRatingCanBeRemoved() {
        String ad = cardId("Ad");
        JourneyMap after = UndoRoundTrip.check(map, SetTouchpointField.of(map, ad, TouchpointField.satisfaction("seg-new"), null));
        assertThat(after.touchpoint(ad).orElseThrow().satisfaction()).doesNotContainKey("seg-new");
    }

    @Test
    void oneEditCanChangeTheWholeSelection() {
        Set<String> selection = Set.of(cardId("Ad"), cardId("Courier"));
        SetTouchpointField<Emotion> sad = SetTouchpointField.of(map, selection, TouchpointField.EMOTION, Emotion.of(-2));
        assertThat(sad.description()).isEqualTo("Edit emotion of 2 touchpoints");
        JourneyMap after = UndoRoundTrip.check(map, sad);
        assertThat(selection).allSatisfy(tp -> assertThat(after.touchpoint(tp).orElseThrow().emotion().score()).isEqualTo(-2));
    }

    @Test
    void draggingAnEmotionPointOrTypingMergesPerCardAndField() {
        String ad = cardId("Ad");
        SetTouchpointField<Emotion> up = SetTouchpointField.of(map, ad, TouchpointField.EMOTION, Emotion.of(1));
        SetTouchpointField<Emotion> top = SetTouchpointField.of(map, ad, TouchpointField.EMOTION, Emotion.of(2));
        MapCommandAssert.mergesExactly(map, up, top);
        SetTouchpointField<Double> rateNew = SetTouchpointField.of(map, ad, TouchpointField.satisfaction("seg-new"), 2.0);
        SetTouchpointField<Double> rateRegular = SetTouchpointField.of(map, ad, TouchpointField.satisfaction("seg-regular"), 2.0);
        assertThat(rateNew.mergeWith(SetTouchpointField.of(map, ad, TouchpointField.satisfaction("seg-new"), 3.0))).isPresent();
        assertThat(rateNew.mergeWith(rateRegular)).isEmpty();
        assertThat(up.mergeWith(SetTouchpointField.of(map, cardId("Courier"), TouchpointField.EMOTION, Emotion.of(2)))).isEmpty();
        assertThat(up.mergeWith(SetTouchpointField.of(map, ad, TouchpointField.TITLE, "Advert"))).isEmpty();
    }

    @Test
    void anEmotionDragInTheDocumentIsOneStep() {
        Document document = new Document(map);
        for (int score : new int[] {1, 0, -1, -2}) { // Checkout starts at +2
            document.execute(SetTouchpointField.of(document.map(), cardId("Checkout"), TouchpointField.EMOTION, Emotion.of(score)));
        }
        assertThat(document.undoCount()).isEqualTo(1);
        document.undo();
        assertThat(document.map()).isEqualTo(map);
    }

    private static Object readBack(JourneyMap map, SetTouchpointField<?> edit) {
        return edit.field().get(map.touchpoint(edit.touchpointIds().iterator().next()).orElseThrow());
    }
}

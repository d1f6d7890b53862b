package org.journeystudio.edit.clipboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.journeystudio.testing.SampleMaps.TOUCHPOINTS;
import static org.journeystudio.testing.SampleMaps.cardId;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.journeystudio.edit.Document;
import org.journeystudio.edit.command.AddStage;
import org.journeystudio.edit.command.AddTouchpoints;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.Cells;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

@FastTest
class TouchpointClipboardTest {
    private final JourneyMap source = SampleMaps.retailer();

    @Test
    void copyHoldsTheCardsInJourneyOrderWithTheSegmentsThatRatedThem() {
        TouchpointClipboard clipboard = TouchpointClipboard.copy(source, List.of(cardId("Courier"), cardId("Ad"), cardId("Fraud check")));
        assertThat(clipboard.touchpoints()).extracting(Touchpoint::title).containsExactly("Ad", "Fraud check", "Courier");
        assertThat(clipboard.segmentNames()).containsEntry("seg-new", "New customers").containsEntry("seg-regular", "Regulars");
        assertThat(clipboard.scale()).isEqualTo(RatingScale.ONE_TO_FIVE);
        assertThatThrownBy(() -> TouchpointClipboard.copy(source, List.of("tp-ghost"))).hasMessageContaining("tp-ghost");
    }

    @Test
    void pasteIntoAnotherProjectMapsRatingsBySegmentIdElseNameAndConvertsTheScale() {
        JourneyMap other = otherProject();
        TouchpointClipboard clipboard = TouchpointClipboard.copy(source, Set.of(cardId("Filters"), cardId("Basket")));
        AtomicInteger next = new AtomicInteger();
        AddTouchpoints paste = clipboard.pasteInto(other, "st-order", TOUCHPOINTS, 1, () -> "tp-pasted-" + next.incrementAndGet());
        assertThat(paste.description()).isEqualTo("Paste 2 touchpoints");

        Document document = new Document(other);
        document.execute(paste);
        JourneyMap after = document.map();
        assertThat(Cells.titlesIn(after, "st-order", TOUCHPOINTS)).containsExactly("Existing", "Filters", "Basket");
        assertThat(Cells.ordersAreDense(after)).isTrue();

        Touchpoint filters = after.touchpoint("tp-pasted-1").orElseThrow();
        Touchpoint original = source.touchpoint(cardId("Filters")).orElseThrow();
        // seg-new exists by id; "Regulars" exists by name as seg-loyal; nothing else is carried over.
        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("seg-new", (original.satisfaction().get("seg-new") - 1) * 2.5);
        expected.put("seg-loyal", (original.satisfaction().get("seg-regular") - 1) * 2.5);
        assertThat(filters.satisfaction()).isEqualTo(expected);
        assertThat(filters.expectedScore()).isEqualTo(7.5);
        assertThat(filters.painPoints()).isEqualTo(original.painPoints());
        assertThat(filters.emotion()).isEqualTo(original.emotion());

        document.undo();
        assertThat(document.map()).isEqualTo(other);
    }

    @Test
    void aRatingMatchedByIdWinsOverOneMatchedOnlyByName() {
        JourneyMap target = source.withSegments(List.of(new Segment("seg-new", "New customers", "", null)));
        Touchpoint card = Touchpoint.builder("tp-x", "st-pay", TOUCHPOINTS).title("X")
                .satisfaction(orderedRatings("seg-renamed", 1.0, "seg-new", 5.0)).build();
        TouchpointClipboard clipboard = new TouchpointClipboard(List.of(card),
                Map.of("seg-renamed", "new customers", "seg-new", "Newcomers"), RatingScale.ONE_TO_FIVE);
        Touchpoint pasted = clipboard.pasteInto(target, "st-pay", TOUCHPOINTS, 0, () -> "tp-y").touchpoints().get(0);
        assertThat(pasted.satisfaction()).containsExactly(Map.entry("seg-new", 5.0));
    }

    @Test
    void pastingTwiceIntoTheSameMapMakesNewCardsEachTime() {
        TouchpointClipboard clipboard = TouchpointClipboard.copy(source, Set.of(cardId("Courier")));
        Document document = new Document(source);
        document.execute(clipboard.pasteInto(document.map(), "st-return", TOUCHPOINTS, AddTouchpoints.AT_END));
        document.execute(clipboard.pasteInto(document.map(), "st-return", TOUCHPOINTS, AddTouchpoints.AT_END));
        assertThat(Cells.titlesIn(document.map(), "st-return", TOUCHPOINTS)).containsExactly("Return form", "Courier", "Courier");
        assertThat(document.map().touchpoints()).extracting(Touchpoint::id).doesNotHaveDuplicates();
        assertThat(document.undoDescription()).contains("Paste 'Courier'");
    }

    @Test
    void cutIsADeleteNamedCut() {
        assertThat(TouchpointClipboard.cut(source, Set.of(cardId("Ad"))).description()).isEqualTo("Cut 'Ad'");
    }

    @Test
    void anEmptyClipboardHasNothingToPaste() {
        TouchpointClipboard empty = new TouchpointClipboard(List.of(), Map.of(), RatingScale.ONE_TO_FIVE);
        assertThat(empty.isEmpty()).isTrue();
        assertThatThrownBy(() -> empty.pasteInto(source, "st-pay", TOUCHPOINTS, 0)).hasMessageContaining("no touchpoints");
    }

    /** Another project on a 0–10 scale: seg-new shares its id with the source, seg-loyal only the name "regulars". */
    private static JourneyMap otherProject() {
        JourneyMap blank = JourneyMap.blank("map-bank", "Bank account", Instant.EPOCH);
        JourneyMap withStage = AddStage.of(new Stage("st-order", "Order"), 0).apply(blank);
        JourneyMap base = new JourneyMap(withStage.id(), withStage.title(), "", "", Instant.EPOCH, Instant.EPOCH,
                RatingScale.ZERO_TO_TEN, List.of(),
                List.of(new Segment("seg-new", "Brand new", "", null), new Segment("seg-loyal", " regulars ", "", null)),
                withStage.stages(), withStage.lanes(), List.of());
        return base.withTouchpoints(List.of(Touchpoint.builder("tp-existing", "st-order", TOUCHPOINTS).title("Existing").build()));
    }

    private static Map<String, Double> orderedRatings(String firstSegment, double first, String secondSegment, double second) {
        Map<String, Double> ratings = new LinkedHashMap<>();
        ratings.put(firstSegment, first);
        ratings.put(secondSegment, second);
        return ratings;
    }
}

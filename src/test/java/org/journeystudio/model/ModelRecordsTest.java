package org.journeystudio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

@FastTest
class ModelRecordsTest {

    @Test
    void emotionStaysBetweenMinusTwoAndPlusTwo() {
        assertThat(Emotion.of(-2).displayLabel()).isEqualTo("Frustrated");
        assertThat(Emotion.of(2).displayLabel()).isEqualTo("Delighted");
        assertThat(new Emotion(1, " Relieved ").displayLabel()).isEqualTo("Relieved");
        assertThatThrownBy(() -> Emotion.of(3)).hasMessage("Emotion score must be between -2 and +2, not 3");
        assertThatThrownBy(() -> Emotion.of(-3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSegmentsShareIsAPercentageOrUnknown() {
        assertThat(new Segment("s", "Business", "", null).share()).isNull();
        assertThat(new Segment("s", "Business", "", null, 12.5).share()).isEqualTo(12.5);
        assertThat(new Segment("s", "Business", "", null, 100.0).withShare(0.0).share()).isZero();
        assertThatThrownBy(() -> new Segment("s", "Business", "", null, 100.5))
                .hasMessage("A segment's share of customers must be between 0 and 100 %, not 100.5");
        assertThatThrownBy(() -> new Segment("s", "Business", "", null, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Segment("s", "x".repeat(121), "", null))
                .hasMessageStartingWith("A segment's name may have at most 120 characters, not 121");
    }

    @Test
    void aPersonasDetailsAreCheckedAndTheShortFormHasNone() {
        Persona short_ = new Persona("p", "Bea", "Consultant", null, "seg");
        assertThat(short_.icon()).isNull();
        assertThat(short_.photo()).isNull();
        assertThat(short_.quote()).isEmpty();
        assertThat(short_.goals()).isEmpty();

        Persona rich = short_.withQuote("  Fast, please  ").withGoals(List.of(" Work on the way ", " ", "Sleep"))
                .withIcon("fth-briefcase");
        assertThat(rich.quote()).isEqualTo("Fast, please");
        assertThat(rich.goals()).containsExactly("Work on the way", "Sleep");
        assertThat(rich.withPhoto("data:image/jpeg;base64,/9j/4AAQ").photo()).startsWith("data:image/jpeg");
        assertThat(rich.withSegmentId(null).goals()).isEqualTo(rich.goals());

        assertThatThrownBy(() -> rich.withIcon("a user")).hasMessage("An icon is named like 'fth-user', not 'a user'");
        assertThatThrownBy(() -> rich.withPhoto("http://example.com/bea.png"))
                .hasMessageContaining("must be a data:image/png;base64");
        assertThatThrownBy(() -> rich.withQuote("q".repeat(501)))
                .hasMessageStartingWith("A persona's quote may have at most 500 characters, not 501");
        assertThatThrownBy(() -> rich.withNeeds(java.util.Collections.nCopies(21, "Help")))
                .hasMessage("A persona may list at most 20 of each kind, not 21 needs");
        assertThatThrownBy(() -> rich.withFrustrations(List.of("f".repeat(301))))
                .hasMessageStartingWith("A frustration may have at most 300 characters");
    }

    @Test
    void painPointSeverityIsOneToThree() {
        assertThat(new PainPoint("Slow", 1).evidence()).isEqualTo(Evidence.ASSUMED);
        assertThatThrownBy(() -> new PainPoint("Slow", 4)).hasMessageContaining("1, 2 or 3, not 4");
        assertThatThrownBy(() -> new PainPoint("Slow", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ratingScalesKnowTheirRangeAndNeutralPoint() {
        assertThat(RatingScale.ONE_TO_FIVE.neutral()).isEqualTo(3.0);
        assertThat(RatingScale.ONE_TO_SEVEN.neutral()).isEqualTo(4.0);
        assertThat(RatingScale.ZERO_TO_TEN.neutral()).isEqualTo(5.0);
        assertThat(RatingScale.ONE_TO_FIVE.contains(0)).isFalse();
        assertThat(RatingScale.ZERO_TO_TEN.contains(0)).isTrue();
        assertThat(RatingScale.fromLabel("1–7")).isEqualTo(RatingScale.ONE_TO_SEVEN);
        assertThatThrownBy(() -> RatingScale.fromLabel("1-4")).hasMessageContaining("use 1-5, 1-7 or 0-10");
    }

    @Test
    void coloursAreCheckedAndNormalised() {
        assertThat(new Segment("s", "A", null, "#ABCDEF").color()).isEqualTo("#abcdef");
        assertThat(new Segment("s", "A", null, null).color()).isEqualTo("#4c78a8");
        assertThatThrownBy(() -> new Segment("s", "A", null, "red")).hasMessageContaining("'red'");
    }

    @Test
    void elementsNeedIdsAndPositiveWidths() {
        assertThatThrownBy(() -> new Stage(" ", "Search")).hasMessage("A stage needs an id");
        assertThatThrownBy(() -> new Stage("s", "Search", "", 0)).hasMessageContaining("positive width");
        assertThatThrownBy(() -> new Stage("s", "Search", "", Double.NaN)).hasMessageContaining("positive width");
    }

    @Test
    void touchpointCopiesItsCollectionsSoTheMapCannotChangeBehindItsBack() {
        List<String> expectations = new ArrayList<>(List.of("Fast"));
        Touchpoint tp = Touchpoint.builder("t", "s", "l").expectations(expectations).build();
        expectations.add("Cheap");

        assertThat(tp.expectations()).containsExactly("Fast");
        assertThatThrownBy(() -> tp.expectations().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(tp.toBuilder().build()).isEqualTo(tp);
    }

    @Test
    void blankExpectationsAreDroppedAndSatisfactionKeepsItsOrder() {
        Map<String, Double> ratings = new java.util.LinkedHashMap<>();
        ratings.put("z", 1.0);
        ratings.put("a", 2.0);
        Touchpoint tp = Touchpoint.builder("t", "s", "l").expectations(List.of(" Fast ", "", "  "))
                .satisfaction(ratings).build();

        assertThat(tp.expectations()).containsExactly("Fast");
        assertThat(tp.satisfaction().keySet()).containsExactly("z", "a");
    }

    @Test
    void journeyOrderFollowsStagesThenLanesThenCellOrder() {
        JourneyMap map = SampleMaps.checkout();
        Touchpoint early = Touchpoint.builder("tp-early", "st-buy", "lane-tp").order(-1).title("Early").build();
        Touchpoint other = Touchpoint.builder("tp-note", "st-search", "lane-em").title("Note").build();
        List<Touchpoint> all = new ArrayList<>(map.touchpoints());
        all.add(early);
        all.add(other);

        assertThat(map.withTouchpoints(all).touchpointsInJourneyOrder()).extracting(Touchpoint::id)
                .containsExactly("tp-find", "tp-note", "tp-early", "tp-pay");
        assertThat(map.withTouchpoints(all).touchpointsIn("st-buy", "lane-tp")).extracting(Touchpoint::id)
                .containsExactly("tp-early", "tp-pay");
    }

    @Test
    void blankMapHasTheUsualLanesAndTheDefaultScale() {
        JourneyMap blank = JourneyMap.blank("m", "New", Instant.parse("2026-01-05T09:00:00Z"));

        assertThat(blank.lanes()).extracting(Lane::kind).startsWith(LaneKind.TOUCHPOINTS).contains(LaneKind.EMOTION);
        assertThat(blank.scale()).isEqualTo(RatingScale.ONE_TO_FIVE);
        assertThat(MapValidator.validate(blank)).isEmpty();
    }

    @Test
    void freshIdsDoNotRepeat() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(ids.add(Ids.next("tp"))).isTrue();
        }
    }

    @Test
    void customerTouchpointsLeaveOutBackstageNotesAndOrphans() {
        JourneyMap map = SampleMaps.checkout();
        List<Lane> lanes = new ArrayList<>(map.lanes());
        lanes.add(new Lane("lane-back", LaneKind.BACKSTAGE, "", true));
        lanes.add(new Lane("lane-notes", LaneKind.NOTES, "", true));
        List<Touchpoint> all = new ArrayList<>(map.touchpoints());
        all.add(Touchpoint.builder("tp-pick", "st-buy", "lane-back").title("Pick the order").build());
        all.add(Touchpoint.builder("tp-hint", "st-search", "lane-notes").title("Hint").build());
        all.add(Touchpoint.builder("tp-lost", "st-gone", "lane-tp").title("Lost").build());

        assertThat(map.withLanes(lanes).withTouchpoints(all).customerTouchpoints()).extracting(Touchpoint::id)
                .containsExactly("tp-find", "tp-pay");
    }
}

package org.journeystudio.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.journeystudio.testing.SampleMaps.EMOTION;
import static org.journeystudio.testing.SampleMaps.PAIN_POINTS;
import static org.journeystudio.testing.SampleMaps.TOUCHPOINTS;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

@FastTest
class MapLayoutTest {
    private static final LayoutStyle STYLE = LayoutStyle.DEFAULT;
    private final JourneyMap map = SampleMaps.shopping("map-1", "Shopping");
    private final MapLayout layout = MapLayout.of(map, STYLE);

    @Test
    void columnsFollowWidthHintsSideBySideWithoutOverlap() {
        List<StageColumn> columns = layout.columns();
        assertThat(columns).extracting(StageColumn::stageId).containsExactly("st-search", "st-buy", "st-receive");
        assertThat(columns).extracting(StageColumn::width).containsExactly(220.0, 300.0, 260.0);
        assertThat(columns.get(0).x()).isEqualTo(STYLE.laneHeaderWidth());
        for (int i = 1; i < columns.size(); i++) {
            assertThat(columns.get(i).x()).isEqualTo(columns.get(i - 1).body().right());
            assertThat(columns.get(i).body().overlaps(columns.get(i - 1).body())).isFalse();
        }
        assertThat(layout.width()).isEqualTo(STYLE.laneHeaderWidth() + 220 + 300 + 260);
    }

    @Test
    void rowsStackUnderTheStageHeadersAndFillTheHeight() {
        List<LaneRow> rows = layout.rows();
        assertThat(rows).hasSize(6);
        assertThat(rows.get(0).y()).isEqualTo(STYLE.stageHeaderHeight());
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).y()).isEqualTo(rows.get(i - 1).body().bottom());
        }
        assertThat(layout.height()).isEqualTo(rows.get(rows.size() - 1).body().bottom());
        assertThat(layout.columns()).allSatisfy(c -> assertThat(c.body().bottom()).isEqualTo(layout.height()));
    }

    @Test
    void hiddenLanesTakeNoSpaceAndShowNothing() {
        MapLayout hidden = MapLayout.of(hiding(map, PAIN_POINTS), STYLE);
        double painHeight = layout.row(PAIN_POINTS).orElseThrow().height();

        assertThat(hidden.row(PAIN_POINTS)).isEmpty();
        assertThat(hidden.rows()).hasSize(layout.rows().size() - 1);
        assertThat(hidden.height()).isCloseTo(layout.height() - painHeight, within(1e-9));
        assertThat(hidden.notes()).noneMatch(n -> n.kind() == NoteKind.PAIN_POINT);
        assertThat(layout.notes()).anyMatch(n -> n.kind() == NoteKind.PAIN_POINT);
    }

    @Test
    void hidingTheEmotionLaneRemovesTheCurve() {
        assertThat(MapLayout.of(hiding(map, EMOTION), STYLE).curve()).isEmpty();
    }

    @Test
    void everyCardStaysInsideItsCellStackedInCellOrderWithoutOverlap() {
        assertThat(layout.cards()).hasSize(map.touchpoints().size());
        for (Touchpoint t : map.touchpoints()) {
            Box cell = layout.cell(t.stageId(), t.laneId()).orElseThrow();
            assertThat(cell.contains(layout.card(t.id()).orElseThrow().box()))
                    .as("card %s inside %s", t.id(), cell).isTrue();
        }
        Box cart = layout.card("tp-cart").orElseThrow().box();
        Box pay = layout.card("tp-pay").orElseThrow().box();
        assertThat(pay.y()).isGreaterThan(cart.y());
        assertThat(pay.overlaps(cart)).isFalse();
        assertThat(pay.x()).isEqualTo(cart.x());
    }

    @Test
    void aCardLaneGrowsToFitItsFullestCell() {
        List<Touchpoint> many = new java.util.ArrayList<>(map.touchpoints());
        IntStream.range(0, 4).forEach(i -> many.add(Touchpoint.builder("tp-extra-" + i, "st-receive", TOUCHPOINTS)
                .order(10 + i).title("Extra " + i).build()));
        MapLayout tall = MapLayout.of(map.withTouchpoints(many), STYLE);

        double expected = 2 * STYLE.cellPadding() + 5 * STYLE.cardHeight() + 4 * STYLE.cardGap();
        assertThat(tall.row(TOUCHPOINTS).orElseThrow().height()).isEqualTo(expected);
        assertThat(tall.row(TOUCHPOINTS).orElseThrow().height())
                .isGreaterThan(layout.row(TOUCHPOINTS).orElseThrow().height());
        for (Touchpoint t : many) {
            assertThat(tall.cell(t.stageId(), t.laneId()).orElseThrow()
                    .contains(tall.card(t.id()).orElseThrow().box())).isTrue();
        }
    }

    @Test
    void theCurveHasOnePointPerTouchpointInJourneyOrderRunningLeftToRight() {
        assertThat(layout.curve()).extracting(CurvePoint::touchpointId)
                .containsExactly("tp-search", "tp-reviews", "tp-cart", "tp-pay", "tp-deliver");
        for (int i = 1; i < layout.curve().size(); i++) {
            assertThat(layout.curve().get(i).x()).isGreaterThan(layout.curve().get(i - 1).x());
        }
    }

    @Test
    void aHappierTouchpointSitsHigherOnTheCurveWithinTheEmotionLane() {
        Box lane = layout.row(EMOTION).orElseThrow().body();
        List<CurvePoint> byScore = layout.curve().stream()
                .sorted(java.util.Comparator.comparingInt(CurvePoint::score)).toList();
        for (int i = 1; i < byScore.size(); i++) {
            assertThat(byScore.get(i).y()).isLessThan(byScore.get(i - 1).y());
        }
        assertThat(layout.curve()).allSatisfy(p -> {
            assertThat(p.y()).isBetween(lane.y(), lane.bottom());
            assertThat(p.x()).isBetween(lane.x(), lane.right());
        });
        CurvePoint delighted = byScore.get(byScore.size() - 1);
        assertThat(delighted.y()).isEqualTo(lane.y() + STYLE.cellPadding());
    }

    @Test
    void curvePointsSitInTheirStageColumn() {
        for (CurvePoint p : layout.curve()) {
            String stageId = map.touchpoint(p.touchpointId()).orElseThrow().stageId();
            StageColumn column = layout.column(stageId).orElseThrow();
            assertThat(p.x()).isStrictlyBetween(column.x(), column.body().right());
        }
    }

    @Test
    void stickyNotesStackInTheirLanesInsideTheStageOfTheirTouchpoint() {
        // Lane by lane (pain points above opportunities), then in journey order.
        assertThat(layout.notes()).extracting(StickyNote::text).containsExactly(
                "Card declined twice without saying why, so I almost gave up",
                "Late", "Box damaged",
                "Show verified reviews first");
        for (StickyNote note : layout.notes()) {
            String laneId = note.kind() == NoteKind.PAIN_POINT ? PAIN_POINTS : "lane-opportunities";
            String stageId = map.touchpoint(note.touchpointId()).orElseThrow().stageId();
            assertThat(layout.cell(stageId, laneId).orElseThrow().contains(note.box())).isTrue();
        }
        StickyNote late = layout.notes().get(1);
        StickyNote damaged = layout.notes().get(2);
        assertThat(damaged.box().y()).isGreaterThanOrEqualTo(late.box().bottom());
        assertThat(late.severity()).isEqualTo(2);
    }

    @Test
    void longNotesWrapIntoTallerBoxesThatFitTheirLines() {
        StickyNote declined = layout.notes().get(0);
        StickyNote late = layout.notes().get(1);
        assertThat(declined.lines()).hasSizeGreaterThan(1);
        assertThat(declined.box().h()).isGreaterThan(late.box().h());
        int charsPerLine = (int) ((declined.box().w() - 2 * STYLE.notePadding()) / STYLE.charWidth());
        assertThat(declined.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(charsPerLine));
        assertThat(String.join(" ", declined.lines())).isEqualTo(declined.text());
    }

    @Test
    void channelAndExpectationLanesCarryTheirTouchpointsText() {
        List<TextBlock> channels = layout.texts().stream().filter(t -> t.laneId().equals("lane-channel")).toList();
        assertThat(channels).extracting(TextBlock::text)
                .containsExactly("Web", "Web", "Mobile app", "Mobile app", "Delivery");
        List<TextBlock> expectations = layout.texts().stream()
                .filter(t -> t.laneId().equals("lane-expectations")).toList();
        assertThat(expectations).singleElement().satisfies(t -> {
            assertThat(t.touchpointId()).isEqualTo("tp-search");
            assertThat(t.lines().get(0)).startsWith("• Relevant");
        });
        for (TextBlock text : layout.texts()) {
            String stageId = map.touchpoint(text.touchpointId()).orElseThrow().stageId();
            assertThat(layout.cell(stageId, text.laneId()).orElseThrow().contains(text.box())).isTrue();
        }
    }

    @Test
    void aBackstageLaneHoldsItsOwnCardsButStaysOffTheCustomersCurve() {
        List<Lane> lanes = new ArrayList<>(map.lanes());
        lanes.add(new Lane("lane-back", LaneKind.BACKSTAGE, "", true));
        List<Touchpoint> cards = new ArrayList<>(map.touchpoints());
        cards.add(Touchpoint.builder("tp-warehouse", "st-buy", "lane-back").title("Pick the order").build());
        JourneyMap withBackstage = map.withLanes(lanes).withTouchpoints(cards);
        MapLayout l = MapLayout.of(withBackstage, STYLE);
        assertThat(l.cell("st-buy", "lane-back").orElseThrow().contains(l.card("tp-warehouse").orElseThrow().box()))
                .isTrue();
        assertThat(l.curve()).hasSize(MapLayout.of(map, STYLE).curve().size())
                .noneMatch(p -> p.touchpointId().equals("tp-warehouse"));
    }

    @Test
    void anEmptyMapIsJustTheHeaders() {
        MapLayout empty = MapLayout.of(SampleMaps.journey("m").titled("Empty").build(), STYLE);
        assertThat(empty.columns()).isEmpty();
        assertThat(empty.cards()).isEmpty();
        assertThat(empty.width()).isEqualTo(STYLE.laneHeaderWidth());
        assertThat(empty.rows()).allSatisfy(r -> assertThat(r.height()).isGreaterThanOrEqualTo(STYLE.minLaneHeight()));
    }

    @Test
    void aNarrowStageStillKeepsItsCardsInside() {
        JourneyMap narrow = map.withStages(map.stages().stream()
                .map(s -> s.id().equals("st-buy") ? s.withWidthHint(10) : s).toList());
        MapLayout l = MapLayout.of(narrow, STYLE);
        Box cell = l.cell("st-buy", TOUCHPOINTS).orElseThrow();
        assertThat(cell.contains(l.card("tp-pay").orElseThrow().box())).isTrue();
        assertThat(l.notes()).allSatisfy(n -> assertThat(n.box().w()).isGreaterThanOrEqualTo(0));
    }

    /** {@code map} with one lane hidden. */
    @Test
    void aLaneGrowsToFitItsWrappedTitleButTheEmotionLaneKeepsItsHeight() {
        double shortTitle = layout.row(PAIN_POINTS).orElseThrow().height();
        JourneyMap longTitles = map.withLanes(map.lanes().stream()
                .map(l -> l.id().equals(PAIN_POINTS) || l.id().equals(EMOTION)
                        ? l.withTitle("What went wrong, and how much it hurt at the time") : l).toList());
        MapLayout grown = MapLayout.of(longTitles, STYLE);

        assertThat(grown.row(PAIN_POINTS).orElseThrow().height()).isGreaterThan(shortTitle);
        // Four lines of title, each a line of text a little taller than a note's, plus the cell padding.
        assertThat(grown.row(PAIN_POINTS).orElseThrow().height())
                .isGreaterThanOrEqualTo(4 * STYLE.lineHeight() + 2 * STYLE.cellPadding());
        assertThat(grown.row(EMOTION).orElseThrow().height()).isEqualTo(STYLE.emotionLaneHeight());
    }

    private static JourneyMap hiding(JourneyMap map, String laneId) {
        return map.withLanes(map.lanes().stream().map(l -> l.id().equals(laneId) ? l.withVisible(false) : l).toList());
    }
}

package org.journeystudio.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.journeystudio.layout.Connector.Bend;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.LinkKind;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointImage;
import org.journeystudio.model.TouchpointLink;
import org.journeystudio.testing.BranchedMaps;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Paths as tracks of their stage, connectors routed around cards, and an emotion curve per path. */
@FastTest
class PathLayoutTest {
    private static final JourneyMap SHOP = BranchedMaps.shop("shop");

    @Test
    void aStageWithPathsSplitsItsColumnIntoNamedTracksUnderATallerHeader() {
        MapLayout layout = MapLayout.of(SHOP);
        StageColumn receive = layout.column("st-receive").orElseThrow();

        assertThat(layout.style().stageHeaderHeight())
                .isEqualTo(LayoutStyle.DEFAULT.stageHeaderHeight() + PathTracks.HEADER_STRIP);
        assertThat(layout.tracks()).extracting(PathTrack::name).containsExactly("Home delivery", "Click & collect");
        assertThat(layout.tracks().get(0).body().x()).isEqualTo(receive.x());
        assertThat(layout.tracks().get(1).body().right()).isEqualTo(receive.body().right());
        Box deliver = layout.card("tp-deliver").orElseThrow().box();
        Box collect = layout.card(BranchedMaps.COLLECT_CARD).orElseThrow().box();
        assertThat(layout.tracks().get(0).body().contains(deliver)).isTrue();
        assertThat(layout.tracks().get(1).body().contains(collect)).isTrue();
        assertThat(collect.y()).as("each track stacks its own cards from the top").isEqualTo(deliver.y());
    }

    @Test
    void derivedLanesPlaceEachItemUnderItsOwnPathsTrack() {
        // Both Receive cards get expectations, a pain point, an opportunity and a picture; with an Images lane.
        List<Lane> lanes = new ArrayList<>(SHOP.lanes());
        lanes.add(new Lane("lane-images", LaneKind.IMAGES, "Images", true));
        JourneyMap map = SHOP.withLanes(lanes);
        TouchpointImage picture = TouchpointImage.of("image/png", 40, 30, new byte[] {1, 2, 3});
        List<Touchpoint> cards = new ArrayList<>();
        for (Touchpoint t : map.touchpoints()) {
            boolean receive = t.stageId().equals("st-receive");
            cards.add(!receive ? t : t.toBuilder().expectations(List.of("Told when it comes, " + t.title()))
                    .painPoints(List.of(new PainPoint("Waited too long at " + t.title(), 2)))
                    .opportunityIds(List.of(SHOP.opportunities().get(0).id())).image(picture)
                    .build());
        }
        MapLayout layout = MapLayout.of(map.withTouchpoints(cards));
        PathTrack home = layout.tracks().get(0);
        PathTrack collect = layout.tracks().get(1);

        for (String id : List.of("tp-deliver", BranchedMaps.COLLECT_CARD)) {
            Box track = (id.equals("tp-deliver") ? home : collect).body();
            List<Box> derived = new ArrayList<>();
            layout.texts().stream().filter(b -> b.touchpointId().equals(id)).forEach(b -> derived.add(b.box()));
            layout.notes().stream().filter(n -> n.touchpointId().equals(id)).forEach(n -> derived.add(n.box()));
            layout.pictures().stream().filter(p -> p.touchpointId().equals(id)).forEach(p -> derived.add(p.box()));
            // a channel label, expectations, a pain note, an opportunity note, a picture
            assertThat(derived).as(id).hasSize(5).allSatisfy(b -> assertThat(track.contains(b))
                    .as("%s's %s inside its track %s", id, b, track).isTrue());
        }
        StickyNote firstHome = layout.notes().stream().filter(n -> n.touchpointId().equals("tp-deliver")).findFirst()
                .orElseThrow();
        StickyNote firstCollect = layout.notes().stream()
                .filter(n -> n.touchpointId().equals(BranchedMaps.COLLECT_CARD)).findFirst().orElseThrow();
        assertThat(firstCollect.box().y()).as("each track stacks its own notes from the top")
                .isEqualTo(firstHome.box().y());
    }

    @Test
    void aMapWithoutPathsKeepsItsLayout() {
        MapLayout layout = MapLayout.of(SampleMaps.shop("plain"));

        assertThat(layout.style()).isEqualTo(LayoutStyle.DEFAULT);
        assertThat(layout.tracks()).isEmpty();
        assertThat(layout.connectors()).isEmpty();
        assertThat(layout.pathCurves()).isEmpty();
    }

    @Test
    void connectorsRunOrthogonallyAndCrossNoCard() {
        MapLayout layout = MapLayout.of(SHOP);

        assertThat(layout.connectors()).extracting(Connector::kind)
                .containsExactlyInAnyOrder(LinkKind.NEXT, LinkKind.BRANCH, LinkKind.BRANCH, LinkKind.LOOP_BACK);
        assertThat(layout.arrows()).as("connectors are not dependency arrows").isEmpty();
        for (Connector c : layout.connectors()) {
            assertOrthogonal(c);
            assertThat(c.start()).satisfies(p -> assertOnEdge(layout.card(c.fromId()).orElseThrow().box(), p));
            assertThat(c.end()).satisfies(p -> assertOnEdge(layout.card(c.toId()).orElseThrow().box(), p));
            for (CardBox card : layout.cards()) {
                if (!card.touchpointId().equals(c.fromId()) && !card.touchpointId().equals(c.toId())) {
                    assertThat(crosses(c, card.box())).as("%s→%s crosses %s", c.fromId(), c.toId(),
                            card.touchpointId()).isFalse();
                }
            }
        }
    }

    @Test
    void aLoopBackRunsBelowTheCardsToTheEarlierCard() {
        MapLayout layout = MapLayout.of(SHOP);
        Connector loop = layout.connectors().stream().filter(c -> c.kind() == LinkKind.LOOP_BACK).findFirst()
                .orElseThrow();
        double lowest = layout.cards().stream().filter(c -> c.touchpointId().startsWith("tp-"))
                .mapToDouble(c -> c.box().bottom()).max().orElseThrow();

        assertThat(loop.points().stream().mapToDouble(Bend::y).max().orElseThrow()).isGreaterThan(lowest);
        assertThat(loop.end().x()).isEqualTo(layout.card("tp-cart").orElseThrow().box().x());
    }

    @Test
    @Timeout(10)
    void aCycleOfConnectorsOnAThousandCardsLaysOutAtOnce() {
        JourneyMap big = SampleMaps.journey("big").withStages(20).withCards(1000).build();
        List<Touchpoint> cards = big.touchpoints();
        List<Touchpoint> linked = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            Touchpoint t = cards.get(i);
            linked.add(i % 2 == 0 ? t.toBuilder().links(List.of(new TouchpointLink(cards.get((i + 1) % cards.size())
                    .id(), i % 4 == 0 ? LinkKind.NEXT : LinkKind.LOOP_BACK))).build() : t);
        }
        MapLayout layout = MapLayout.of(big.withTouchpoints(linked));

        assertThat(layout.connectors()).hasSize(500);
    }

    @Test
    void theEmotionCurveIsDrawnPerPathJoinedToTheMainCurve() {
        MapLayout layout = MapLayout.of(SHOP);

        assertThat(layout.curve()).extracting(CurvePoint::touchpointId)
                .containsExactly("tp-search", "tp-reviews", "tp-cart", "tp-pay");
        assertThat(layout.pathCurves()).extracting(PathCurve::name).containsExactly("Home delivery", "Click & collect");
        assertThat(layout.pathCurves().get(1).points()).extracting(CurvePoint::touchpointId)
                .containsExactly("tp-pay", BranchedMaps.COLLECT_CARD);
    }

    @Test
    void theHeatmapGroupsAStagesRowsByPathAndNamesThePath() {
        HeatmapLayout heatmap = HeatmapLayout.of(SHOP, List.of(SampleMaps.NEW_CUSTOMERS), HeatmapStyle.DEFAULT);

        assertThat(heatmap.rows()).filteredOn(r -> r.stageId().equals("st-receive")).extracting(HeatmapRow::title)
                .containsExactly("Home delivery · Parcel arrives", "Click & collect · Collect at the shop");
    }

    static void assertOrthogonal(Connector c) {
        for (int i = 1; i < c.points().size(); i++) {
            Bend a = c.points().get(i - 1);
            Bend b = c.points().get(i);
            assertThat(a.x() == b.x() || a.y() == b.y()).as("segment %d of %s→%s", i, c.fromId(), c.toId()).isTrue();
        }
    }

    static void assertOnEdge(Box box, Bend p) {
        boolean onX = (p.x() == box.x() || p.x() == box.right()) && p.y() >= box.y() && p.y() <= box.bottom();
        boolean onY = (p.y() == box.y() || p.y() == box.bottom()) && p.x() >= box.x() && p.x() <= box.right();
        assertThat(onX || onY).as("%s on the edge of %s", p, box).isTrue();
    }

    static boolean crosses(Connector c, Box box) {
        for (int i = 1; i < c.points().size(); i++) {
            Bend a = c.points().get(i - 1);
            Bend b = c.points().get(i);
            Box segment = new Box(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()),
                    Math.abs(a.y() - b.y()));
            if (segment.x() < box.right() && segment.right() > box.x() && segment.y() < box.bottom()
                    && segment.bottom() > box.y()) {
                return true;
            }
        }
        return false;
    }
}

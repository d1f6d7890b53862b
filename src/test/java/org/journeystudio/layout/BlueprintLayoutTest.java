package org.journeystudio.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.journeystudio.model.Blueprint;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.LaneRole;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointLink;
import org.journeystudio.testing.BranchedMaps;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

@FastTest
class BlueprintLayoutTest {
    private static final Lane BACK = new Lane("back", LaneKind.BACKSTAGE, "Back office", true, LaneRole.BACKSTAGE);
    private static final Lane CUSTOMER = new Lane("customer", LaneKind.TOUCHPOINTS, "Customer", true,
            LaneRole.CUSTOMER_ACTION);
    private static final Lane EMOTION = new Lane("emotion", LaneKind.EMOTION, "Emotion", true);

    /** A customer card that depends on a back-office card; the user put the back office first. */
    private static JourneyMap map() {
        Touchpoint ask = Touchpoint.builder("ask", "s", "customer").title("Ask")
                .links(List.of(TouchpointLink.dependsOn("check"))).build();
        Touchpoint check = Touchpoint.builder("check", "s", "back").title("Check").build();
        return new JourneyMap("m", "Map", "", "", Instant.EPOCH, Instant.EPOCH, RatingScale.ONE_TO_FIVE, List.of(),
                List.of(), List.of(new Stage("s", "Stage")), List.of(BACK, EMOTION, CUSTOMER), List.of(ask, check));
    }

    @Test
    void theBlueprintViewOrdersLanesByRoleAndPlacesEachLineOnALaneEdge() {
        MapLayout layout = MapLayout.of(map(), LayoutStyle.DEFAULT, MapView.BLUEPRINT);

        assertThat(layout.rows()).extracting(LaneRow::laneId).containsExactly("emotion", "customer", "back");
        LaneRow back = layout.row("back").orElseThrow();
        assertThat(layout.blueprintLines()).extracting(BlueprintLine::line).containsExactly(Blueprint.Line.values());
        // No frontstage lane: the lines of interaction and visibility meet above the back office.
        assertThat(layout.blueprintLines()).extracting(BlueprintLine::y)
                .containsExactly(back.y(), back.y(), back.body().bottom());
    }

    @Test
    void theJourneyViewKeepsTheUsersOrderWithoutLinesButWithTheArrows() {
        MapLayout layout = MapLayout.of(map(), LayoutStyle.DEFAULT, MapView.JOURNEY);

        assertThat(layout.rows()).extracting(LaneRow::laneId).containsExactly("back", "emotion", "customer");
        assertThat(layout.blueprintLines()).isEmpty();
        Connector arrow = layout.arrows().get(0);
        Box check = layout.card("check").orElseThrow().box();
        Box ask = layout.card("ask").orElseThrow().box();
        assertThat(arrow.fromId()).as("from the card that serves").isEqualTo("check");
        assertThat(arrow.toId()).as("to the card that depends").isEqualTo("ask");
        PathLayoutTest.assertOnEdge(check, arrow.start());
        PathLayoutTest.assertOnEdge(ask, arrow.end());
        assertThat(arrow.points()).as("nothing between them: one straight line").hasSize(2);
        assertThat(layout.connectors()).as("a dependency is no connector").isEmpty();
    }

    @Test
    void dependencyArrowsTakeTheConnectorsRoutesAroundEveryOtherCard() {
        // The branched shop with a backstage lane above its touchpoints (two cards a stage, one a track) and a
        // support lane below, each card depending on every other: arrows up, down, left and right, across lanes
        // and tracks, past stacked cards.
        JourneyMap shop = BranchedMaps.shop("shop");
        List<Lane> lanes = new ArrayList<>(List.of(BACK));
        lanes.addAll(shop.lanes());
        lanes.add(new Lane("support", LaneKind.BACKSTAGE, "Systems", true, LaneRole.SUPPORT_PROCESS));
        List<Touchpoint> cards = new ArrayList<>(shop.touchpoints());
        for (Stage stage : shop.stages()) {
            for (int i = 0; i < 2; i++) {
                String path = stage.paths().isEmpty() ? "" : stage.paths().get(i).id();
                cards.add(Touchpoint.builder("back-" + stage.id() + i, stage.id(), BACK.id()).order(i).pathId(path)
                        .build());
            }
            cards.add(Touchpoint.builder("support-" + stage.id(), stage.id(), "support").build());
        }
        List<String> ids = cards.stream().map(Touchpoint::id).toList();
        JourneyMap linked = shop.withLanes(lanes).withTouchpoints(cards.stream().map(t -> t.toBuilder().links(ids
                .stream().filter(id -> !id.equals(t.id())).map(TouchpointLink::dependsOn).toList()).build()).toList());

        for (MapView view : MapView.values()) {
            MapLayout layout = MapLayout.of(linked, LayoutStyle.DEFAULT, view);
            int shown = layout.cards().size();
            assertThat(shown).isEqualTo(15);
            assertThat(layout.arrows()).hasSize(shown * (shown - 1));
            for (Connector arrow : layout.arrows()) {
                PathLayoutTest.assertOrthogonal(arrow);
                PathLayoutTest.assertOnEdge(layout.card(arrow.fromId()).orElseThrow().box(), arrow.start());
                PathLayoutTest.assertOnEdge(layout.card(arrow.toId()).orElseThrow().box(), arrow.end());
                for (CardBox card : layout.cards()) {
                    if (!card.touchpointId().equals(arrow.fromId()) && !card.touchpointId().equals(arrow.toId())) {
                        assertThat(PathLayoutTest.crosses(arrow, card.box())).as("%s→%s crosses %s in %s",
                                arrow.fromId(), arrow.toId(), card.touchpointId(), view).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void aMapWithoutRolesHasNoLinesEvenInTheBlueprintView() {
        JourneyMap plain = JourneyMap.blank("m", "Plain", Instant.EPOCH);

        assertThat(MapLayout.of(plain, LayoutStyle.DEFAULT, MapView.BLUEPRINT).blueprintLines()).isEmpty();
    }
}

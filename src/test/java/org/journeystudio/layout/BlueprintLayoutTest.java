package org.journeystudio.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
        LinkArrow arrow = layout.arrows().get(0);
        Box check = layout.card("check").orElseThrow().box();
        Box ask = layout.card("ask").orElseThrow().box();
        assertThat(arrow.fromId()).isEqualTo("check");
        assertThat(arrow.toId()).isEqualTo("ask");
        assertThat(arrow.startY()).isEqualTo(check.bottom());
        assertThat(arrow.endY()).isEqualTo(ask.y());
    }

    @Test
    void aMapWithoutRolesHasNoLinesEvenInTheBlueprintView() {
        JourneyMap plain = JourneyMap.blank("m", "Plain", Instant.EPOCH);

        assertThat(MapLayout.of(plain, LayoutStyle.DEFAULT, MapView.BLUEPRINT).blueprintLines()).isEmpty();
    }
}

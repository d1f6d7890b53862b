package org.journeystudio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

@FastTest
class BlueprintTest {
    static final Lane NOTES = new Lane("notes", LaneKind.NOTES, "Notes", true);
    static final Lane SUPPORT = new Lane("support", LaneKind.BACKSTAGE, "Systems", true, LaneRole.SUPPORT_PROCESS);
    static final Lane CUSTOMER = new Lane("customer", LaneKind.TOUCHPOINTS, "Customer", true, LaneRole.CUSTOMER_ACTION);
    static final Lane BACK = new Lane("back", LaneKind.BACKSTAGE, "Back office", true, LaneRole.BACKSTAGE);
    static final Lane FRONT = new Lane("front", LaneKind.BACKSTAGE, "Staff", true, LaneRole.FRONTSTAGE);
    static final Lane EVIDENCE = new Lane("evidence", LaneKind.BACKSTAGE, "Evidence", true, LaneRole.PHYSICAL_EVIDENCE);

    /** A small blueprint: the customer's order depends on the waiter, who depends on the kitchen, on the till. */
    static JourneyMap restaurant() {
        Touchpoint order = card("order", CUSTOMER, "Order a meal").links(List.of(TouchpointLink.dependsOn("waiter")))
                .failPoint(true).build();
        Touchpoint waiter = card("waiter", FRONT, "Waiter takes the order")
                .links(List.of(TouchpointLink.dependsOn("kitchen"))).build();
        Touchpoint kitchen = card("kitchen", BACK, "Kitchen cooks").waitPoint(true).waitDuration("20 min")
                .links(List.of(TouchpointLink.dependsOn("till"))).build();
        Touchpoint till = card("till", SUPPORT, "Till prints the ticket").build();
        Touchpoint menu = card("menu", EVIDENCE, "Menu card").build();
        return new JourneyMap("m", "Restaurant", "", "", Instant.EPOCH, Instant.EPOCH, RatingScale.ONE_TO_FIVE,
                List.of(), List.of(), List.of(new Stage("eat", "Eat")),
                List.of(NOTES, SUPPORT, CUSTOMER, BACK, FRONT, EVIDENCE), List.of(order, waiter, kitchen, till, menu));
    }

    private static Touchpoint.Builder card(String id, Lane lane, String title) {
        return Touchpoint.builder(id, "eat", lane.id()).title(title);
    }

    @Test
    void theBlueprintOrdersLanesByRoleKeepingTheUsersOrderWithinARoleAndLanesWithoutOneFirst() {
        Lane otherNotes = new Lane("notes-2", LaneKind.NOTES, "More notes", true);
        Lane secondBack = new Lane("back-2", LaneKind.BACKSTAGE, "Finance", true, LaneRole.BACKSTAGE);

        List<Lane> ordered = Blueprint.lanesInRoleOrder(List.of(secondBack, NOTES, SUPPORT, CUSTOMER, BACK,
                otherNotes, FRONT, EVIDENCE));

        assertThat(ordered).extracting(Lane::id).containsExactly("notes", "notes-2", "evidence", "customer", "front",
                "back-2", "back", "support");
    }

    @Test
    void arrangingLeavesTheMapsOwnOrderAlone() {
        JourneyMap map = restaurant();

        JourneyMap arranged = Blueprint.arranged(map);

        assertThat(map.lanes()).extracting(Lane::id).startsWith("notes", "support");
        assertThat(arranged.lanes()).extracting(Lane::id)
                .containsExactly("notes", "evidence", "customer", "front", "back", "support");
        assertThat(Blueprint.arranged(arranged)).isSameAs(arranged);
    }

    @Test
    void aHandoffIsALinkAcrossTheLineOfInteractionOnly() {
        List<Blueprint.Handoff> handoffs = Blueprint.handoffs(restaurant());

        assertThat(handoffs).extracting(h -> h.from().id() + "→" + h.to().id()).containsExactly("order→waiter");
    }

    @Test
    void aConnectorAcrossTheLineOfInteractionIsNotAHandoff() {
        JourneyMap map = restaurant();
        // The customer's order leads on to the waiter (a connector) and depends on the menu (customer side): only
        // the dependency on the waiter crosses the line as a handoff, the connector beside it does not.
        Touchpoint order = map.touchpoint("order").orElseThrow();
        Touchpoint menu = map.touchpoint("menu").orElseThrow();
        List<Touchpoint> linked = map.touchpoints().stream().map(t -> t == order ? order.toBuilder().links(List.of(
                new TouchpointLink("kitchen", LinkKind.NEXT), TouchpointLink.dependsOn("waiter"),
                new TouchpointLink("till", LinkKind.BRANCH))).build()
                : t == menu ? menu.toBuilder().links(List.of(new TouchpointLink("waiter", LinkKind.LOOP_BACK))).build()
                : t).toList();

        List<Blueprint.Handoff> handoffs = Blueprint.handoffs(map.withTouchpoints(linked));

        assertThat(handoffs).extracting(h -> h.from().id() + "→" + h.to().id() + " " + h.kind())
                .containsExactly("order→waiter DEPENDS_ON");
    }

    @Test
    void eachLineLiesAboveTheFirstRoleBelowIt() {
        assertThat(Blueprint.Line.INTERACTION.below(LaneRole.CUSTOMER_ACTION)).isFalse();
        assertThat(Blueprint.Line.INTERACTION.below(LaneRole.FRONTSTAGE)).isTrue();
        assertThat(Blueprint.Line.VISIBILITY.below(LaneRole.FRONTSTAGE)).isFalse();
        assertThat(Blueprint.Line.VISIBILITY.below(LaneRole.BACKSTAGE)).isTrue();
        assertThat(Blueprint.Line.INTERNAL_INTERACTION.below(LaneRole.BACKSTAGE)).isFalse();
        assertThat(Blueprint.Line.INTERNAL_INTERACTION.below(LaneRole.SUPPORT_PROCESS)).isTrue();
        assertThat(Blueprint.Line.VISIBILITY.below(LaneRole.NONE)).isFalse();
        assertThat(Blueprint.Line.values()).extracting(Blueprint.Line::label).containsExactly("Line of interaction",
                "Line of visibility", "Line of internal interaction");
    }

    @Test
    void removingATouchpointTakesTheLinksToItAlong() {
        JourneyMap map = restaurant();

        JourneyMap without = map.withTouchpoints(map.touchpoints().stream().filter(t -> !t.id().equals("kitchen"))
                .toList());

        assertThat(without.touchpoint("waiter").orElseThrow().links()).isEmpty();
        assertThat(without.touchpoint("order").orElseThrow().links()).hasSize(1);
        assertThat(MapValidator.validate(without)).isEmpty();
    }

    @Test
    void aLinkToNothingOrToItselfIsAProblemAtTheTouchpointsLinks() {
        JourneyMap map = restaurant();
        Touchpoint till = map.touchpoint("till").orElseThrow();
        List<Touchpoint> broken = map.touchpoints().stream().map(t -> t != till ? t : till.toBuilder()
                .links(List.of(TouchpointLink.dependsOn("ghost"), TouchpointLink.dependsOn("till"))).build()).toList();
        JourneyMap bad = new JourneyMap(map.id(), map.title(), "", "", Instant.EPOCH, Instant.EPOCH, map.scale(),
                List.of(), List.of(), map.stages(), map.lanes(), broken);

        assertThat(MapValidator.validate(bad)).extracting(ValidationProblem::path)
                .containsExactly("touchpoints[till].links[0].to", "touchpoints[till].links[1].to");
        assertThat(MapValidator.validate(bad).get(0).message())
                .isEqualTo("Touchpoint 'Till prints the ticket' depends on touchpoint 'ghost', which does not exist in"
                        + " its scenario");
    }

    @Test
    void aWaitDurationBelongsToAWaitPointAndDuplicateLinksCountOnce() {
        Touchpoint t = Touchpoint.builder("t", "s", "l").waitPoint(false).waitDuration("5 min")
                .links(List.of(TouchpointLink.dependsOn("x"), TouchpointLink.dependsOn("x"))).build();

        assertThat(t.waitDuration()).isEmpty();
        assertThat(t.links()).hasSize(1);
        assertThat(t.toBuilder().build()).isEqualTo(t);
    }
}

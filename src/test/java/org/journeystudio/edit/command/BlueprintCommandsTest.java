package org.journeystudio.edit.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.journeystudio.compare.FieldChange;
import org.journeystudio.compare.MapComparison;
import org.journeystudio.edit.Document;
import org.journeystudio.edit.clipboard.TouchpointClipboard;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.LaneRole;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointLink;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** Lane roles, fail and wait points and links through the undo stack, scenario copies, copy/paste and compare. */
@FastTest
class BlueprintCommandsTest {
    private static final JourneyMap HOTEL = hotel();

    private static JourneyMap hotel() {
        try (var in = BlueprintCommandsTest.class.getResourceAsStream(
                "/org/journeystudio/store/templates/service-blueprint.journey.json")) {
            return JourneyJson.read(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8),
                    "service-blueprint.journey.json");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aLaneRoleAndAFailPointAreOneUndoStepEach() {
        Document document = new Document(HOTEL);

        document.execute(SetLaneRole.of(document.map(), "lane-channel",
                LaneRole.PHYSICAL_EVIDENCE));
        document.execute(SetTouchpointField.of(document.map(), "tp-survey", TouchpointField.FAIL_POINT, true));

        assertThat(document.map().lane("lane-channel").orElseThrow().role()).isEqualTo(LaneRole.PHYSICAL_EVIDENCE);
        assertThat(document.map().touchpoint("tp-survey").orElseThrow().failPoint()).isTrue();
        document.undo();
        assertThat(document.map().touchpoint("tp-survey").orElseThrow().failPoint()).isFalse();
        document.undo();
        assertThat(document.map()).isEqualTo(HOTEL);
    }

    @Test
    void deletingACardDropsTheArrowsToItAndUndoBringsThemBack() {
        Document document = new Document(HOTEL);

        document.execute(RemoveTouchpoints.of(document.map(), Set.of("tp-receptionist")));

        assertThat(document.map().touchpoint("tp-checkin").orElseThrow().links()).isEmpty();
        document.undo();
        assertThat(document.map()).isEqualTo(HOTEL);
    }

    @Test
    void aScenarioCopyLinksItsOwnCopies() {
        Iterator<String> ids = Stream.iterate(1, i -> i + 1).map(i -> "copy-" + i).iterator();
        Document document = new Document(HOTEL);

        document.execute(AddScenario.copying(document.map(), "as-is", "To-be", ids::next));

        JourneyMap toBe = document.map();
        Touchpoint checkin = toBe.touchpoints().stream().filter(t -> t.origin().equals("tp-checkin")).findFirst()
                .orElseThrow();
        Touchpoint receptionist = toBe.touchpoints().stream().filter(t -> t.origin().equals("tp-receptionist"))
                .findFirst().orElseThrow();
        assertThat(checkin.links()).containsExactly(TouchpointLink.dependsOn(receptionist.id()));
    }

    @Test
    void pastedCardsKeepTheLinksBetweenThemAndDropLinksToCardsTheTargetLacks() {
        TouchpointClipboard copied = TouchpointClipboard.copy(HOTEL, List.of("tp-checkin", "tp-receptionist"));
        JourneyMap blank = JourneyMap.blank("other", "Other", HOTEL.created())
                .withStages(List.of(new org.journeystudio.model.Stage("s", "Somewhere")));
        Iterator<String> ids = List.of("new-checkin", "new-receptionist").iterator();

        JourneyMap pasted = copied.pasteInto(blank, "s", "lane-touchpoints", 0, ids::next).apply(blank);

        assertThat(pasted.touchpoint("new-checkin").orElseThrow().links())
                .containsExactly(TouchpointLink.dependsOn("new-receptionist"));
        // The receptionist depended on housekeeping and the key encoder, which the other map has not.
        assertThat(pasted.touchpoint("new-receptionist").orElseThrow().links()).isEmpty();
    }

    @Test
    void compareListsFailPointWaitPointAndLinks() {
        Touchpoint book = HOTEL.touchpoint("tp-book").orElseThrow();
        JourneyMap after = HOTEL.withTouchpoint(book.toBuilder().failPoint(true).waitPoint(true)
                .waitDuration("5 min").links(List.of(TouchpointLink.dependsOn("tp-crm"))).build());

        MapComparison comparison = MapComparison.of(HOTEL, after);

        assertThat(comparison.changed()).hasSize(1);
        assertThat(comparison.changed().get(0).fields()).extracting(FieldChange::field)
                .containsExactly("failPoint", "waitPoint", "links");
        assertThat(comparison.changed().get(0).fields()).extracting(FieldChange::after)
                .containsExactly("yes", "yes, 5 min", "depends on 'CRM sends the survey and collects the answers'");
    }
}

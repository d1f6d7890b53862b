package org.journeystudio.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.journeystudio.edit.command.AddScenario;
import org.journeystudio.edit.command.AddTouchpoints;
import org.journeystudio.edit.command.RemoveTouchpoints;
import org.journeystudio.edit.command.RenameStage;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenarios;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.FreshIds;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** How touchpoints, stages and segments of two states are paired: by id, by scenario link, by title in stage. */
@FastTest
class MapMatchingTest {
    private final JourneyMap asIs = SampleMaps.longMap(6, 30, 3);

    private static Supplier<String> ids(String prefix) {
        AtomicInteger next = new AtomicInteger();
        return () -> prefix + next.incrementAndGet();
    }

    private static JourneyMap withToBe(JourneyMap map) {
        return AddScenario.copying(map, Scenarios.FIRST_ID, "To-be", ids("c-")).apply(map);
    }

    @Test
    void aToBeScenarioMatchesItsAsIsByLinkBothWaysRound() {
        JourneyMap toBe = withToBe(asIs);
        String copyOfFirst = toBe.touchpoints().get(0).id();
        JourneyMap edited = new SetTouchpointField<>(Set.of(copyOfFirst), TouchpointField.TITLE, "Redesigned", "")
                .apply(toBe);
        JourneyMap shownAsIs = edited.showing(Scenarios.FIRST_ID);

        MapComparison forward = MapComparison.of(shownAsIs, edited);
        MapComparison backward = MapComparison.of(edited, shownAsIs);

        for (MapComparison comparison : List.of(forward, backward)) {
            assertThat(comparison.added()).isEmpty();
            assertThat(comparison.removed()).isEmpty();
            assertThat(comparison.unchanged()).isEqualTo(asIs.touchpoints().size() - 1);
            assertThat(comparison.changed()).singleElement().satisfies(c -> {
                assertThat(c.match()).isEqualTo(MatchKind.LINK);
                assertThat(c.renamed()).isTrue();
                assertThat(c.fieldNames()).containsExactly("title");
            });
        }
        assertThat(forward.changed().get(0).fields().get(0))
                .isEqualTo(new FieldChange("title", asIs.touchpoints().get(0).title(), "Redesigned"));
        assertThat(forward.changed().get(0).afterId()).isEqualTo(copyOfFirst);
        assertThat(backward.changed().get(0).beforeId()).isEqualTo(copyOfFirst);
    }

    @Test
    void linksAreFollowedThroughAScenarioCopiedFromACopyAndBetweenTwoCopiesOfOne() {
        JourneyMap toBe = withToBe(asIs);
        String toBeId = toBe.scenarios().activeId();
        JourneyMap twice = AddScenario.copying(toBe, toBeId, "To-be 2027", ids("d-")).apply(toBe);
        JourneyMap sibling = AddScenario.copying(twice, Scenarios.FIRST_ID, "Competitor", ids("e-")).apply(twice);

        MapComparison fromAsIs = MapComparison.of(sibling.showing(Scenarios.FIRST_ID),
                sibling.showing(twice.scenarios().activeId()));
        MapComparison betweenCopies = MapComparison.of(sibling.showing(toBeId), sibling);

        for (MapComparison comparison : List.of(fromAsIs, betweenCopies)) {
            assertThat(comparison.noTouchpointChanges()).isTrue();
            assertThat(comparison.unchanged()).isEqualTo(asIs.touchpoints().size());
        }
    }

    @Test
    void filesWithDifferentIdsMatchByTitleWithinTheSameStage() {
        AtomicInteger next = new AtomicInteger();
        JourneyMap other = FreshIds.renew(asIs, prefix -> prefix + "-x" + next.incrementAndGet());
        Touchpoint first = other.touchpointsInJourneyOrder().get(0);
        Touchpoint second = other.touchpointsInJourneyOrder().get(1);
        JourneyMap edited = new SetTouchpointField<>(Set.of(first.id()), TouchpointField.OWNER, "Someone new", "")
                .apply(RemoveTouchpoints.of(other, Set.of(second.id())).apply(other));

        MapComparison comparison = MapComparison.of(asIs, edited);

        assertThat(comparison.removed()).extracting(TouchpointChange::title).containsExactly(second.title());
        assertThat(comparison.added()).isEmpty();
        assertThat(comparison.changed()).singleElement().satisfies(c -> {
            assertThat(c.match()).isEqualTo(MatchKind.TITLE);
            assertThat(c.afterId()).isEqualTo(first.id());
            assertThat(c.fieldNames()).containsExactly("owner");
        });
        // Each stage is found under its new id (no stage is left over as only old), its curve unchanged but where
        // a card went.
        assertThat(comparison.stages()).extracting(StageEmotion::stageId)
                .containsExactlyElementsOf(other.stages().stream().map(s -> s.id()).toList());
        assertThat(comparison.stages()).filteredOn(s -> !s.stageId().equals(second.stageId()))
                .allSatisfy(s -> assertThat(s.before()).isEqualTo(s.after()));
        assertThat(comparison.satisfaction()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.delta()).isZero());
    }

    @Test
    void aTitleMatchNeedsTheSameStageAndIgnoresCaseAndOuterSpaces() {
        Touchpoint card = asIs.touchpointsInJourneyOrder().get(0);
        String otherStage = asIs.stages().stream().filter(s -> !s.id().equals(card.stageId())).findFirst()
                .orElseThrow().id();
        JourneyMap without = RemoveTouchpoints.of(asIs, Set.of(card.id())).apply(asIs);
        JourneyMap sameStage = AddTouchpoints.one(card.toBuilder().id("elsewhere").title("  "
                + card.title().toUpperCase() + " ").build(), 0).apply(without);
        JourneyMap otherPlace = AddTouchpoints.one(card.toBuilder().id("elsewhere").stageId(otherStage).build(), 0)
                .apply(without);

        assertThat(MapComparison.of(asIs, sameStage).changed()).singleElement()
                .satisfies(c -> assertThat(c.match()).isEqualTo(MatchKind.TITLE));
        MapComparison moved = MapComparison.of(asIs, otherPlace);
        assertThat(moved.added()).extracting(TouchpointChange::id).containsExactly("elsewhere");
        assertThat(moved.removed()).extracting(TouchpointChange::id).containsExactly(card.id());
    }

    @Test
    void stagesAndSegmentsWithNewIdsMatchByName() {
        AtomicInteger next = new AtomicInteger();
        JourneyMap other = FreshIds.renew(asIs, prefix -> prefix + "-y" + next.incrementAndGet());
        String stageId = other.stages().get(0).id();
        JourneyMap renamed = new RenameStage(stageId, "Somewhere else", "").apply(other);

        MapComparison comparison = MapComparison.of(asIs, renamed);

        // Every segment lines up by name, so every rating is compared with its own.
        Set<String> segmentIds = Set.copyOf(other.segments().stream().map(Segment::id).toList());
        assertThat(comparison.satisfaction()).allSatisfy(d -> {
            assertThat(segmentIds).contains(d.segmentId());
            assertThat(d.delta()).isZero();
        });
        // The renamed stage no longer matches: its cards count as added and removed, the others as unchanged.
        long inRenamed = asIs.touchpoints().stream().filter(t -> t.stageId().equals(asIs.stages().get(0).id()))
                .count();
        assertThat(comparison.added()).hasSize((int) inRenamed);
        assertThat(comparison.removed()).hasSize((int) inRenamed);
        assertThat(comparison.unchanged()).isEqualTo(asIs.touchpoints().size() - (int) inRenamed);
        assertThat(comparison.stages()).extracting(StageEmotion::stage).contains("Somewhere else",
                asIs.stages().get(0).name());
    }
}

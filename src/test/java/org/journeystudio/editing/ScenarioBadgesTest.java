package org.journeystudio.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.journeystudio.edit.command.AddScenario;
import org.journeystudio.edit.command.DuplicateTouchpoints;
import org.journeystudio.edit.command.RemoveScenario;
import org.journeystudio.editing.ScenarioBadges.Badge;
import org.journeystudio.editing.ScenarioEdits;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointLink;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** Cards are new, changed or unchanged against the scenario the shown one was copied from; removed ones are counted. */
@FastTest
class ScenarioBadgesTest {
    private final JourneyMap asIs = SampleMaps.retailer();
    private final JourneyMap toBe = AddScenario.copying(asIs, asIs.scenarios().activeId(), Scenario.TO_BE,
            ScenarioEdits.freshIds()).apply(asIs);

    @Test
    void aScenarioCopiedFromNoneHasNoBadges() {
        assertThat(ScenarioBadges.of(asIs)).isEqualTo(ScenarioBadges.NONE);
        assertThat(ScenarioBadges.of(toBe.showing(asIs.scenarios().activeId())).compared()).isFalse();
        assertThat(ScenarioBadges.NONE.summary()).isEmpty();
    }

    @Test
    void aFreshCopyIsUnchangedThroughout() {
        ScenarioBadges badges = ScenarioBadges.of(toBe);
        assertThat(badges.compared()).isTrue();
        assertThat(badges.badges()).hasSize(asIs.touchpoints().size()).containsOnlyKeys(ids(toBe))
                .allSatisfy((id, badge) -> assertThat(badge).isEqualTo(Badge.UNCHANGED));
        assertThat(badges.summary()).isEqualTo("0 new · 0 changed · 0 removed since As-is");
    }

    @Test
    void aFreshCopyOfLinkedCardsIsUnchangedThoughItsLinksPointAtTheCopies() {
        Touchpoint first = asIs.touchpoints().get(0);
        Touchpoint linked = first.toBuilder().links(List.of(TouchpointLink.dependsOn(asIs.touchpoints().get(1).id())))
                .build();
        JourneyMap withLink = asIs.withTouchpoint(linked);
        JourneyMap copy = AddScenario.copying(withLink, withLink.scenarios().activeId(), Scenario.TO_BE,
                ScenarioEdits.freshIds()).apply(withLink);
        assertThat(copy.touchpoints()).anySatisfy(t -> assertThat(t.links()).isNotEmpty());
        assertThat(ScenarioBadges.of(copy).summary()).isEqualTo("0 new · 0 changed · 0 removed since As-is");
    }

    @Test
    void anEditedCardIsChangedADeletedOneCountedAndAnAddedOneNew() {
        List<Touchpoint> cards = new ArrayList<>(toBe.touchpoints());
        Touchpoint edited = cards.get(0).toBuilder().title("Find shoes in two clicks").build();
        cards.set(0, edited);
        Touchpoint deleted = cards.remove(1);
        Touchpoint added = Touchpoint.builder("tp-chat", edited.stageId(), edited.laneId()).title("Chat with a fitter")
                .order(99).build();
        cards.add(added);
        ScenarioBadges badges = ScenarioBadges.of(toBe.withTouchpoints(cards));

        assertThat(badges.of(edited.id())).isEqualTo(Badge.CHANGED);
        assertThat(badges.of(added.id())).isEqualTo(Badge.NEW);
        assertThat(badges.badges()).doesNotContainKey(deleted.id());
        assertThat(badges.removed()).isEqualTo(1);
        assertThat(badges.count(Badge.UNCHANGED)).isEqualTo(asIs.touchpoints().size() - 2);
        assertThat(badges.summary()).isEqualTo("1 new · 1 changed · 1 removed since As-is");
    }

    @Test
    void aDuplicateOfACopiedCardIsNewAndTheOriginalStaysUnchanged() {
        Touchpoint original = toBe.touchpoints().get(2);
        JourneyMap duplicated = DuplicateTouchpoints.of(toBe, Set.of(original.id()), () -> "tp-twin").apply(toBe);

        ScenarioBadges badges = ScenarioBadges.of(duplicated);
        assertThat(badges.of(original.id())).isEqualTo(Badge.UNCHANGED);
        assertThat(badges.of("tp-twin")).isEqualTo(Badge.NEW);
        assertThat(badges.removed()).isZero();
    }

    @Test
    void deletingTheBasisRebasesTheCopyOnNothingAndTakesItsBadges() {
        JourneyMap rebased = RemoveScenario.of(toBe, asIs.scenarios().activeId()).apply(toBe);
        assertThat(ScenarioBadges.of(rebased)).isEqualTo(ScenarioBadges.NONE);
    }

    private static List<String> ids(JourneyMap map) {
        return map.touchpoints().stream().map(Touchpoint::id).toList();
    }
}

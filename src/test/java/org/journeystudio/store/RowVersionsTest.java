package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.journeystudio.editing.LastChanges;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Row versions and who changed a row: a save over a loaded project writes only over rows that did not move on, and
 * reports the others as conflicts instead of overwriting them or dropping its own change without a word.
 */
@SlowTest
@ParameterizedClass
@EnumSource(LibraryKind.class)
class RowVersionsTest {
    private static final Instant ALICE_SAVES = Instant.parse("2026-12-01T10:15:30Z");

    @Parameter
    LibraryKind kind;
    @TempDir
    Path folder;

    JdbcLibrary library;
    JourneyMap map;

    @BeforeEach
    void createProject() {
        library = kind.newPlace(folder).open(Clock.fixed(ALICE_SAVES, ZoneOffset.UTC));
        map = SampleMaps.rich("map-1");
        library.create(map);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void aSaveRaisesTheVersionsOfWhatItChangedAndSaysWhoChangedItAndWhen() {
        LoadedProject loaded = library.loadWithVersions("map-1").orElseThrow();
        Touchpoint card = map.touchpoints().get(1);
        library.signAs("Alice");

        SaveOutcome outcome = library.save(loaded, map.withTouchpoint(card.withTitle("Renamed")));

        RowVersions after = ((SaveOutcome.Saved) outcome).now().versions();
        assertThat(after.project().version()).isEqualTo(loaded.version() + 1);
        assertThat(after.project()).isEqualTo(new RowVersion(loaded.version() + 1, "Alice", ALICE_SAVES));
        assertThat(after.touchpoint(card.id()))
                .isEqualTo(new RowVersion(loaded.versions().touchpoint(card.id()).version() + 1, "Alice", ALICE_SAVES));
        Touchpoint other = map.touchpoints().get(2);
        assertThat(after.touchpoint(other.id())).isEqualTo(loaded.versions().touchpoint(other.id()));
        assertThat(library.loadWithVersions("map-1").orElseThrow().versions()).isEqualTo(after);
        assertThat(library.projectVersion("map-1")).hasValue(after.project().version());
        assertThat(library.list()).extracting(ProjectSummary::changedBy).containsExactly("Alice");
        LastChanges shown = new LastChanges(ZoneOffset.UTC);
        shown.set(after);
        assertThat(shown.ofTouchpoint(card.id())).isEqualTo("changed by Alice, 1 Dec 10:15");
        assertThat(shown.ofTouchpoint(other.id())).startsWith("changed by ").doesNotContain("Alice");
        assertThat(LastChanges.line("", ALICE_SAVES, ZoneOffset.UTC)).as("a row from before V12").isEmpty();
    }

    @Test
    void anUnchangedSaveKeepsEveryVersion() {
        LoadedProject loaded = library.loadWithVersions("map-1").orElseThrow();
        SaveOutcome outcome = library.save(loaded, loaded.map());
        assertThat(((SaveOutcome.Saved) outcome).now().versions()).isEqualTo(loaded.versions());
    }

    @Test
    void twoStudiosChangingDifferentCardsKeepBothChanges() {
        LoadedProject alices = library.loadWithVersions("map-1").orElseThrow();
        LoadedProject bobs = library.loadWithVersions("map-1").orElseThrow();
        Touchpoint first = map.touchpoints().get(0).withTitle("Alice's title");
        Touchpoint second = map.touchpoints().get(1).withTitle("Bob's title");

        library.signAs("Alice");
        assertThat(library.save(alices, map.withTouchpoint(first))).isInstanceOf(SaveOutcome.Saved.class);
        library.signAs("Bob");
        SaveOutcome bobSaved = library.save(bobs, map.withTouchpoint(second));

        JourneyMap both = map.withTouchpoint(first).withTouchpoint(second);
        assertThat(((SaveOutcome.Saved) bobSaved).now().map().touchpoints()).isEqualTo(both.touchpoints());
        LoadedProject stored = library.loadWithVersions("map-1").orElseThrow();
        assertThat(stored.map().touchpoints()).isEqualTo(both.touchpoints());
        assertThat(stored.versions().touchpoint(first.id()).changedBy()).isEqualTo("Alice");
        assertThat(stored.versions().touchpoint(second.id()).changedBy()).isEqualTo("Bob");
        assertThat(stored.version()).isEqualTo(alices.version() + 2);
    }

    @Test
    void theSecondSaveOfTheSameCardIsAConflictThatWritesNothingAndNamesWhoChangedIt() {
        LoadedProject alices = library.loadWithVersions("map-1").orElseThrow();
        LoadedProject bobs = library.loadWithVersions("map-1").orElseThrow();
        Touchpoint card = map.touchpoints().get(0);
        library.signAs("Alice");
        library.save(alices, map.withTouchpoint(card.withTitle("Alice's title")));

        library.signAs("Bob");
        Touchpoint bobsOther = map.touchpoints().get(2).withTitle("Bob's other card");
        SaveOutcome outcome = library.save(bobs,
                map.withTouchpoint(card.withTitle("Bob's title")).withTouchpoint(bobsOther));

        SaveOutcome.Conflicted conflicted = (SaveOutcome.Conflicted) outcome;
        assertThat(conflicted.conflicts()).containsExactly(
                new RowConflict(card.id(), card.title(), "Alice", ALICE_SAVES, false));
        JourneyMap stored = library.load("map-1").orElseThrow();
        assertThat(stored.touchpoints().get(0).title()).isEqualTo("Alice's title");
        assertThat(stored.touchpoints().get(2)).isEqualTo(map.touchpoints().get(2));
        assertThat(conflicted.theirs().map().touchpoints()).isEqualTo(stored.touchpoints());
    }

    @Test
    void aCardChangedHereAndDeletedThereIsAConflict() {
        LoadedProject alices = library.loadWithVersions("map-1").orElseThrow();
        LoadedProject bobs = library.loadWithVersions("map-1").orElseThrow();
        Touchpoint card = map.touchpoints().get(3);
        library.signAs("Alice");
        library.save(alices, map.withTouchpoints(map.touchpoints().stream()
                .filter(t -> !t.id().equals(card.id())).toList()));

        SaveOutcome outcome = library.save(bobs, map.withTouchpoint(card.withTitle("Bob's title")));

        assertThat(((SaveOutcome.Conflicted) outcome).conflicts())
                .containsExactly(new RowConflict(card.id(), card.title(), "Alice", ALICE_SAVES, true));
    }

    @Test
    void theProjectsOwnFieldsChangedByBothAreAConflict() {
        LoadedProject alices = library.loadWithVersions("map-1").orElseThrow();
        LoadedProject bobs = library.loadWithVersions("map-1").orElseThrow();
        library.signAs("Alice");
        library.save(alices, map.withTitle("Alice's map"));

        SaveOutcome outcome = library.save(bobs, map.withTitle("Bob's map"));

        assertThat(((SaveOutcome.Conflicted) outcome).conflicts())
                .containsExactly(new RowConflict("", "Bob's map", "Alice", ALICE_SAVES, false));
        assertThat(library.load("map-1").orElseThrow().title()).isEqualTo("Alice's map");
    }

    /** Each kind without row versions renamed: the stage, lane, segment and persona at {@code index}. */
    private static JourneyMap renamed(JourneyMap map, int index, String name) {
        return map.withStages(replaced(map.stages(), index, s -> s.withName(name)))
                .withLanes(replaced(map.lanes(), index, l -> l.withTitle(name)))
                .withSegments(replaced(map.segments(), index, s -> s.withName(name)))
                .withPersonas(replaced(map.personas(), index, p -> p.withName(name)));
    }

    private static <T> List<T> replaced(List<T> list, int index, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, change.apply(copy.get(index)));
        return copy;
    }

    @Test
    void aStageLaneSegmentOrPersonaBothRenamedIsAConflictAndDifferentOnesAreBothKept() {
        assertThat(map.segments()).hasSizeGreaterThan(1);
        assertThat(map.personas()).hasSizeGreaterThan(1);
        LoadedProject alices = library.loadWithVersions("map-1").orElseThrow();
        LoadedProject bobs = library.loadWithVersions("map-1").orElseThrow();
        library.signAs("Alice");
        library.save(alices, renamed(map, 0, "Alice's"));

        library.signAs("Bob");
        SaveOutcome clash = library.save(bobs, renamed(map, 0, "Bob's"));

        assertThat(((SaveOutcome.Conflicted) clash).conflicts())
                .extracting(RowConflict::kind, RowConflict::elementId, RowConflict::title, RowConflict::changedBy)
                .containsExactlyInAnyOrder(
                        tuple("stage", map.stages().get(0).id(), "Bob's", "Alice"),
                        tuple("lane", map.lanes().get(0).id(), "Bob's", "Alice"),
                        tuple("segment", map.segments().get(0).id(), "Bob's", "Alice"),
                        tuple("persona", map.personas().get(0).id(), "Bob's", "Alice"));
        assertThat(library.load("map-1").orElseThrow().stages().get(0).name()).isEqualTo("Alice's");

        SaveOutcome other = library.save(bobs, renamed(map, 1, "Bob's"));

        assertThat(other).isInstanceOf(SaveOutcome.Saved.class);
        JourneyMap stored = library.load("map-1").orElseThrow();
        assertThat(stored.stages()).extracting(s -> s.name()).startsWith("Alice's", "Bob's");
        assertThat(stored.lanes()).extracting(l -> l.title()).startsWith("Alice's", "Bob's");
        assertThat(stored.segments()).extracting(s -> s.name()).startsWith("Alice's", "Bob's");
        assertThat(stored.personas()).extracting(p -> p.name()).startsWith("Alice's", "Bob's");
    }
}

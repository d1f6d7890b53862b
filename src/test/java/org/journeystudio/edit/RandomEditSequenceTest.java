package org.journeystudio.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.MapValidator;
import org.journeystudio.testing.Cells;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property test: a long seeded sequence of random edits (with merges, failures and the odd undo in between)
 * on a template-like map. Every step leaves a valid map with dense card orders; undoing everything returns the
 * very first map, redoing everything the very last, passing through every recorded step on the way.
 */
@SlowTest
class RandomEditSequenceTest {
    private static final int EDITS = 500;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 20261122L})
    void undoAllReturnsToTheStartAndRedoAllToTheEnd(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        JourneyMap start = SampleMaps.retailer();
        Document document = new Document(start, 10_000);
        RandomEdits edits = new RandomEdits(random);
        // states.get(k) is the map after k undo steps; a merge replaces the top, a new step adds one.
        List<JourneyMap> states = new ArrayList<>(List.of(start));
        Set<String> kindsApplied = new HashSet<>();
        int failures = 0;

        for (int i = 0; i < EDITS; i++) {
            if (i > 0 && i % 37 == 0 && document.canUndo()) {
                document.undo();
                assertThat(document.map()).isEqualTo(states.get(document.undoCount()));
            }
            if (random.nextInt(10) == 0) {
                document.closeMerging();
            }
            JourneyMap before = document.map();
            MapCommand command = edits.next(before);
            if (edits.lastWasMeantToFail()) {
                assertThatThrownBy(() -> document.execute(command)).isInstanceOf(CommandFailedException.class);
                assertThat(document.map()).isSameAs(before);
                failures++;
                continue;
            }
            document.execute(command);
            JourneyMap after = document.map();
            kindsApplied.add(command.getClass().getSimpleName());

            assertThat(command.apply(before)).as("'%s' is repeatable", command.description()).isEqualTo(after);
            assertThat(MapValidator.validate(after)).as(command.description()).isEmpty();
            assertThat(Cells.ordersAreDense(after)).as(command.description()).isTrue();
            while (states.size() > document.undoCount() + 1) {
                states.remove(states.size() - 1);
            }
            if (states.size() == document.undoCount()) {
                states.add(after);
            } else {
                states.set(document.undoCount(), after);
            }
        }
        JourneyMap end = document.map();
        assertThat(document.canRedo()).isFalse();
        assertThat(failures).as("some edits were meant to fail").isPositive();
        assertThat(kindsApplied).as("the sequence exercised most kinds of edit").hasSizeGreaterThan(20);
        assertThat(document.undoCount()).as("merges folded some edits").isLessThan(EDITS - failures);

        while (document.canUndo()) {
            document.undo();
            assertThat(document.map()).isEqualTo(states.get(document.undoCount()));
        }
        assertThat(document.map()).isEqualTo(start);
        while (document.canRedo()) {
            document.redo();
            assertThat(document.map()).isEqualTo(states.get(document.undoCount()));
        }
        assertThat(document.map()).isEqualTo(end);
    }
}

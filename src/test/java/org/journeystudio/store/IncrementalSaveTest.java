package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.api.io.TempDir;

/** Saving writes only the rows that changed, and a save that fails leaves the previous state whole. */
@SlowTest
@ParameterizedClass
@EnumSource(LibraryKind.class)
class IncrementalSaveTest {
    @Parameter
    LibraryKind kind;
    @TempDir
    Path folder;

    JdbcLibrary library;
    JourneyMap map;

    @BeforeEach
    void createRichProject() {
        library = kind.newPlace(folder).open();
        map = SampleMaps.rich("map-1");
        library.create(map);
        library.create(SampleMaps.rich("map-other"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void savingAnUnchangedMapWritesNothing() {
        long before = library.rowsWritten();
        library.save(map);
        assertThat(library.rowsWritten()).isEqualTo(before);
    }

    @Test
    void changingOneTouchpointTitleWritesOneRowAndLeavesTheOthersUntouched() {
        long before = library.rowsWritten();
        Touchpoint changed = map.touchpoints().get(1).withTitle("Renamed card");
        library.save(map.withTouchpoint(changed));

        // The card's row, and the project's last-modified time.
        assertThat(library.rowsWritten() - before).isEqualTo(1 + 1);
        assertThat(revisionOf("touchpoint", "tp-1")).isEqualTo(2);
        assertThat(revisionOf("touchpoint", "tp-9")).isEqualTo(1);
        assertThat(revisionOf("touchpoint", "tp-5")).isEqualTo(1);
        assertThat(LibraryTables.number(library, "SELECT revision FROM project WHERE id = 'map-1'")).isEqualTo(1);
        assertThat(content(library.load("map-1"))).isEqualTo(content(map.withTouchpoint(changed)));
    }

    @Test
    void changingOnePainPointRewritesOnlyThatTouchpointsPainPoints() {
        Touchpoint tp = map.touchpoints().get(0);
        List<PainPoint> painPoints = new ArrayList<>(tp.painPoints());
        painPoints.set(1, new PainPoint("Shipping cost shown late", 2));
        long before = library.rowsWritten();
        library.save(map.withTouchpoint(tp.toBuilder().painPoints(painPoints).build()));

        // Two old pain-point rows deleted, two written, the touchpoint's row version, the project's time.
        assertThat(library.rowsWritten() - before).isEqualTo(4 + 1 + 1);
        assertThat(revisionOf("touchpoint", tp.id())).isEqualTo(2);
        assertThat(revisionOf("touchpoint", map.touchpoints().get(1).id())).isEqualTo(1);
        assertThat(library.load("map-1").orElseThrow().touchpoints().get(0).painPoints()).isEqualTo(painPoints);
    }

    @Test
    void addedRemovedAndChangedElementsAreWrittenAndNothingElse() {
        Touchpoint added = Touchpoint.builder("tp-new", "st-new", "ln-tp").title("New card")
                .satisfaction(Map.of("seg-new", 3.0)).build();
        List<Touchpoint> touchpoints = new ArrayList<>(map.touchpoints());
        touchpoints.remove(3);   // tp-3, the only card in stage st-a (which goes too)
        touchpoints.add(added);
        List<Stage> stages = List.of(map.stages().get(0), map.stages().get(1).withName("Pay"),
                new Stage("st-new", "Use"));
        List<Segment> segments = new ArrayList<>(map.segments());
        segments.add(new Segment("seg-new", "Retirees", "", null));
        JourneyMap edited = map.withTouchpoints(touchpoints).withStages(stages).withSegments(segments);
        long before = library.rowsWritten();

        library.save(edited);

        // Deleted: tp-3 (its expectation row goes with it by cascade), st-a. Updated: st-buy.
        // Inserted: st-new, seg-new, tp-new and its one rating. And the project's last-modified time.
        assertThat(library.rowsWritten() - before).isEqualTo(2 + 1 + 4 + 1);
        assertThat(LibraryTables.rowCount(library, "touchpoint_expectation")).isEqualTo(2 * 4 - 1);
        assertThat(revisionOf("stage", "st-buy")).isEqualTo(2);
        assertThat(revisionOf("stage", "st-search")).isEqualTo(1);
        assertThat(content(library.load("map-1"))).isEqualTo(content(edited));
        assertThat(library.load("map-other")).contains(library.kept(SampleMaps.rich("map-other")));
    }

    @Test
    void movingAStageUpdatesThePositionsThatChanged() {
        List<Stage> stages = List.of(map.stages().get(1), map.stages().get(0), map.stages().get(2));
        long before = library.rowsWritten();
        library.save(map.withStages(stages));
        assertThat(library.rowsWritten() - before).as("two stages and the project's time").isEqualTo(2 + 1);
        assertThat(revisionOf("stage", "st-a")).isEqualTo(1);
        assertThat(library.load("map-1").orElseThrow().stages()).isEqualTo(stages);
    }

    @Test
    void aSaveThatFailsHalfWayLeavesThePreviousStateAndTheLibraryUsable() {
        // A rule the model does not know stands in for a disk or database failure in the middle of a save:
        // the title and the first card are written, then the last card's row is refused.
        LibraryTables.execute(library, "ALTER TABLE touchpoint ADD CONSTRAINT test_failure CHECK (title <> 'boom')");
        JourneyMap failing = map.withTitle("Half-saved title")
                .withTouchpoint(map.touchpoints().get(0).withTitle("Half-saved card"))
                .withTouchpoint(map.touchpoints().get(3).withTitle("boom"));
        long before = library.rowsWritten();

        assertThatThrownBy(() -> library.save(failing))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("Could not save project 'Half-saved title'")
                .hasMessageMatching("(?s).*(?i:test_failure).*")
                .hasMessageContaining("Nothing of this change was stored");
        assertThat(library.rowsWritten() - before).as("project and first card written before the failure")
                .isEqualTo(2);

        assertThat(library.load("map-1")).contains(library.kept(map));
        JourneyMap next = map.withTitle("Saved after the failure");
        library.save(next);
        assertThat(content(library.load("map-1"))).isEqualTo(content(next));
    }

    @Test
    void savingAProjectThatIsNotInTheLibraryFails() {
        assertThatThrownBy(() -> library.save(SampleMaps.small("missing", 1)))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("no project with the id 'missing'");
        assertThat(library.load("missing")).isEmpty();
    }

    /** The map but its last-modified time, which a save that changes something stamps with the library's clock. */
    static JourneyMap content(java.util.Optional<JourneyMap> map) {
        return content(map.orElseThrow());
    }

    static JourneyMap content(JourneyMap map) {
        return map.withTimes(java.time.Instant.EPOCH, java.time.Instant.EPOCH);
    }

    private long revisionOf(String table, String id) {
        return LibraryTables.number(library,
                "SELECT revision FROM " + table + " WHERE project_id = 'map-1' AND id = '" + id + "'");
    }
}

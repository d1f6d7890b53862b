package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.journeystudio.model.JourneyMap;
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

/**
 * The library keeps when each project last changed: every save that changes something stamps it with the library's
 * clock (the editor's map keeps the time it was opened with), so the home list's "Last modified" and its order
 * follow the edits.
 */
@SlowTest
@ParameterizedClass
@EnumSource(LibraryKind.class)
class LastModifiedTest {
    @Parameter
    LibraryKind kind;
    private static final Instant CREATED = Instant.parse("2026-11-01T09:00:00Z");

    @TempDir
    Path folder;

    private final SettableClock clock = new SettableClock();
    private JdbcLibrary library;
    private JourneyMap map;

    @BeforeEach
    void open() {
        library = kind.newPlace(folder).open(clock);
        map = SampleMaps.rich("map-1").withTimes(CREATED, CREATED);
        library.create(map);
        library.create(SampleMaps.rich("map-2").withTimes(CREATED.plusSeconds(60), CREATED.plusSeconds(60)));
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void aSaveThatChangesSomethingStampsTheProjectWithTheLibrarysClockWhateverTheMapSays() {
        clock.now = Instant.parse("2026-11-20T14:30:00Z");
        Touchpoint added = Touchpoint.builder("tp-added", map.stages().get(0).id(), map.touchpoints().get(0).laneId())
                .title("Added card").build();
        library.save(map.withTouchpoints(append(map, added)));

        ProjectSummary summary = library.list().get(0);
        assertThat(summary.id()).as("newest first").isEqualTo("map-1");
        assertThat(summary.modified()).isEqualTo(clock.now);
        assertThat(summary.touchpointCount()).isEqualTo(map.touchpoints().size() + 1);
        assertThat(library.load("map-1").orElseThrow().modified()).isEqualTo(clock.now);
        assertThat(library.load("map-1").orElseThrow().created()).isEqualTo(CREATED);
    }

    @Test
    void savingAnUnchangedMapKeepsTheTimeItLastChanged() {
        clock.now = Instant.parse("2026-11-20T14:30:00Z");
        library.save(map.withTitle("Retitled"));
        clock.now = Instant.parse("2026-11-21T08:00:00Z");

        library.save(map.withTitle("Retitled"));

        assertThat(library.load("map-1").orElseThrow().modified()).isEqualTo(Instant.parse("2026-11-20T14:30:00Z"));
    }

    @Test
    void aSurveyImportsSaveInsideItsTransactionStampsItToo() {
        clock.now = Instant.parse("2026-11-22T10:00:00Z");
        library.inTransaction("test save", () -> {
            library.saveInTransaction(map.withTitle("Rated"));
            return null;
        });

        assertThat(library.list().get(0).modified()).isEqualTo(clock.now);
    }

    private static java.util.List<Touchpoint> append(JourneyMap map, Touchpoint added) {
        java.util.List<Touchpoint> all = new java.util.ArrayList<>(map.touchpoints());
        all.add(added);
        return all;
    }

    /** A clock the test sets by hand. */
    private static final class SettableClock extends Clock {
        Instant now = CREATED;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

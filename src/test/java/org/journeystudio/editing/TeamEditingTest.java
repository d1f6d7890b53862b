package org.journeystudio.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.journeystudio.edit.Document;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.JdbcLibrary;
import org.journeystudio.store.LibraryKind;
import org.journeystudio.store.PostgresLibrary;
import org.journeystudio.store.TeamLibraryAddress;
import org.journeystudio.testing.PostgresCluster;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two studios (two connections, two documents, each with its own thread and autosave) edit one project of a team
 * library: each takes in the other's saves within 2 s, keeps its own undo history, and is asked about a field both
 * changed, with who changed it.
 */
@SlowTest
class TeamEditingTest {
    final JourneyMap map = SampleMaps.rich("map-1");
    final PostgresCluster.Database database = PostgresCluster.shared().newDatabase();
    Studio alice;
    Studio bob;

    /** One studio: its library connection, document, document thread, save queue and conflicts heard. */
    static final class Studio implements AutoCloseable {
        final JdbcLibrary library;
        final ExecutorService thread = Executors.newSingleThreadExecutor();
        final Document document;
        final TeamEditing team;
        final SaveQueue saves;
        final BlockingQueue<List<TeamConflict>> conflicts = new LinkedBlockingQueue<>();
        final BlockingQueue<String> failures = new LinkedBlockingQueue<>();

        Studio(LibraryKind.Place place, String name) throws Exception {
            this(place, name, false);
        }

        /** With {@code polling}, the studio's watch polls instead of listening (the fallback's benchmark). */
        Studio(LibraryKind.Place place, String name, boolean polling) throws Exception {
            library = place.open();
            if (polling) {
                ((PostgresLibrary) library).watchByPolling();
            }
            library.signAs(name);
            var loaded = library.loadWithVersions("map-1").orElseThrow();
            document = new Document(loaded.map());
            team = new TeamEditing(library, loaded, document, thread, conflicts::add);
            saves = new SaveQueue(team, new SaveQueue.Outcome() {
                @Override
                public void saved(long number) {
                }

                @Override
                public void failed(long number, String problem) {
                    failures.add(problem);
                }
            });
            document.addListener(change -> saves.submit(change.map()));
        }

        <T> T onThread(Callable<T> work) throws Exception {
            return thread.submit(work).get(5, TimeUnit.SECONDS);
        }

        void setTitle(String touchpointId, String title) throws Exception {
            onThread(() -> document.execute(SetTouchpointField.of(document.map(), touchpointId, TouchpointField.TITLE,
                    title)));
        }

        Touchpoint card(String id) throws Exception {
            return onThread(() -> document.map().touchpoint(id).orElseThrow());
        }

        @Override
        public void close() throws Exception {
            saves.finish(java.time.Duration.ofSeconds(5)).get();
            team.close();
            thread.shutdown();
            library.close();
        }
    }

    @BeforeEach
    void twoStudios() throws Exception {
        TeamLibraryAddress address = TeamLibraryAddress.parse(database.libraryUrl(), Map.of("PGUSER", database.user()));
        LibraryKind.Place place = clock -> PostgresLibrary.open(address, database.password().toCharArray());
        try (JdbcLibrary setUp = place.open()) {
            setUp.create(map);
        }
        alice = new Studio(place, "Alice");
        bob = new Studio(place, "Bob");
    }

    @AfterEach
    void close() throws Exception {
        alice.close();
        bob.close();
    }

    @Test
    void eachSeesTheOthersEditWithinTwoSecondsAndUndoesOnlyItsOwnStep() throws Exception {
        String first = map.touchpoints().get(0).id();
        String second = map.touchpoints().get(1).id();
        bob.setTitle(second, "Bob's title");
        alice.setTitle(first, "Alice's title");

        awaitTitle(bob, first, "Alice's title");
        awaitTitle(alice, second, "Bob's title");

        bob.onThread(() -> {
            bob.document.undo();
            return null;
        });
        assertThat(bob.card(second).title()).isEqualTo(map.touchpoints().get(1).title());
        assertThat(bob.card(first).title()).isEqualTo("Alice's title");
        awaitTitle(alice, second, map.touchpoints().get(1).title());
        assertThat(alice.conflicts).isEmpty();
        assertThat(bob.conflicts).isEmpty();
        assertThat(alice.failures).isEmpty();
        assertThat(bob.failures).isEmpty();
    }

    @Test
    void aFieldBothChangedIsAConflictNamingWhoChangedTheirsAndEitherPickIsOneUndoStep() throws Exception {
        String card = map.touchpoints().get(0).id();
        alice.setTitle(card, "Alice's title");
        alice.saves.drained().get(5, TimeUnit.SECONDS);
        bob.setTitle(card, "Bob's title");

        List<TeamConflict> conflicts = bob.conflicts.poll(10, TimeUnit.SECONDS);

        assertThat(conflicts).hasSize(1);
        TeamConflict conflict = conflicts.get(0);
        assertThat(conflict.field().field()).isEqualTo("title");
        assertThat(conflict.field().mine()).isEqualTo("Bob's title");
        assertThat(conflict.field().theirs()).isEqualTo("Alice's title");
        assertThat(conflict.changedBy()).isEqualTo("Alice");
        assertThat(conflict.changedAt()).isNotNull();
        assertThat(bob.card(card).title()).isEqualTo("Alice's title");

        int steps = bob.onThread(bob.document::undoCount);
        bob.onThread(() -> {
            bob.team.resolve(conflict, true);
            return null;
        });
        assertThat(bob.onThread(bob.document::undoCount)).isEqualTo(steps + 1);
        awaitTitle(alice, card, "Bob's title");
        assertThat(alice.conflicts).isEmpty();
    }

    @Test
    void anEditMadeAfterTheServerDroppedEveryConnectionIsSavedOnANewOneAndSeenByTheOther() throws Exception {
        String card = map.touchpoints().get(0).id();
        try (Connection admin = database.connect(); PreparedStatement terminate = admin.prepareStatement(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            terminate.setString(1, database.name());
            terminate.executeQuery().close();
        }

        alice.setTitle(card, "Typed after the connection dropped");

        awaitTitle(bob, card, "Typed after the connection dropped");
        alice.saves.drained().get(5, TimeUnit.SECONDS);
        assertThat(alice.failures).isEmpty();
        try (JdbcLibrary check = PostgresLibrary.open(TeamLibraryAddress.parse(database.libraryUrl(),
                Map.of("PGUSER", database.user())), database.password().toCharArray())) {
            assertThat(check.load("map-1").orElseThrow().touchpoint(card).orElseThrow().title())
                    .isEqualTo("Typed after the connection dropped");
        }
    }

    private static void awaitTitle(Studio studio, String card, String title) throws Exception {
        // Generous for a loaded CI machine: the 2 s the issue asks for is measured by TeamSyncBench, not here.
        awaitTitle(studio, card, title, 10);
    }

    private static void awaitTitle(Studio studio, String card, String title, int seconds) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!studio.card(card).title().equals(title) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(studio.card(card).title()).as("within %d s", seconds).isEqualTo(title);
    }
}

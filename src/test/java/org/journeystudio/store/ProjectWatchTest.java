package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second studio hears another's save within 2 s: by LISTEN/NOTIFY, by polling, and after its connection dropped. */
@SlowTest
class ProjectWatchTest {
    @TempDir
    Path folder;

    PostgresLibrary alices;
    PostgresLibrary bobs;
    JourneyMap map;
    final BlockingQueue<Long> heard = new LinkedBlockingQueue<>();

    @BeforeEach
    void twoStudiosOnOneTeamLibrary() {
        LibraryKind.Place place = LibraryKind.POSTGRESQL.newPlace(folder);
        alices = (PostgresLibrary) place.open();
        bobs = (PostgresLibrary) place.open();
        map = SampleMaps.rich("map-1");
        alices.create(map);
    }

    @AfterEach
    void close() {
        alices.close();
        bobs.close();
    }

    @Test
    void aSaveIsHeardByNotificationWithItsNewVersion() throws InterruptedException {
        LoadedProject loaded = bobs.loadWithVersions("map-1").orElseThrow();
        try (ProjectWatch watch = bobs.watch("map-1", loaded.version(), heard::add)) {
            awaitListening(watch);
            alices.save(map.withTitle("Renamed by Alice"));
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(loaded.version() + 1);
            alices.save(map.withTitle("Renamed by Alice")); // writes nothing: no version, no notification
            alices.create(SampleMaps.rich("map-other"));
            alices.save(SampleMaps.rich("map-other").withTitle("Another project"));
            assertThat(heard.poll(1, TimeUnit.SECONDS)).isNull();
        }
    }

    @Test
    void withoutListenTheVersionIsPolled() throws InterruptedException {
        LoadedProject loaded = bobs.loadWithVersions("map-1").orElseThrow();
        try (ProjectWatch watch = bobs.pollingWatch("map-1", loaded.version(), heard::add)) {
            alices.save(map.withTitle("Renamed by Alice"));
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(loaded.version() + 1);
            assertThat(watch.listening()).isFalse();
        }
    }

    @Test
    void aDroppedConnectionIsReopenedAndASaveMadeMeanwhileIsHeard() throws Exception {
        LoadedProject loaded = bobs.loadWithVersions("map-1").orElseThrow();
        try (ProjectWatch watch = bobs.watch("map-1", loaded.version(), heard::add)) {
            awaitListening(watch);
            int pid = watch.backendPid();
            alices.inTransaction("drop the watch's connection", () -> {
                PreparedStatement terminate = alices.statements().prepare("SELECT pg_terminate_backend(?)");
                terminate.setInt(1, pid);
                terminate.executeQuery().close();
                return null;
            });
            alices.save(map.withTitle("Saved while Bob's watch was away"));

            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(loaded.version() + 1);
            awaitListening(watch);
            assertThat(watch.backendPid()).isNotEqualTo(pid);
        }
    }

    private static void awaitListening(ProjectWatch watch) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!watch.listening() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(watch.listening()).as("listening").isTrue();
    }
}

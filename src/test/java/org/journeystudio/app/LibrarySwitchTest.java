package org.journeystudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.journeystudio.testing.FastTest;
import org.journeystudio.ui.fakes.InMemoryLibrary;
import org.junit.jupiter.api.Test;

/**
 * Switching the studio to another library (home ▸ connect to a team library) ends the old library's workshops at
 * once, and closes the old library only after its window left (last save written, team link closed).
 */
@FastTest
class LibrarySwitchTest {
    private final LibrarySwitch libraries = new LibrarySwitch();
    private final InMemoryLibrary local = new InMemoryLibrary();
    private final InMemoryLibrary team = new InMemoryLibrary();
    private final AtomicInteger localWorkshopsClosed = new AtomicInteger();
    private final AtomicInteger teamWorkshopsClosed = new AtomicInteger();
    private final CompletableFuture<Void> localLastSave = new CompletableFuture<>();

    @Test
    void theOldLibrarysWorkshopsEndAtOnceAndTheLibraryClosesOnceItsWindowLeft() {
        libraries.switchTo(new LibrarySwitch.Shown(local, localWorkshopsClosed::incrementAndGet, () -> localLastSave));

        CompletableFuture<Void> closed = libraries.switchTo(new LibrarySwitch.Shown(team,
                teamWorkshopsClosed::incrementAndGet, () -> CompletableFuture.completedFuture(null)));

        assertThat(libraries.library()).isSameAs(team);
        assertThat(localWorkshopsClosed).hasValue(1);
        assertThat(local.isClosed()).as("closed under a save still running").isFalse();
        localLastSave.complete(null);
        assertThat(closed).isCompleted();
        assertThat(local.isClosed()).isTrue();
        assertThat(team.isClosed()).isFalse();
        assertThat(teamWorkshopsClosed).hasValue(0);

        libraries.close();
        assertThat(team.isClosed()).isTrue();
        assertThat(teamWorkshopsClosed).hasValue(1);
    }

    @Test
    void aLastSaveThatFailedStillClosesTheOldLibrary() {
        libraries.switchTo(new LibrarySwitch.Shown(local, () -> { }, () -> localLastSave));
        CompletableFuture<Void> closed = libraries.switchTo(new LibrarySwitch.Shown(team, () -> { },
                () -> CompletableFuture.completedFuture(null)));

        localLastSave.completeExceptionally(new IllegalStateException("disk full"));

        assertThat(closed).isCompleted();
        assertThat(local.isClosed()).isTrue();
    }
}

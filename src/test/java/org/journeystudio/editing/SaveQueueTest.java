package org.journeystudio.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** The save queue writes off the caller's thread, only the latest of maps that queue up, and says when it failed. */
@FastTest
class SaveQueueTest {
    private static final JourneyMap MAP = JourneyMap.blank("map-1", "Plan", Instant.EPOCH);

    private final HeldLibrary library = new HeldLibrary();
    private final List<String> outcomes = new CopyOnWriteArrayList<>();
    private final SaveQueue queue = new SaveQueue(library, new SaveQueue.Outcome() {
        @Override
        public void saved(long number) {
            outcomes.add("saved " + number);
        }

        @Override
        public void failed(long number, String problem) {
            outcomes.add("failed " + number + ": " + problem);
        }
    });

    @Test
    void mapsSubmittedWhileASaveRunsAreCoalescedToTheLatest() throws Exception {
        assertThat(queue.submit(MAP.withTitle("first"))).isEqualTo(1);
        assertThat(library.started.await(5, TimeUnit.SECONDS)).isTrue();
        queue.submit(MAP.withTitle("second"));
        assertThat(queue.submit(MAP.withTitle("third"))).isEqualTo(3);
        library.release.countDown();

        assertThat(queue.drained().get(5, TimeUnit.SECONDS)).isEmpty();
        assertThat(library.saved).extracting(JourneyMap::title).containsExactly("first", "third");
        assertThat(library.savingThreads).allMatch(name -> name.equals("journey-studio-autosave"));
        assertThat(outcomes).containsExactly("saved 1", "saved 3");
        queue.finish(Duration.ofSeconds(5)).get(5, TimeUnit.SECONDS);
    }

    @Test
    void aFailedSaveSaysWhyAndTheNextSuccessClearsIt() throws Exception {
        library.release.countDown();
        library.failWith = "The disk is full";
        queue.submit(MAP);
        assertThat(queue.drained().get(5, TimeUnit.SECONDS)).contains("The disk is full");
        assertThat(outcomes).containsExactly("failed 1: The disk is full");

        library.failWith = null;
        queue.submit(MAP.withTitle("again"));
        assertThat(queue.finish(Duration.ofSeconds(5)).get(5, TimeUnit.SECONDS)).isEmpty();
        assertThat(library.saved).extracting(JourneyMap::title).containsExactly("again");
    }

    @Test
    void finishingWritesWhatIsQueuedWithoutTheCallerWaiting() throws Exception {
        queue.submit(MAP.withTitle("last"));
        assertThat(library.started.await(5, TimeUnit.SECONDS)).isTrue();

        long before = System.nanoTime();
        var finished = queue.finish(Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofMillis(100));
        assertThat(finished).isNotDone();

        library.release.countDown();
        assertThat(finished.get(5, TimeUnit.SECONDS)).isEmpty();
        assertThat(library.saved).extracting(JourneyMap::title).containsExactly("last");
    }

    @Test
    void finishingGivesUpWhenTheLibraryDoesNotAnswerInTime() throws Exception {
        queue.submit(MAP);
        assertThat(queue.finish(Duration.ofSeconds(2)).get(5, TimeUnit.SECONDS))
                .contains("saving took longer than 2 seconds");
        library.release.countDown();
    }
}

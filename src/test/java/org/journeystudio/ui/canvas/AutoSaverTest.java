package org.journeystudio.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.testing.UiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The auto-saver writes off the FX thread, only the latest of maps that queue up, and says when it failed. */
@UiTest
class AutoSaverTest {
    private static final JourneyMap MAP = JourneyMap.blank("map-1", "Plan", java.time.Instant.EPOCH);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void mapsHandedInWhileASaveRunsAreCoalescedToTheLatest() throws Exception {
        SlowLibrary library = new SlowLibrary();
        AutoSaver saver = new AutoSaver(library);
        List<SaveState> states = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            saver.stateProperty().addListener((obs, old, state) -> states.add(state));
            saver.accept(MAP.withTitle("first"));
        }).get();
        assertThat(library.started.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.asyncFx(() -> {
            saver.accept(MAP.withTitle("second"));
            saver.accept(MAP.withTitle("third"));
        }).get();
        library.release.countDown();

        assertThat(saver.flush(5)).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.saved).extracting(JourneyMap::title).containsExactly("first", "third");
        assertThat(library.savingThreads).allMatch(name -> name.equals("journey-studio-autosave"));
        assertThat(saver.state()).isEqualTo(SaveState.SAVED);
        assertThat(states).first().isEqualTo(SaveState.SAVING);
        saver.close();
    }

    @Test
    void aFailedSaveShowsWhyAndTheNextSuccessClearsIt() throws Exception {
        SlowLibrary library = new SlowLibrary();
        library.release.countDown();
        library.failWith = "The disk is full";
        AutoSaver saver = new AutoSaver(library);
        WaitForAsyncUtils.asyncFx(() -> saver.accept(MAP)).get();

        assertThat(saver.flush(5)).contains("The disk is full");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saver.state().text()).isEqualTo("Not saved: The disk is full");

        library.failWith = null;
        WaitForAsyncUtils.asyncFx(() -> saver.accept(MAP.withTitle("again"))).get();
        assertThat(saver.flush(5)).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saver.state()).isEqualTo(SaveState.SAVED);
        saver.close();
    }

    /** A library whose first save waits to be released, so later maps queue up behind it. */
    private static final class SlowLibrary implements ProjectLibrary {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<JourneyMap> saved = new CopyOnWriteArrayList<>();
        final List<String> savingThreads = new CopyOnWriteArrayList<>();
        volatile String failWith;

        @Override
        public void save(JourneyMap map) {
            started.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            savingThreads.add(Thread.currentThread().getName());
            if (failWith != null) {
                throw new IllegalStateException(failWith);
            }
            saved.add(map);
        }

        @Override
        public List<ProjectSummary> list() {
            return List.of();
        }

        @Override
        public void create(JourneyMap map) {
        }

        @Override
        public Optional<JourneyMap> load(String projectId) {
            return Optional.empty();
        }

        @Override
        public void rename(String projectId, String newTitle) {
        }

        @Override
        public JourneyMap duplicate(String projectId, String newTitle) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(String projectId) {
        }

        @Override
        public Path location() {
            return Path.of("memory");
        }

        @Override
        public void close() {
        }
    }
}

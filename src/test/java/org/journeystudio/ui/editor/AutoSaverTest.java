package org.journeystudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.journeystudio.editing.HeldLibrary;
import org.journeystudio.editing.SaveState;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.testing.UiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The auto-saver tells the FX thread "Saving…" at once, "Saved" only when the latest map is written, and why a save failed. */
@UiTest
class AutoSaverTest {
    private static final JourneyMap MAP = JourneyMap.blank("map-1", "Plan", java.time.Instant.EPOCH);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theProjectIsSavedOnlyOnceTheLatestMapIsWritten() throws Exception {
        HeldLibrary library = new HeldLibrary();
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

        assertThat(saver.close().get(5, TimeUnit.SECONDS)).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.saved).extracting(JourneyMap::title).containsExactly("first", "third");
        assertThat(saver.state()).isEqualTo(SaveState.SAVED);
        assertThat(states).containsExactly(SaveState.SAVING, SaveState.SAVED);
    }

    @Test
    void aFailedSaveShowsWhyAndTheNextSuccessClearsIt() throws Exception {
        HeldLibrary library = new HeldLibrary();
        library.release.countDown();
        library.failWith = "The disk is full";
        AutoSaver saver = new AutoSaver(library);
        WaitForAsyncUtils.asyncFx(() -> saver.accept(MAP)).get();

        assertThat(saver.whenSaved().get(5, TimeUnit.SECONDS)).contains("The disk is full");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saver.state().text()).isEqualTo("Not saved: The disk is full");

        library.failWith = null;
        WaitForAsyncUtils.asyncFx(() -> saver.accept(MAP.withTitle("again"))).get();
        assertThat(saver.close().get(5, TimeUnit.SECONDS)).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saver.state()).isEqualTo(SaveState.SAVED);
    }
}

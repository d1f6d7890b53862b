package org.journeystudio.killtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;
import org.journeystudio.testing.ChildJvm;

/**
 * Editors killed while they save: each trial starts {@link KilledEditor} on the same library, kills it at a
 * random moment (one trial in five while it starts and opens the library), and checks that the library opens,
 * holds every edit the autosaver reported saved, and holds exactly the map of one edit, never part of one.
 */
final class EditKills {
    private final Path folder;
    private final Path library;
    /** The last edit found in the library, and that map: edits only go forward, so the next check starts here. */
    private long knownEdit;
    private JourneyMap known;

    EditKills(Path folder) {
        this.folder = folder;
        this.library = folder.resolve("library");
        this.known = CrashEdits.initial();
        try (H2Library created = H2Library.open(library)) {
            created.create(known);
        }
    }

    /** One trial; returns how many edits the child had reported saved when it was killed. */
    long trial(Random random) throws IOException, InterruptedException {
        boolean whileStarting = random.nextInt(5) == 0;
        long delay = whileStarting ? random.nextInt(1500) : random.nextInt(700);
        long[] lastSaved = {knownEdit};
        try (ChildJvm child = ChildJvm.start(KilledEditor.class, folder.resolve("editor-stderr.txt"),
                library.toString())) {
            if (!whileStarting) {
                String ready = child.nextLine(60);
                assertThat(ready).as("child stderr:%n%s", child.errors()).isEqualTo("ready " + knownEdit);
            }
            Kills.killAfter(child, delay, line -> {
                if (line.startsWith("saved ")) {
                    lastSaved[0] = Math.max(lastSaved[0], Long.parseLong(line.substring("saved ".length())));
                } else if (line.startsWith("failed ")) {
                    fail("the child could not save: %s%n%s", line, child.errors());
                }
            });
        }
        check(lastSaved[0]);
        return lastSaved[0];
    }

    private void check(long lastSaved) throws IOException {
        Kills.assertOnlyLibraryFiles(library);
        try (H2Library reopened = H2Library.open(library)) {
            assertThat(reopened.list()).hasSize(1);
            JourneyMap stored = reopened.load(CrashEdits.PROJECT_ID).orElseThrow();
            long edit = CrashEdits.editOf(stored);
            assertThat(edit).as("the last edit stored; the child reported edit %d saved", lastSaved)
                    .isGreaterThanOrEqualTo(lastSaved);
            while (knownEdit < edit) {
                known = CrashEdits.apply(known, ++knownEdit);
            }
            assertThat(CrashEdits.timedAs(stored, known)).as("the library holds the whole of edit %d", edit)
                    .isEqualTo(known);
        }
    }
}

package org.journeystudio.killtest;

import java.nio.file.Path;
import java.util.Random;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash-safety proven by killing the real studio code: child JVMs are killed with SIGKILL at seeded random
 * moments while they save edits, import a survey, export a file or copy a project into a team library (PostgreSQL),
 * and each time the library or the file is checked. {@link KillBench} runs the same trials many more times.
 */
@SlowTest
class KillTest {
    static final long SEED = 16;

    @TempDir
    Path folder;

    /** One kill trial at a moment the random picks. */
    @FunctionalInterface
    private interface Trial {
        void run(Random random) throws Exception;
    }

    /** Runs {@code times} trials on one seeded random, so a failure can be run again the same way. */
    private static void trials(int times, Trial trial) throws Exception {
        Random random = new Random(SEED);
        for (int i = 0; i < times; i++) {
            trial.run(random);
        }
    }

    @Test
    void everyEditReportedSavedSurvivesAKillAndNoProjectIsHalfWritten() throws Exception {
        trials(20, new EditKills(folder)::trial);
    }

    @Test
    void aSurveyImportKilledMidWayLeavesAllOrNothing() throws Exception {
        trials(20, new SurveyImportKills(folder)::trial);
    }

    @Test
    void aCopyIntoATeamLibraryKilledMidWayLeavesNoPartialProject() throws Exception {
        // A whole copy and two kills (about 12 s under load 8, the cluster's start included): the H2 trials above
        // already cover the kill moments broadly; this one checks the server's rollback of a dropped transaction.
        trials(2, new TeamCopyKills(folder)::trial);
    }

    @Test
    void anExportKilledMidWriteLeavesTheOldFileWhole() throws Exception {
        trials(20, new ExportKills(folder)::trial);
    }
}

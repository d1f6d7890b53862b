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

    @Test
    void everyEditReportedSavedSurvivesAKillAndNoProjectIsHalfWritten() throws Exception {
        EditKills kills = new EditKills(folder);
        Random random = new Random(SEED);
        for (int trial = 0; trial < 20; trial++) {
            kills.trial(random);
        }
    }

    @Test
    void aSurveyImportKilledMidWayLeavesAllOrNothing() throws Exception {
        SurveyImportKills kills = new SurveyImportKills(folder);
        Random random = new Random(SEED);
        for (int trial = 0; trial < 20; trial++) {
            kills.trial(random);
        }
    }

    @Test
    void aCopyIntoATeamLibraryKilledMidWayLeavesNoPartialProject() throws Exception {
        // A whole copy and two kills (about 12 s under load 8, the cluster's start included): the H2 trials above
        // already cover the kill moments broadly; this one checks the server's rollback of a dropped transaction.
        TeamCopyKills kills = new TeamCopyKills(folder);
        Random random = new Random(SEED);
        for (int trial = 0; trial < 2; trial++) {
            kills.trial(random);
        }
    }

    @Test
    void anExportKilledMidWriteLeavesTheOldFileWhole() throws Exception {
        ExportKills kills = new ExportKills(folder);
        Random random = new Random(SEED);
        for (int trial = 0; trial < 20; trial++) {
            kills.trial(random);
        }
    }
}

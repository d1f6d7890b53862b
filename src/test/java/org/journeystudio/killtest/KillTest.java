package org.journeystudio.killtest;

import java.nio.file.Path;
import java.util.Random;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash-safety proven by killing the real studio code: child JVMs are killed with SIGKILL at seeded random
 * moments while they save edits, import a survey or export a file, and each time the library or the file is
 * checked. {@link KillBench} runs the same trials many more times.
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
    void anExportKilledMidWriteLeavesTheOldFileWhole() throws Exception {
        ExportKills kills = new ExportKills(folder);
        Random random = new Random(SEED);
        for (int trial = 0; trial < 20; trial++) {
            kills.trial(random);
        }
    }
}

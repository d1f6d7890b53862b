package org.journeystudio.killtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The kill tests' trials, many more times than {@link KillTest} runs them (not a unit test): a failed check stops
 * the run with the trial's assertion. Arguments: [trials per kind, default 200] [seed, default 16].
 * Prints how the kills fell: edits saved before each kill, and how many imports and exports were whole.
 */
public final class KillBench {
    private KillBench() {
    }

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : KillTest.SEED;
        Path folder = Files.createTempDirectory("kill-bench");
        try {
            edits(folder.resolve("edits"), trials, new Random(seed));
            imports(folder.resolve("imports"), trials, new Random(seed));
            exports(folder.resolve("exports"), trials, new Random(seed));
        } finally {
            deleteAll(folder);
        }
    }

    private static void edits(Path folder, int trials, Random random) throws Exception {
        long started = System.nanoTime();
        EditKills kills = new EditKills(Files.createDirectories(folder));
        long last = 0;
        for (int trial = 0; trial < trials; trial++) {
            last = kills.trial(random);
        }
        System.out.printf("edits:   %d kills, %d edits reported saved and all found, %.0f s%n", trials, last,
                seconds(started));
    }

    private static void imports(Path folder, int trials, Random random) throws Exception {
        long started = System.nanoTime();
        SurveyImportKills kills = new SurveyImportKills(Files.createDirectories(folder));
        int whole = 0;
        for (int trial = 0; trial < trials; trial++) {
            whole += kills.trial(random) ? 1 : 0;
        }
        System.out.printf("imports: %d kills within a %d ms run: %d found whole, %d found absent, none partial, %.0f s%n",
                trials, kills.runMillis(), whole, trials - whole, seconds(started));
    }

    private static void exports(Path folder, int trials, Random random) throws Exception {
        long started = System.nanoTime();
        ExportKills kills = new ExportKills(Files.createDirectories(folder));
        int replaced = 0;
        for (int trial = 0; trial < trials; trial++) {
            replaced += kills.trial(random) ? 1 : 0;
        }
        System.out.printf("exports: %d kills within a %d ms run: %d left the new file, %d the old one, none partial,"
                + " %.0f s%n", trials, kills.runMillis(), replaced, trials - replaced, seconds(started));
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}

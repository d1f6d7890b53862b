package org.journeystudio.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.journeystudio.testing.NewLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's bar, checked on our own corpus of malformed inputs ({@link MalformedInputs}, over 100 of them):
 * through {@code import}, {@code render} and {@code heatmap}, in a JVM with a 1 GB heap, every run ends within
 * 30 s, either refused (exit 1 or 2 with one line that is not a stack trace) or read (a mutation may leave a valid
 * file), and the library the imports were aimed at still opens with every project it held, unchanged.
 */
@SlowTest
class MalformedInputsTest {
    @TempDir
    Path dir;

    @Test
    void everyMalformedInputIsRefusedCleanlyQuicklyAndLeavesTheLibraryAsItWas() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path library = Files.createDirectories(dir.resolve("library"));
        Path out = Files.createDirectories(dir.resolve("out"));
        List<MalformedInputs.Input> inputs = MalformedInputs.write(corpus);
        assertThat(inputs).as("the corpus").hasSizeGreaterThanOrEqualTo(100);
        List<JourneyMap> projects = List.of(SampleMaps.shop("shop"), SampleMaps.airline("aurora"));
        try (H2Library opened = NewLibraries.open(library)) {
            projects.forEach(opened::create);
        }
        Path list = dir.resolve("inputs.tsv");
        Files.write(list, inputs.stream().map(i -> i.name() + "\t" + i.path()).toList(), StandardCharsets.UTF_8);

        // In German: every refusal must be a German sentence (an English one is a text not yet in the bundles).
        List<String> lines = runInOwnJvm(library, out, list);

        List<String> problems = new ArrayList<>();
        List<String> english = new ArrayList<>();
        int imported = 0;
        for (String line : lines) {
            String[] field = line.split("\t", 5);
            if (field.length < 5) {
                problems.add(line);
                continue;
            }
            // Some mutations leave a readable file (a flipped letter in a title, CR line ends): exit 0 is clean too.
            boolean accepted = field[2].equals("0");
            boolean refused = (field[2].equals("1") || field[2].equals("2")) && !field[4].isBlank();
            if (!(accepted || refused) || field[4].startsWith("TRACE")) {
                problems.add(line);
            }
            if (accepted && field[1].equals("import")) {
                imported++;
            }
            if (refused && EnglishWords.in(field[4]).size() >= 2) {
                english.add(field[0] + " " + field[1] + ": " + field[4] + "  " + EnglishWords.in(field[4]));
            }
        }
        assertThat(problems).as("runs that ended badly (input, command, exit, ms, first error line)").isEmpty();
        assertThat(english).as("refusals still in English when the command line speaks German").isEmpty();
        lines.stream().max(java.util.Comparator.comparingLong(l -> Long.parseLong(l.split("\t", 5)[3])))
                .ifPresent(slowest -> System.out.println("slowest malformed-input run: " + slowest));
        assertThat(lines).as("one line per input and command").hasSize(inputs.size() * 3);
        try (H2Library opened = NewLibraries.open(library)) {
            for (JourneyMap project : projects) {
                assertThat(opened.load(project.id())).as(project.title()).contains(project);
            }
            assertThat(opened.list()).as("the projects held, plus one per file that was accepted")
                    .hasSize(projects.size() + imported);
        }
    }

    private static List<String> runInOwnJvm(Path library, Path out, Path list) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                MalformedInputRunner.class.getName(), library.toString(), out.toString(), list.toString(), "de")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        try (var reader = child.inputReader(StandardCharsets.UTF_8)) {
            reader.lines().forEach(lines::add);
        }
        if (!child.waitFor(10, TimeUnit.MINUTES)) {
            child.destroyForcibly();
        }
        return lines;
    }
}

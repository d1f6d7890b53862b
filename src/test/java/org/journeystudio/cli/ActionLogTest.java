package org.journeystudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.journeystudio.store.H2Library;
import org.journeystudio.testing.ProductionLogging;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.journeystudio.testing.NewLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** The log file gets one line per change a user makes, and never what a respondent answered. */
// Runs alone: it switches the JVM's logging to the production set-up, which other classes would write into.
@Isolated
@SlowTest
class ActionLogTest {
    @TempDir
    Path temp;

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void importsAndExportsAreLoggedOneLineEachWithoutAnyAnswer() throws Exception {
        Path library = temp.resolve("library");
        try (H2Library opened = NewLibraries.open(library)) {
            opened.create(SampleMaps.airline("aurora"));
        }
        Path survey = temp.resolve("visit.csv");
        Files.writeString(survey, """
                Segment,Check-in,Comment
                Zanzibar Elite,5,the gate agent Priya was rude
                Zanzibar Elite,4,lounge smelled of cabbage
                Budget,2,seat 14C was broken
                """, StandardCharsets.UTF_8);
        Path exported = temp.resolve("aurora.journey.json");

        try (ProductionLogging logging = ProductionLogging.into(temp.resolve("logs"))) {
            assertThat(cli.run("import-survey", survey.toString(), "--project", "aurora", "--segment", "Segment",
                    "--scale", "1-5", "--library", library.toString())).isZero();
            assertThat(cli.run("export", "--project", "aurora", "--out", exported.toString(),
                    "--library", library.toString())).isZero();
            assertThat(cli.run("import", exported.toString(), "--library", library.toString())).isZero();

            String log = logging.text();
            assertThat(log.lines().filter(line -> line.contains(" INFO "))).hasSize(4);
            assertThat(log).contains("Survey " + survey + " imported into project aurora as import ")
                    .contains("'Before survey import' of project aurora kept")
                    .contains("Project aurora exported to " + exported)
                    .containsPattern("Project \\S+ '.+' imported from " + java.util.regex.Pattern.quote(exported.toString()));
            assertThat(log).doesNotContain("Zanzibar").doesNotContain("Priya").doesNotContain("cabbage")
                    .doesNotContain("14C");
        }
        assertThat(cli.err()).isEmpty();
    }
}

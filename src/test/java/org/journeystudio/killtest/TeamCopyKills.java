package org.journeystudio.killtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.journeystudio.cli.StudioCommandLine;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.PostgresLibrary;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.store.StoredImport;
import org.journeystudio.store.TeamLibraryAddress;
import org.journeystudio.testing.ChildJvm;
import org.journeystudio.testing.PostgresCluster;
import org.journeystudio.testing.SampleMaps;

/**
 * {@code journey-studio copy} from a local library into a team library, killed mid-way: the project (map and a
 * survey import of its respondents) goes over in one transaction on the server, so after the kill the team library
 * holds either none of it or all of it. Kills fall within the command's own run (after the child said "start"), not
 * in the JVM's start-up, so that a few trials are enough.
 */
final class TeamCopyKills {
    private static final String PROJECT = "aurora";
    private static final int RESPONDENTS = 5_000;

    private final Path folder;
    private final Path local;
    private final PostgresCluster.Database database;
    private final TeamLibraryAddress team;
    private final Map<String, String> environment;
    private final JourneyMap source;
    /** How long the copy takes from the child's "start" to its "exit 0". */
    private final long copyMillis;

    TeamCopyKills(Path folder) throws Exception {
        this.folder = folder;
        this.local = folder.resolve("local");
        this.database = PostgresCluster.shared().newDatabase();
        this.environment = Map.of("PGUSER", database.user(), "PGPASSWORD", database.password());
        this.team = TeamLibraryAddress.parse(database.libraryUrl(), environment);
        try (H2Library created = H2Library.open(local)) {
            created.create(SampleMaps.airline(PROJECT));
        }
        Path survey = SurveyImportKills.writeSurvey(folder.resolve("survey.csv"), RESPONDENTS);
        StringWriter errors = new StringWriter();
        assertThat(StudioCommandLine.standard().execute(new String[] {"import-survey", survey.toString(), "--project",
                PROJECT, "--segment", "Segment", "--scale", "1-5", "--library", local.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(errors))).as(errors.toString()).isZero();
        try (H2Library imported = H2Library.open(local)) {
            this.source = imported.load(PROJECT).orElseThrow();
        }
        try (ChildJvm child = start()) {
            assertThat(child.nextLine(60)).as("stderr:%n%s", child.errors()).isEqualTo("start");
            long started = System.nanoTime();
            List<String> lines = new ArrayList<>();
            for (String line = child.nextLine(60); line != null; line = child.nextLine(60)) {
                lines.add(line);
            }
            this.copyMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(lines).as("a whole copy; stderr:%n%s", child.errors()).contains("exit 0");
        }
        assertThat(inTeamLibrary()).as("a whole copy").isTrue();
    }

    /** One trial; returns whether the project was found whole (true) or not at all (false). */
    boolean trial(Random random) throws Exception {
        long delay = random.nextLong(copyMillis + 1);
        boolean[] finished = {false};
        try (ChildJvm child = start()) {
            assertThat(child.nextLine(60)).as("stderr:%n%s", child.errors()).isEqualTo("start");
            Kills.killAfter(child, delay, line -> finished[0] |= line.equals("exit 0"));
        }
        boolean whole = inTeamLibrary();
        assertThat(whole || !finished[0]).as("killed %d ms into the copy after it finished: the project is there",
                delay).isTrue();
        return whole;
    }

    /**
     * Whether the team library holds the project, checking it is whole (the map and every respondent) and then
     * deleting it for the next trial; fails on any part of it without the rest.
     */
    private boolean inTeamLibrary() {
        try (PostgresLibrary library = PostgresLibrary.open(team, environment)) {
            List<ProjectSummary> projects = library.list();
            if (projects.isEmpty()) {
                assertThat(library.surveyResponses().imports(source.id())).as("no import without its project")
                        .isEmpty();
                return false;
            }
            assertThat(projects).extracting(ProjectSummary::title).containsExactly(source.title());
            String id = projects.get(0).id();
            assertThat(timeless(library.load(id).orElseThrow())).isEqualTo(timeless(source));
            assertThat(library.surveyResponses().imports(id)).singleElement().extracting(StoredImport::respondents)
                    .isEqualTo((long) RESPONDENTS);
            library.delete(id);
            return true;
        }
    }

    private ChildJvm start() throws IOException {
        return ChildJvm.start(KilledCommand.class, folder.resolve("copy-stderr.txt"), environment, "copy", "--from",
                local.toString(), "--to", database.libraryUrl(), "--project", PROJECT);
    }

    /** The team library keeps times to the microsecond, the local one to the nanosecond. */
    private static JourneyMap timeless(JourneyMap map) {
        return map.withTimes(Instant.EPOCH, Instant.EPOCH);
    }
}

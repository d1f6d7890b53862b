package org.journeystudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.testing.PostgresCluster;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The command line on a team library: {@code --library postgresql://…} with the password from a pgpass file (read by
 * the driver's own parser, pointed at by its {@code org.postgresql.pgpassfile} property as PGPASSFILE would).
 */
// It points the ~/.pgpass lookup elsewhere through a system property.
@ResourceLock(Resources.SYSTEM_PROPERTIES)
@SlowTest
class TeamLibraryCommandsTest {
    private static final String PGPASS_PROPERTY = "org.postgresql.pgpassfile";

    @TempDir
    Path temp;

    private final CommandLineRun cli = new CommandLineRun();
    private PostgresCluster.Database database;
    private String library;

    @BeforeEach
    void teamLibraryWithAPgpassFile() throws Exception {
        database = PostgresCluster.shared().newDatabase();
        Path pgpass = temp.resolve("pgpass");
        Files.writeString(pgpass, database.host() + ":" + database.port() + ":" + database.name() + ":"
                + database.user() + ":" + database.password() + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        System.setProperty(PGPASS_PROPERTY, pgpass.toString());
        library = "postgresql://" + database.user() + "@" + database.host() + ":" + database.port() + "/"
                + database.name();
    }

    @AfterEach
    void forgetPgpass() {
        System.clearProperty(PGPASS_PROPERTY);
    }

    @Test
    void importListExportAndRenderWorkOnATeamLibrary() throws Exception {
        JourneyMap map = new ResourceTemplateCatalog().instantiate("online-retailer", "Shop",
                Instant.parse("2026-03-01T10:00:00Z"));
        Path in = temp.resolve("shop.journey.json");
        JourneyJson.write(map, in);

        assertThat(cli.run("import", in.toString(), "--library", library)).as(cli.err()).isZero();
        assertThat(cli.run("--library", library, "list")).as(cli.err()).isZero();
        Path back = temp.resolve("back.journey.json");
        assertThat(cli.run("export", "--library", library, "--project", "shop", "--out", back.toString()))
                .as(cli.err()).isZero();
        Path picture = temp.resolve("shop.svg");
        assertThat(cli.run("render", "--project", "Shop", "--library", library, "--out", picture.toString()))
                .as(cli.err()).isZero();

        assertThat(cli.out()).contains("Imported 'Shop' (" + map.touchpoints().size() + " touchpoints) into "
                + library);
        assertThat(cli.out()).containsPattern(map.touchpoints().size() + " touchpoints  Shop");
        assertThat(JourneyJson.read(back)).isEqualTo(map);
        assertThat(Files.readString(picture)).startsWith("<?xml").contains("<svg");
        assertThat(cli.out() + cli.err()).doesNotContain(database.password());
    }

    @Test
    void aWrongPasswordAndAMissingDatabaseAreRefusedInASentence() throws Exception {
        Files.writeString(Path.of(System.getProperty(PGPASS_PROPERTY)), "*:*:*:*:not-the-password\n");

        assertThat(cli.run("--library", library, "list")).isEqualTo(1);
        assertThat(cli.err()).contains("Could not connect to the team library " + library)
                .contains("the server refused the password from ~/.pgpass for user '" + database.user() + "' on "
                        + database.host() + ":" + database.port()).doesNotContain("Exception").doesNotContain("not-the-password");

        Files.writeString(Path.of(System.getProperty(PGPASS_PROPERTY)), "*:*:*:*:" + database.password() + "\n");
        assertThat(cli.run("--library", library + "-missing", "list")).isEqualTo(1);
        assertThat(cli.err()).contains("the server has no database '" + database.name() + "-missing'");
    }

    @Test
    void theWindowOpensOnATeamLibraryAndAnAddressWithAPasswordIsRefusedBeforeIt() {
        assertThat(cli.outcome("--library", library, "shop.journey.json"))
                .isEqualTo(new StudioCommandLine.OpenWindow(null, Path.of("shop.journey.json"), library));
        assertThat(cli.run("--library", "postgresql://ana:secret@" + database.host() + "/journeys")).isEqualTo(1);
        assertThat(cli.err()).contains("password").doesNotContain("secret");
    }

    @Test
    void copyTakesAProjectToTheTeamLibraryAndBackUnderAnotherName() throws Exception {
        JourneyMap map = new ResourceTemplateCatalog().instantiate("online-retailer", "Shop",
                Instant.parse("2026-03-01T10:00:00Z"));
        Path in = temp.resolve("shop.journey.json");
        JourneyJson.write(map, in);
        String local = temp.resolve("local").toString();
        assertThat(cli.run("import", in.toString(), "--library", local)).as(cli.err()).isZero();

        assertThat(cli.run("copy", "--from", local, "--to", library, "--project", "shop")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Copied 'Shop' to " + library + ": 0 versions, 0 survey imports");
        assertThat(cli.run("copy", "--from", library, "--to", local, "--project", "Shop")).isEqualTo(1);
        assertThat(cli.err()).contains("The library " + local + " already has a project called 'Shop'; "
                + "nothing was copied. Give the copy another name with --as NEW_NAME");
        assertThat(cli.run("copy", "--from", library, "--to", local, "--project", "Shop", "--as", "Shop (team)"))
                .as(cli.err()).isZero();

        assertThat(cli.run("--library", local, "list")).isZero();
        assertThat(cli.out()).contains("  Shop (team)").containsPattern(map.touchpoints().size()
                + " touchpoints  Shop\\R");
        assertThat(cli.run("copy", "--from", local, "--to", library)).isEqualTo(2);
        assertThat(cli.err()).contains("missing --project NAME");
    }

    @Test
    void theEnvironmentVariableNamesATeamLibraryForTheCommands() throws Exception {
        JourneyMap map = new ResourceTemplateCatalog().instantiate("online-retailer", "Shop",
                Instant.parse("2026-03-01T10:00:00Z"));
        Path in = temp.resolve("shop.journey.json");
        JourneyJson.write(map, in);
        assertThat(cli.run("import", in.toString(), "--library", library)).as(cli.err()).isZero();

        ProcessResult list = launcher("list");
        assertThat(list.exitCode()).as(list.output()).isZero();
        assertThat(list.output()).containsPattern(map.touchpoints().size() + " touchpoints  Shop");
    }

    private record ProcessResult(int exitCode, String output) {
    }

    /** The real launcher in a JVM of its own, JOURNEY_STUDIO_LIBRARY naming the team library. */
    private ProcessResult launcher(String... arguments) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-Xmx128m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "-Dorg.postgresql.pgpassfile=" + System.getProperty(PGPASS_PROPERTY),
                org.journeystudio.app.Launcher.class.getName()));
        command.addAll(java.util.List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JOURNEY_STUDIO_LIBRARY", library);
        builder.environment().remove("PGPASSWORD");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new ProcessResult(process.waitFor(), output);
    }
}

package org.journeystudio.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.journeystudio.settings.StudioPreferences;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.PostgresLibrary;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.store.TeamLibraryAddress;
import org.journeystudio.testing.PostgresCluster;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.ui.fakes.FakeFilePicker;
import org.journeystudio.ui.fakes.FakeFiles;
import org.journeystudio.ui.fakes.FakeTemplates;
import org.journeystudio.ui.fakes.MemoryPreferences;
import org.journeystudio.testing.NewLibraries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * "Copy to library…" on the home screen: the project of the local (H2) library goes to a recent team library on the
 * test cluster, off the FX thread; a second copy under the same title is refused in a dialog, nothing written.
 */
// It points the ~/.pgpass lookup elsewhere through a system property.
@ResourceLock(Resources.SYSTEM_PROPERTIES)
@ExtendWith(ApplicationExtension.class)
@UiTest
class CopyToLibraryDialogTest {
    private static final String PGPASS_PROPERTY = "org.postgresql.pgpassfile";

    private H2Library library;
    private BackgroundWork work;
    private String team;
    private TeamLibraryAddress teamAddress;

    @Start
    void start(Stage stage) throws Exception {
        Path temp = Files.createTempDirectory("copy-to-library");
        PostgresCluster.Database database = PostgresCluster.shared().newDatabase();
        Path pgpass = temp.resolve("pgpass");
        Files.writeString(pgpass, "*:*:*:*:" + database.password() + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        System.setProperty(PGPASS_PROPERTY, pgpass.toString());
        team = "postgresql://" + database.user() + "@" + database.host() + ":" + database.port() + "/"
                + database.name();
        teamAddress = TeamLibraryAddress.parse(team, Map.of());
        library = NewLibraries.open(temp.resolve("local"));
        library.create(SampleMaps.shop("proj-shop"));
        StudioPreferences preferences = new StudioPreferences(new MemoryPreferences());
        preferences.libraryUsed(team);
        preferences.libraryUsed(library.location());
        work = new BackgroundWork();
        new StudioWindow(stage, new StudioWindow.Services(library, new FakeTemplates(), new FakeFiles(), preferences,
                new FakeFilePicker(), work), java.time.Clock.systemUTC()).show();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        work.close();
        library.close();
    }

    @AfterAll
    static void forgetPgpass() {
        System.clearProperty(PGPASS_PROPERTY);
    }

    @Test
    void copiesTheProjectToARecentTeamLibraryAndRefusesATakenTitle(FxRobot robot) throws Exception {
        openCopyDialog(robot);
        @SuppressWarnings("unchecked")
        ComboBox<String> choice = robot.lookup("#libraryChoice").queryAs(ComboBox.class);
        assertThat(choice.getItems()).containsExactly(team);
        assertThat(choice.getEditor().getText()).isEqualTo(team);
        robot.clickOn("#copyToLibraryButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !work.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        try (PostgresLibrary copy = PostgresLibrary.open(teamAddress)) {
            assertThat(copy.list()).extracting(ProjectSummary::title).containsExactly("Shop");
            assertThat(copy.load("proj-shop")).contains(library.load("proj-shop").orElseThrow());
        }

        openCopyDialog(robot);
        robot.clickOn("#copyToLibraryButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#errorReason").tryQuery().isPresent());
        assertThat(robot.lookup("#errorReason").queryLabeled().getText()).isEqualTo("The library " + team
                + " already has a project called 'Shop'; nothing was copied. Copy it under another name.");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("OK"))
                .queryAs(Button.class));
        try (PostgresLibrary copy = PostgresLibrary.open(teamAddress)) {
            assertThat(copy.list()).hasSize(1);
        }
    }

    /** Monocle sends no context-menu request for a right click, so the row's own menu is shown as a click would. */
    private static void openCopyDialog(FxRobot robot) {
        Node title = robot.lookup(".project-title").match((Labeled l) -> "Shop".equals(l.getText())).queryAs(Node.class);
        robot.clickOn(title);
        TableRow<?> row = robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getContextMenu() != null)
                .queryAs(TableRow.class);
        robot.interact(() -> row.getContextMenu().show(row, Side.BOTTOM, 0, 0));
        robot.clickOn("Copy to library…");
        WaitForAsyncUtils.waitForFxEvents();
    }
}

package org.journeystudio.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.journeystudio.store.OpeningLibrary;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.StudioCommand;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.ui.fakes.FakeTemplates;
import org.journeystudio.ui.fakes.InMemoryLibrary;
import org.journeystudio.ui.fakes.TestStudio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window shows before the library is open (start-up opens it in the background): the home screen answers
 * the keyboard and the menus meanwhile, says the library is opening instead of flashing the empty-library page,
 * and fills in its list the moment the library is open.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class HomeWhileLibraryOpensTest {
    private final TestStudio studio = new TestStudio();
    private final CompletableFuture<InMemoryLibrary> opening = new CompletableFuture<>();
    private StudioWindow window;

    @Start
    void start(Stage stage) {
        for (String title : List.of("Airline", "Bakery")) {
            studio.library.create(studio.templates.instantiate(FakeTemplates.RETAILER.id(), title,
                    studio.clock.instant()));
        }
        StudioWindow.Services services = new StudioWindow.Services(new OpeningLibrary(
                java.nio.file.Path.of(studio.library.location()), opening), studio.templates, studio.files, studio.preferences,
                studio.picker, studio.work, studio.workshops);
        window = new StudioWindow(stage, services, Clock.systemUTC());
        window.show();
    }

    @AfterEach
    void stop() throws Exception {
        opening.complete(studio.library);
        FxToolkit.hideStage();
        studio.work.close();
    }

    @Test
    void theHomeScreenAnswersWhileTheLibraryOpensAndFillsInOnceOpen(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#projectTable").queryAs(TableView.class);
        assertThat(table.getItems()).isEmpty();
        assertThat(robot.lookup("#openingLibraryLabel").queryAs(Labeled.class).isVisible()).isTrue();
        assertThat(robot.lookup("#welcomePane").query().isVisible()).as("no empty-library page flashes by").isFalse();
        assertThat(robot.lookup("#newButton").query().isDisabled()).isTrue();

        robot.clickOn("#searchField").write("Bak");
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).getText()).isEqualTo("Bak");
        robot.clickOn("View");
        MenuItem dark = window.menus().item(StudioCommand.DARK_THEME);
        assertThat(dark.isDisable()).isFalse();
        robot.clickOn(dark.getText());

        robot.interact(() -> opening.complete(studio.library));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(p -> ((ProjectSummary) p).title()).containsExactly("Bakery");
        assertThat(robot.lookup("#newButton").query().isDisabled()).isFalse();
        assertThat(studio.preferences.darkTheme()).isTrue();
        Node selected = robot.lookup(".table-row-cell:selected").query();
        assertThat(selected).isNotNull();
    }

    @Test
    void aLibraryThatOpensEmptyShowsTheWelcomePageWithItsTemplates(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#templateTiles").queryAs(FlowPane.class).getChildren())
                .as("no tiles made while it is not known whether the library is empty").isEmpty();
        for (ProjectSummary project : studio.library.list()) {
            studio.library.delete(project.id());
        }
        System.gc(); // a listener only a collectable binding held would go now

        robot.interact(() -> opening.complete(studio.library));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#welcomePane").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#templateTiles").queryAs(FlowPane.class).getChildren())
                .hasSize(studio.templates.list().size());
    }
}

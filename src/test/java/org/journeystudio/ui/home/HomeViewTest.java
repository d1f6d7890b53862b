package org.journeystudio.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.ui.fakes.FakeTemplates;
import org.journeystudio.ui.fakes.TestStudio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real home screen with TestFX; the library and templates are in-memory fakes. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class HomeViewTest {
    private TestStudio studio;
    private Stage stage;
    private StudioWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        studio = new TestStudio();
        window = studio.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        studio.work.close();
    }

    @Test
    void anEmptyLibraryOffersTheTemplatesProminently(FxRobot robot) {
        assertThat(robot.lookup("#welcomePane").queryAs(javafx.scene.layout.VBox.class).isVisible()).isTrue();
        assertThat(robot.lookup("#projectsPane").query().isVisible()).isFalse();
        assertThat(robot.lookup(".template-tile").queryAll()).hasSize(2);
        assertThat(robot.lookup("#tile-online-retailer .tile-name").queryAs(Label.class).getText())
                .isEqualTo("Online retailer");
    }

    @Test
    void aProjectMadeFromATemplateOpensInTheEditorRightAway(FxRobot robot) {
        robot.clickOn("#tile-online-retailer");
        assertThat(robot.lookup("#templateList").queryListView().getSelectionModel().getSelectedItem())
                .isEqualTo(FakeTemplates.RETAILER);
        replaceText(robot, "#titleField", "Gifts");
        robot.clickOn("#createProjectButton");
        waitUntil(() -> robot.lookup("#journeyMap").tryQuery().isPresent());

        assertThat(stage.getTitle()).contains("Gifts");
        assertThat(window.editor().orElseThrow().session().map().title()).isEqualTo("Gifts");
        assertThat(robot.lookup(".touchpoint-card").queryAll()).hasSize(5);
        assertThat(studio.library.titles()).containsExactly("Gifts");
        String created = studio.library.list().get(0).id();
        assertThat(window.editor().orElseThrow().session().map().id()).isEqualTo(created);
        // Opened the way a double-click opens: it now heads the recent projects too.
        assertThat(studio.preferences.recentProjects()).containsExactly(created);

        robot.clickOn("#backButton");
        assertThat(titlesShown(robot)).containsExactly("Gifts");
        assertThat(table(robot).getSelectionModel().getSelectedItem().title()).isEqualTo("Gifts");
    }

    @Test
    void aNewBlankProjectOpensInTheEditorToo(FxRobot robot) {
        withProjects(robot, "Existing");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        assertThat(robot.lookup("#templateList").queryListView().getSelectionModel().getSelectedItem())
                .isEqualTo(FakeTemplates.BLANK);
        replaceText(robot, "#titleField", "Fresh start");
        robot.clickOn("#createProjectButton");
        waitUntil(() -> robot.lookup("#journeyMap").tryQuery().isPresent());

        assertThat(stage.getTitle()).contains("Fresh start");
        assertThat(window.editor().orElseThrow().session().map().title()).isEqualTo("Fresh start");
        assertThat(studio.library.titles()).containsExactlyInAnyOrder("Existing", "Fresh start");
    }

    @Test
    void createsAProjectFromATemplateRenamesItAndFindsItAfterARestart(FxRobot robot) {
        robot.clickOn("#tile-online-retailer");
        replaceText(robot, "#titleField", "Gifts");
        robot.clickOn("#createProjectButton");
        waitUntil(() -> robot.lookup("#journeyMap").tryQuery().isPresent());
        robot.clickOn("#backButton");

        assertThat(studio.library.titles()).containsExactly("Gifts");
        assertThat(titlesShown(robot)).containsExactly("Gifts");
        assertThat(robot.lookup("#projectsPane").query().isVisible()).isTrue();
        assertThat(studio.library.list().get(0).touchpointCount()).isEqualTo(5);

        robot.clickOn(".project-title");
        robot.push(KeyCode.F2);
        replaceText(robot, "#renameField", "Toys");
        robot.clickOn(dialogButton(robot, "OK"));

        assertThat(studio.library.titles()).containsExactly("Toys");
        assertThat(titlesShown(robot)).containsExactly("Toys");

        // Restart: close the window, open a new one on the same library and preferences.
        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(640);
        });
        robot.interact(stage::close);
        Stage second = newStage();
        robot.interact(() -> new StudioWindow(second, studio.services(), studio.clock).show());
        assertThat(titlesShown(robot)).containsExactly("Toys");
        assertThat(second.getWidth()).isEqualTo(900);
        assertThat(second.getHeight()).isEqualTo(640);
        robot.interact(second::close);
    }

    private static Stage newStage() {
        try {
            return FxToolkit.registerStage(Stage::new);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("No new stage within the timeout", e);
        }
    }

    @Test
    void aFileGivenAtStartIsAddedToTheLibraryAndOpened(FxRobot robot) {
        Path file = Path.of("gift-shop.journey.json");
        studio.files.put(file, studio.templates.instantiate(FakeTemplates.RETAILER.id(), "Gift shop",
                studio.clock.instant()));

        robot.interact(() -> window.openFile(file));
        waitUntil(() -> window.editor().isPresent());

        assertThat(studio.library.titles()).containsExactly("Gift shop");
        assertThat(window.editor().orElseThrow().session().map().title()).isEqualTo("Gift shop");
        assertThat(stage.getTitle()).startsWith("Gift shop");
    }

    @Test
    void theNewProjectShortcutOpensTheDialogWithTheFirstTemplateAndASuggestedTitle(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        assertThat(robot.lookup("#templateList").queryListView().getSelectionModel().getSelectedItem())
                .isEqualTo(FakeTemplates.BLANK);
        assertThat(robot.lookup("#titleField").queryTextInputControl().getText()).isEqualTo("Untitled journey");
        robot.clickOn(dialogButton(robot, "Cancel"));
        assertThat(studio.library.titles()).isEmpty();
    }

    @Test
    void theCreateButtonWaitsForATitleAndSaysWhy(FxRobot robot) {
        robot.clickOn("#tile-blank");
        assertThat(robot.lookup("#titleProblem").query().isVisible()).isFalse();
        replaceText(robot, "#titleField", "");
        assertThat(robot.lookup("#createProjectButton").queryButton().isDisabled()).isTrue();
        assertProblem(robot, "#titleField", "#titleProblem", "Give the project a title");
        robot.write("Named");
        assertThat(robot.lookup("#createProjectButton").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#titleProblem").query().isVisible()).isFalse();
        assertThat(robot.lookup("#titleField").query().getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);
        robot.clickOn("#createProjectButton");
        assertThat(studio.library.titles()).containsExactly("Named");
        waitUntil(() -> window.editor().isPresent());
    }

    @Test
    void renamingToNothingIsRefusedWithAReason(FxRobot robot) {
        withProjects(robot, "Kept");
        select(robot, "Kept");
        robot.push(KeyCode.F2);
        replaceText(robot, "#renameField", "  ");
        assertThat(dialogButton(robot, "OK").isDisabled()).isTrue();
        assertProblem(robot, "#renameField", "#renameFieldProblem", "A project needs a title");
        robot.write("Renamed");
        robot.clickOn(dialogButton(robot, "OK"));
        assertThat(studio.library.titles()).containsExactly("Renamed");
    }

    /** The field shows the theme's danger outline, and the line under it says what is wrong. */
    private static void assertProblem(FxRobot robot, String field, String problem, String text) {
        assertThat(robot.lookup(problem).queryLabeled().getText()).isEqualTo(text);
        assertThat(robot.lookup(problem).query().isVisible()).isTrue();
        javafx.scene.control.Control input = robot.lookup(field).query();
        assertThat(input.getPseudoClassStates()).contains(Styles.STATE_DANGER);
        assertThat(input.getAccessibleHelp()).isEqualTo(text);
    }

    @Test
    void searchFiltersTheList(FxRobot robot) {
        withProjects(robot, "Banking onboarding", "Online shop", "Mobile banking");
        robot.clickOn("#searchField").write("bank");
        assertThat(titlesShown(robot)).containsExactlyInAnyOrder("Banking onboarding", "Mobile banking");
        assertThat(robot.lookup("#countLabel").queryLabeled().getText()).isEqualTo("2 of 3");

        robot.write("zzz");
        assertThat(titlesShown(robot)).isEmpty();
        assertThat(robot.lookup("#noMatchLabel").query().isVisible()).isTrue();
    }

    @Test
    void deleteAsksFirstAndRemovesOnlyWhenConfirmed(FxRobot robot) {
        withProjects(robot, "Keep me", "Remove me");
        select(robot, "Remove me");
        robot.clickOn("#deleteButton");
        assertThat(robot.lookup("#confirmDialog").tryQuery()).isPresent();
        robot.clickOn(dialogButton(robot, "Cancel"));
        assertThat(studio.library.titles()).containsExactlyInAnyOrder("Keep me", "Remove me");

        select(robot, "Remove me");
        robot.push(KeyCode.DELETE);
        robot.clickOn(dialogButton(robot, "Delete"));
        assertThat(studio.library.titles()).containsExactly("Keep me");
        assertThat(titlesShown(robot)).containsExactly("Keep me");
    }

    @Test
    void duplicateAddsACopyAndSelectsIt(FxRobot robot) {
        withProjects(robot, "Original");
        select(robot, "Original");
        robot.clickOn("#duplicateButton");
        assertThat(studio.library.titles()).containsExactlyInAnyOrder("Original", "Original (copy)");
        assertThat(table(robot).getSelectionModel().getSelectedItem().title()).isEqualTo("Original (copy)");
    }

    @Test
    void aBrokenImportSaysWhereTheFileIsWrongAndChangesNothing(FxRobot robot) {
        withProjects(robot, "Existing");
        Path file = Path.of("broken.journey.json");
        studio.files.putBroken(file, 12, 7, "expected a number for 'emotion'");
        studio.picker.importWillChoose(file);
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);

        waitUntil(() -> robot.lookup("#errorReason").tryQuery().isPresent());
        assertThat(robot.lookup("#errorReason").queryLabeled().getText())
                .isEqualTo("broken.journey.json:12:7: expected a number for 'emotion'");
        robot.clickOn(dialogButton(robot, "OK"));
        assertThat(studio.library.titles()).containsExactly("Existing");
    }

    @Test
    void importAddsTheFilesProjectAndExportWritesTheSelectedOne(FxRobot robot) {
        Path in = Path.of("in.journey.json");
        studio.files.put(in, SampleMaps.shopping("map-imported", "Imported journey"));
        studio.picker.importWillChoose(in);
        robot.clickOn("#importButton");
        waitUntil(() -> titlesShown(robot).contains("Imported journey"));
        assertThat(table(robot).getSelectionModel().getSelectedItem().title()).isEqualTo("Imported journey");

        Path out = Path.of("out.journey.json");
        studio.picker.exportWillChoose(out);
        robot.clickOn("#exportButton");
        waitUntil(() -> studio.files.written(out) != null);
        assertThat(studio.picker.lastSuggestion()).isEqualTo("Imported journey.journey.json");
        assertThat(studio.files.written(out).touchpoints()).hasSize(5);
    }

    @Test
    void theThemeSwitchGoesDarkAndIsRemembered(FxRobot robot) {
        try {
            robot.clickOn("#themeButton");
            assertThat(studio.preferences.darkTheme()).isTrue();
            assertThat(javafx.application.Application.getUserAgentStylesheet())
                    .isEqualTo(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
            robot.clickOn("#themeButton");
            assertThat(studio.preferences.darkTheme()).isFalse();
        } finally {
            robot.interact(() -> org.journeystudio.ui.Theme.apply(false));
        }
    }

    /** Puts projects in the library, then starts the window afresh, as the next run of the studio would. */
    private void withProjects(FxRobot robot, String... titles) {
        for (String title : titles) {
            studio.library.create(studio.templates.instantiate(FakeTemplates.BLANK.id(), title, studio.clock.instant()));
        }
        robot.interact(() -> {
            window = new StudioWindow(stage, studio.services(), studio.clock);
            window.show();
        });
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.push(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
    }

    private static Node dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals(text)).queryAs(Button.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<ProjectSummary> table(FxRobot robot) {
        return robot.lookup("#projectTable").queryAs(TableView.class);
    }

    private static java.util.List<String> titlesShown(FxRobot robot) {
        return table(robot).getItems().stream().map(ProjectSummary::title).toList();
    }

    private static void select(FxRobot robot, String title) {
        robot.clickOn(robot.lookup(".project-title").match((javafx.scene.control.Labeled l) -> title.equals(l.getText()))
                .queryAs(Node.class));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
            WaitForAsyncUtils.waitForFxEvents();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Condition not met within 5 seconds", e);
        }
    }
}

package org.journeystudio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeystudio.testing.FxWaits.waitUpTo;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.render.ExportFormat;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.fakes.TestStudio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The editor's Export menu reaches the export dialog and reports where the file went in its status bar. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class ExportFromEditorTest {
    @TempDir
    Path folder;

    private final TestStudio studio = new TestStudio();
    private JourneyMap shop;

    @Start
    void start(Stage stage) {
        shop = studio.templates.instantiate(org.journeystudio.ui.fakes.FakeTemplates.RETAILER.id(), "Shop", studio.clock.instant());
        studio.library.create(shop);
        studio.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        studio.work.close();
    }

    @Test
    void exportMenuWritesTheCsvAndSaysWhere(FxRobot robot) throws Exception {
        Path target = folder.resolve("shop.csv");
        studio.picker.exportWillChoose(target);
        Node cell = robot.lookup(".project-title").match((Labeled l) -> "Shop".equals(l.getText())).query();
        robot.doubleClickOn(cell);
        waitUpTo(20, () -> robot.lookup("#exportMenu").tryQuery().isPresent());

        robot.clickOn("#exportMenu").clickOn("Export…");
        waitUpTo(20, () -> robot.lookup("#formatChoice").tryQuery().isPresent());
        ChoiceBox<ExportFormat> format = robot.lookup("#formatChoice").query();
        robot.interact(() -> format.setValue(ExportFormat.CSV));
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "Export…".equals(b.getText()))
                .queryAs(Button.class));

        Label status = robot.lookup("#statusMessage").queryAs(Label.class);
        waitUpTo(20, () -> status.getText().startsWith("Exported to"));
        assertThat(status.getText()).endsWith(target.toAbsolutePath().toString());
        assertThat(studio.picker.lastSuggestion()).isEqualTo("Shop.csv");
        assertThat(Files.readString(target)).contains(shop.touchpoints().get(0).title());
    }

    @Test
    void theMermaidItemWritesAJourneyThatReadsBackAsTheMap(FxRobot robot) throws Exception {
        Path target = folder.resolve("shop.mmd");
        studio.picker.exportWillChoose(target);
        Node cell = robot.lookup(".project-title").match((Labeled l) -> "Shop".equals(l.getText())).query();
        robot.doubleClickOn(cell);
        waitUpTo(20, () -> robot.lookup("#exportMenu").tryQuery().isPresent());

        robot.clickOn("#exportMenu").clickOn("Mermaid (.mmd)…");

        Label status = robot.lookup("#statusMessage").queryAs(Label.class);
        waitUpTo(20, () -> status.getText().startsWith("Exported to"));
        assertThat(studio.picker.lastSuggestion()).isEqualTo("Shop.mmd");
        assertThat(org.journeystudio.store.mermaid.MermaidJourney.read(target).map()).isEqualTo(
                studio.library.load(shop.id()).orElseThrow());
    }
}

package org.journeystudio.ui.export;

import org.journeystudio.usecase.ExportChoices;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.render.ExportFormat;
import org.journeystudio.render.PageFit;
import org.journeystudio.render.PageSize;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.settings.StudioPreferences;
import org.journeystudio.ui.fakes.FakeFilePicker;
import org.journeystudio.ui.fakes.MemoryPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.journeystudio.testing.UiTest;

/** Drives the export dialog, the background export with its cancel, and printing without a printer. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class ExportFlowTest {
    @TempDir
    Path folder;

    private final JourneyMap map = new ResourceTemplateCatalog()
            .instantiate("online-retailer", "Shop: Autumn", Instant.parse("2026-11-20T10:00:00Z"));
    private final FakeFilePicker picker = new FakeFilePicker();
    private final BackgroundWork work = new BackgroundWork();
    private final StudioPreferences preferences = new StudioPreferences(new MemoryPreferences());
    private final MapExports exports = new MapExports(picker, work, preferences);
    private final AtomicReference<String> status = new AtomicReference<>("");
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        work.close();
    }

    @Test
    void pdfChosenInTheDialogIsWrittenWhereThePickerSaysWithTheMapsText(FxRobot robot) throws Exception {
        Path target = folder.resolve("chosen.pdf");
        picker.exportWillChoose(target);
        robot.interact(() -> javafx.application.Platform.runLater(() -> exports.export(stage, map, status::set)));
        waitFor(() -> robot.lookup("#formatChoice").tryQuery().isPresent(), "the export dialog");
        ChoiceBox<ExportFormat> format = robot.lookup("#formatChoice").query();
        robot.interact(() -> format.setValue(ExportFormat.SVG));
        assertThat(robot.lookup("#pageChoice").query().isDisabled()).as("PDF options off for SVG").isTrue();
        robot.interact(() -> format.setValue(ExportFormat.PDF));
        ChoiceBox<PageSize> page = robot.lookup("#pageChoice").query();
        robot.interact(() -> page.setValue(PageSize.A3));
        assertThat(robot.lookup("#pageChoice").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#scaleChoice").query().isDisabled()).as("PNG options off for PDF").isTrue();
        robot.clickOn(exportButton(robot));

        waitFor(() -> status.get().startsWith("Exported to"), "the export to finish");
        assertThat(status.get()).contains(target.toAbsolutePath().toString());
        assertThat(picker.lastSuggestion()).isEqualTo("Shop Autumn.pdf");
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(map.touchpoints().get(0).title());
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("A3 landscape").isCloseTo(1190.55f,
                    org.assertj.core.api.Assertions.within(1f));
        }
        assertThat(ExportChoices.decode(preferences.lastExportChoices()).page()).as("remembered")
                .isEqualTo(PageSize.A3);
    }

    @Test
    void cancellingTheDialogAsksForNoFileAndWritesNothing(FxRobot robot) throws Exception {
        picker.exportWillChoose(folder.resolve("never.pdf"));
        robot.interact(() -> javafx.application.Platform.runLater(() -> exports.export(stage, map, status::set)));
        waitFor(() -> robot.lookup("#formatChoice").tryQuery().isPresent(), "the export dialog");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#formatChoice").tryQuery()).isEmpty();
        assertThat(picker.lastSuggestion()).as("no file was asked for").isNull();
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void cancellingTheRunningExportLeavesNoFile(FxRobot robot) throws Exception {
        Path target = folder.resolve("cancelled.png");
        robot.interact(() -> {
            Task<Path> task = exports.exportTo(stage, map, choices(ExportFormat.PNG, 4), target, status::set);
            task.cancel();
        });
        waitFor(() -> "Export cancelled".equals(status.get()), "the cancel to be reported");
        // The worker removes its temporary file as it stops, just after the cancel is reported.
        waitFor(() -> {
            try (var files = Files.list(folder)) {
                return files.findAny().isEmpty();
            }
        }, "the temporary file to go");
        assertThat(target).doesNotExist();
    }

    @Test
    void pngAtTwiceTheScaleIsTwiceAsWide(FxRobot robot) throws Exception {
        Path single = folder.resolve("single.png");
        Path twice = folder.resolve("twice.png");
        robot.interact(() -> exports.exportTo(stage, map, choices(ExportFormat.PNG, 1), single, status::set));
        waitFor(() -> status.get().contains("single.png"), "the 1× export");
        robot.interact(() -> exports.exportTo(stage, map, choices(ExportFormat.PNG, 2), twice, status::set));
        waitFor(() -> status.get().contains("twice.png"), "the 2× export");

        BufferedImage one = ImageIO.read(single.toFile());
        BufferedImage two = ImageIO.read(twice.toFile());
        assertThat(two.getWidth()).isEqualTo(2 * one.getWidth());
        assertThat(two.getHeight()).isEqualTo(2 * one.getHeight());
    }

    @Test
    void printingWithoutAPrinterSaysSoInsteadOfFailing(FxRobot robot) throws Exception {
        robot.interact(() -> exports.run(MapExports.PRINT_ITEM, stage, map, status::set));
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent(), "the no-printer message");

        DialogPane message = robot.lookup(".dialog-pane").query();
        assertThat(message.getHeaderText()).isEqualTo("No printer found");
        assertThat(message.getContentText()).contains("Export to PDF instead");
        assertThat(status.get()).isEqualTo("No printer found");
    }

    private static ExportChoices choices(ExportFormat format, double scale) {
        return new ExportChoices(format, scale, false, PageSize.A4, PageFit.FIT_TO_PAGE, false, null);
    }

    private static Button exportButton(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").match((Button b) -> "Export…".equals(b.getText())).query();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}

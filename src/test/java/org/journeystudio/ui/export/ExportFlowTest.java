package org.journeystudio.ui.export;

import org.journeystudio.usecase.ExportChoices;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.journeystudio.compare.RatingSpread;
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
    /** Every rating stands on 30 answers, as if the library had them from a survey import. */
    private final MapExports exports = new MapExports(picker, work, preferences,
            shown -> (touchpointId, segmentId) -> Optional.of(new RatingSpread(30, 1, 5)));
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
        ChoiceBox<ExportFormat> format = openDialog(robot, target, ExportFormat.SVG);
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
            // A3, turned portrait because the template is taller than wide.
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).as("A3 portrait").isCloseTo(1190.55f,
                    org.assertj.core.api.Assertions.within(1f));
        }
        assertThat(ExportChoices.decode(preferences.lastExportChoices()).page()).as("remembered")
                .isEqualTo(PageSize.A3);
    }

    @Test
    void theHeatmapShowsOnlyTheSegmentsCheckedAndNeedsOneAtLeast(FxRobot robot) throws Exception {
        Path target = folder.resolve("heatmap.svg");
        openDialog(robot, target, ExportFormat.SVG);
        assertThat(robot.lookup("#segmentChecks").query().isDisabled()).as("no segments for the map").isTrue();
        robot.clickOn("#heatmapChoice");
        assertThat(segmentsShown(robot)).isEqualTo("All segments");

        // By keyboard: Space opens the list, Down twice reaches the second segment, Space unchecks it.
        robot.interact(() -> robot.lookup("#segmentChecks").query().requestFocus());
        robot.type(KeyCode.SPACE).type(KeyCode.DOWN, 2).type(KeyCode.SPACE);
        assertThat(segmentsShown(robot)).isEqualTo("First-time buyers, Business customers");
        assertThat(robot.lookup("#segmentChecks").query().getAccessibleText())
                .isEqualTo("First-time buyers, Business customers");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("Esc closed only the list").isPresent();

        robot.clickOn("#segmentChecks");
        robot.clickOn(segmentCheckBox(robot, "First-time buyers"));
        robot.clickOn(segmentCheckBox(robot, "Business customers"));
        assertThat(segmentsShown(robot)).isEqualTo("Pick at least one segment");
        assertThat(exportButton(robot).isDisabled()).as("nothing to draw").isTrue();
        robot.clickOn(segmentCheckBox(robot, "Business customers"));
        robot.clickOn(segmentCheckBox(robot, "First-time buyers"));
        robot.type(KeyCode.ESCAPE);
        assertThat(exportButton(robot).isDisabled()).isFalse();
        robot.clickOn(exportButton(robot));

        waitFor(() -> status.get().startsWith("Exported to"), "the export to finish");
        String texts = String.join(" ", java.util.regex.Pattern.compile("<text[^>]*>([^<]*)</text>")
                .matcher(Files.readString(target)).results().map(m -> m.group(1)).toList()).replaceAll("\\s+", " ");
        assertThat(texts).contains("First-time buyers").contains("Business customers")
                .doesNotContain("Returning customers");
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
    void aMarkdownReportGivesTheNumberOfAnswersTheLibraryKnows(FxRobot robot) throws Exception {
        Path report = folder.resolve("report.md");
        robot.interact(() -> exports.exportTo(stage, map, choices(ExportFormat.MD, 1), report, status::set));
        waitFor(() -> status.get().contains("report.md"), "the Markdown export");

        assertThat(Files.readString(report)).contains("n is the number of survey answers behind a mean")
                .contains("(n=30, 95% CI 1.0–5.0)");
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
        return new ExportChoices(format, scale, false, PageSize.A4, PageFit.FIT_TO_PAGE, false, java.util.List.of());
    }

    /** Opens the export dialog (the file picker will answer {@code target}) and picks {@code chosen}. */
    private ChoiceBox<ExportFormat> openDialog(FxRobot robot, Path target, ExportFormat chosen) {
        picker.exportWillChoose(target);
        robot.interact(() -> javafx.application.Platform.runLater(() -> exports.export(stage, map, status::set)));
        waitFor(() -> robot.lookup("#formatChoice").tryQuery().isPresent(), "the export dialog");
        ChoiceBox<ExportFormat> format = robot.lookup("#formatChoice").query();
        robot.interact(() -> format.setValue(chosen));
        return format;
    }

    /** The text of the closed segments box: what will be exported. */
    private static String segmentsShown(FxRobot robot) {
        return robot.lookup("#segmentChecks .list-cell")
                .match((javafx.scene.Node cell) -> !cell.getStyleClass().contains("check-box-list-cell"))
                .queryLabeled().getText();
    }

    private static javafx.scene.Node segmentCheckBox(FxRobot robot, String segment) {
        return robot.lookup(".combo-box-popup .check-box-list-cell")
                .match((javafx.scene.control.Labeled cell) -> segment.equals(cell.getText()))
                .lookup(".check-box").query();
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

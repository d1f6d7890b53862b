package org.journeystudio.ui.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.RatingSource;
import org.journeystudio.testing.FxStallWatch;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.Theme;
import org.journeystudio.testing.NewLibraries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs the survey wizard on the Google Forms fixture into a real library, then checks the heatmap's cells
 * (values and n, worked out by hand from the fixture) and what was written into the map.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class SurveyWizardTest {
    /** The longest the FX thread may be kept busy while the wizard works in the background. */
    private static final long STALL_MS = 100;
    /** The bound for a page's first CSS and layout pass (see the big-file test). */
    private static final long FIRST_LAYOUT_MS = 1500;

    @TempDir
    Path folder;

    private final BackgroundWork work = new BackgroundWork();
    private H2Library library;
    private SurveyFlow flow;

    @Start
    void start(Stage stage) throws URISyntaxException {
        library = NewLibraries.open(folder);
        JourneyMap map = SampleMaps.airline("aurora");
        library.create(map);
        Theme.apply(false);
        Scene scene = new Scene(new StackPane(), 1100, 700);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        flow = new SurveyFlow(new org.journeystudio.ui.session.EditorSession(map, library::save),
                library, work, scene, Clock.systemUTC(), () -> { });
        Path fixture = Path.of(SurveyWizardTest.class.getResource("/org/journeystudio/survey/google-forms.csv").toURI());
        flow.openWizard(() -> Optional.of(fixture));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        work.close();
        library.close();
    }

    @Test
    void theWizardImportsTheFixtureAndTheHeatmapShowsMeansAndN(FxRobot robot) throws Exception {
        robot.clickOn("#chooseFileButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text(robot.lookup("#formatLabel").query()).isEmpty());
        assertThat(text(robot.lookup("#formatLabel").query())).contains("delimiter comma", "layout Google Forms");
        robot.clickOn("#nextButton");
        assertThat(text(robot.lookup("#stepTitle").query())).startsWith("2");
        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot.lookup("#stepTitle").query()).startsWith("4"));
        WaitForAsyncUtils.waitForFxEvents(); // the label list builds its cells in the next layout pass
        assertThat(text(robot.lookup("#badRowsTitle").query())).isEqualTo("Every row can be read (7 rows).");
        assertThat(robot.lookup(".variant-spellings").queryAll().stream().map(n -> text(n)))
                .contains("\"Business\" ×1, \"business\" ×1, \"BUSINESS \" ×1 → Business");
        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#cell-0-3 .cell-value").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        // Booking by Travel class: Business 5, 4, 5; Economy 2, 3, 1; Premium 4; All seven answers.
        assertCell(robot, "#cell-0-0", "4.67", "n=3 · few");
        assertCell(robot, "#cell-0-1", "2.00", "n=3 · few");
        assertCell(robot, "#cell-0-2", "4.00", "n=1 · few");
        assertCell(robot, "#cell-0-3", "3.43", "n=7 · few");
        // Check-in: 0 and N/A are not applicable, so Business is 4 and 3, Economy 3 and 2.
        assertCell(robot, "#cell-1-0", "3.50", "n=2 · few");
        assertCell(robot, "#cell-1-1", "2.50", "n=2 · few");

        JourneyMap stored = library.load("aurora").orElseThrow();
        Segment business = stored.segments().stream().filter(s -> s.name().equals("Business")).findFirst().orElseThrow();
        Touchpoint booking = stored.touchpoints().stream().filter(t -> t.title().equals("Booking")).findFirst()
                .orElseThrow();
        assertThat(booking.satisfaction()).containsEntry(business.id(), 4.67);
        assertThat(library.surveyResponses().origins("aurora"))
                .anyMatch(o -> o.touchpointId().equals(booking.id()) && o.segmentId().equals(business.id())
                        && o.source() == RatingSource.IMPORTED);
    }

    /**
     * The columns page shows each rating column beside the touchpoint it matched; the user makes "Boarding" a new
     * touchpoint in the stage Flight with the mouse, and the map gets it there, observed, with its rating.
     */
    @Test
    void theUserChangesAMatchAndTheStageOfANewTouchpointAndTheMapFollows(FxRobot robot) throws Exception {
        robot.clickOn("#chooseFileButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#nextButton").queryButton().isDisabled());
        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(matchShown(robot, "Rate each step [Check-in]")).isEqualTo("Check-in at the desk");
        assertThat(stageShown(robot, "Rate each step [Boarding]")).as("a matched card's stage").isEqualTo("in Airport");

        robot.clickOn(row(robot, "Rate each step [Boarding]").lookup("#ratingTarget"));
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("New touchpoint"))
                .<Node>query());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.journeystudio.model.Stage> stageBox =
                (javafx.scene.control.ComboBox<org.journeystudio.model.Stage>)
                        row(robot, "Rate each step [Boarding]").lookup("#ratingStage");
        assertThat(stageBox.isVisible()).isTrue();
        assertThat(stageBox.getValue().name()).as("no stage named: the last").isEqualTo("Arrive");
        robot.clickOn(stageBox);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("Flight"))
                .<Node>query());
        assertThat(stageBox.getValue().name()).isEqualTo("Flight");

        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot.lookup("#stepTitle").query()).startsWith("4"));
        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#cell-0-0 .cell-value").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> library.load("aurora").orElseThrow().touchpoints()
                .stream().filter(t -> t.title().equals("Boarding")).count() == 2);

        JourneyMap stored = library.load("aurora").orElseThrow();
        Touchpoint boarding = stored.touchpoints().stream().filter(t -> t.title().equals("Boarding")
                && t.stageId().equals("st-flight")).findFirst().orElseThrow();
        assertThat(boarding.evidence()).isEqualTo(org.journeystudio.model.Evidence.OBSERVED);
        assertThat(boarding.satisfaction()).isNotEmpty();
        assertThat(stored.touchpoints()).filteredOn(t -> t.title().equals("Boarding") && t.stageId().equals("st-airport"))
                .singleElement().as("the old card, no longer matched, is not rated")
                .satisfies(t -> assertThat(t.satisfaction()).isEmpty());
    }

    /** The row of the columns page that shows {@code column}, scrolled into view. */
    private static Node row(FxRobot robot, String column) {
        javafx.scene.control.ListView<org.journeystudio.ratings.SurveyImportDraft.RatingPick> list =
                robot.lookup("#ratingList").query();
        robot.interact(() -> list.getItems().stream().filter(p -> p.column().name().equals(column)).findFirst()
                .ifPresent(list::scrollTo));
        return robot.lookup("#ratingList .list-cell").queryAll().stream()
                .filter(cell -> cell.lookup(".check-box") instanceof javafx.scene.control.CheckBox box
                        && column.equals(box.getText()) && cell.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + column));
    }

    private static String matchShown(FxRobot robot, String column) {
        return String.valueOf(((javafx.scene.control.ComboBox<?>) row(robot, column).lookup("#ratingTarget")).getValue());
    }

    private static String stageShown(FxRobot robot, String column) {
        return text(row(robot, column).lookup(".matched-stage"));
    }

    @Test
    void unreadableRowsAreListedWithTheirLinesAndImportWaitsUntilTheyAreSkipped(FxRobot robot) throws Exception {
        Path badRows = Path.of(SurveyWizardTest.class.getResource("/org/journeystudio/survey/bad-rows.csv").toURI());
        robot.interact(() -> robot.lookup("#chooseFileButton").queryButton().getScene().getWindow().hide());
        robot.interact(() -> flow.openWizard(() -> Optional.of(badRows)));
        robot.clickOn("#chooseFileButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#nextButton").query().isDisabled());
        robot.clickOn("#nextButton");
        robot.interact(() -> robot.lookup("#scaleChoice").<javafx.scene.control.ChoiceBox<String>>query()
                .setValue("0-10"));
        // "Food" holds the text "lots", so it is not detected as a rating column; the user ticks it.
        javafx.scene.control.ListView<org.journeystudio.ratings.SurveyImportDraft.RatingPick> ratings = robot.lookup("#ratingList").query();
        assertThat(ratings.getItems()).filteredOn(p -> p.used()).extracting(p -> p.column().name())
                .containsExactly("Service");
        robot.interact(() -> {
            ratings.getItems().stream().filter(p -> p.column().name().equals("Food")).forEach(p -> p.use(true));
            ratings.refresh();
        });
        // Its one text answer "lots" among numbers is a bad answer, not a scale: no scales page.
        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot.lookup("#stepTitle").query()).startsWith("4"));

        assertThat(text(robot.lookup("#badRowsTitle").query())).isEqualTo("2 of 5 rows cannot be read:");
        assertThat(robot.lookup("#badRowList").<javafx.scene.control.ListView<String>>query().getItems())
                .containsExactly("line 5: has 3 fields but the header has 4",
                        "line 6: column 'Food': 'lots' is not an answer on the 0-10 scale");
        robot.clickOn("#nextButton");
        assertThat(text(robot.lookup("#errorLabel").query())).contains("Skip these rows");
        assertThat(library.surveyResponses().imports("aurora")).isEmpty();

        robot.clickOn("#skipBadRows");
        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#cell-0-0 .cell-value").tryQuery().isPresent());
        assertThat(library.surveyResponses().imports("aurora")).singleElement()
                .satisfies(i -> assertThat(i.skippedRows()).isEqualTo(2))
                .satisfies(i -> assertThat(i.respondents()).isEqualTo(3));
    }

    /**
     * A 50,000-row file: while it is read, scanned and imported, until each result reaches the FX thread, the FX
     * thread is never held for 100 ms. The page each result fills is then laid out for the first time (a new
     * window has no CSS cached), which under Monocle's software pipeline takes a few hundred ms for the preview
     * table, the columns page (a combo box per rating column) and the heatmap (its FXML and chart): those first
     * layout passes get a loose bound, and the watch is reset after each.
     */
    @Test
    void aBigFileIsReadScannedAndImportedWithoutBlockingTheFxThread(FxRobot robot) throws Exception {
        Path big = GoogleFormsSurvey.write(folder.resolve("big-google-forms.csv"), 50_000);
        robot.interact(() -> robot.lookup("#chooseFileButton").queryButton().getScene().getWindow().hide());
        robot.interact(() -> flow.openWizard(() -> Optional.of(big)));
        javafx.stage.Window wizard = robot.lookup("#chooseFileButton").queryButton().getScene().getWindow();
        try (FxStallWatch watch = FxStallWatch.start()) {
            AtomicLong untilRead = noteStall(watch, robot.lookup("#formatLabel").<Labeled>query().textProperty(),
                    text -> !text.isEmpty());
            AtomicLong untilChecked = noteStall(watch, robot.lookup("#stepTitle").<Labeled>query().textProperty(),
                    text -> text.startsWith("4"));
            AtomicLong untilImported = noteStall(watch, wizard.showingProperty(), showing -> !showing);

            robot.clickOn("#chooseFileButton");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> untilRead.get() >= 0);
            assertThat(untilRead.get()).as("reading: " + watch.report()).isLessThan(STALL_MS);
            firstLayoutPass(watch, "the preview");

            robot.clickOn("#nextButton");
            firstLayoutPass(watch, "the columns page");
            robot.clickOn("#nextButton");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> untilChecked.get() >= 0);
            assertThat(untilChecked.get()).as("scanning: " + watch.report()).isLessThan(STALL_MS);
            firstLayoutPass(watch, "the check page");
            assertThat(text(robot.lookup("#badRowsTitle").query())).isEqualTo("Every row can be read (50000 rows).");

            robot.clickOn("#nextButton");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> untilImported.get() >= 0);
            assertThat(untilImported.get()).as("importing: " + watch.report()).isLessThan(STALL_MS);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> robot.lookup("#cell-0-0 .cell-value").tryQuery().isPresent());
            firstLayoutPass(watch, "the heatmap");
        }
        assertThat(library.surveyResponses().imports("aurora")).singleElement()
                .satisfies(i -> assertThat(i.respondents()).isEqualTo(50_000));
    }

    /**
     * The longest stall up to the moment {@code value} first meets {@code reached}, noted on the FX thread as it
     * changes: before the layout pass that change causes. -1 until then.
     */
    private static <T> AtomicLong noteStall(FxStallWatch watch, javafx.beans.value.ObservableValue<T> value,
                                            java.util.function.Predicate<T> reached) throws Exception {
        AtomicLong noted = new AtomicLong(-1);
        WaitForAsyncUtils.asyncFx(() -> value.addListener((obs, old, now) -> {
            if (reached.test(now) && noted.get() < 0) {
                noted.set(watch.longestStallMillis());
            }
        })).get(5, TimeUnit.SECONDS);
        return noted;
    }

    /** Lets a page's first CSS and layout pass run, bounded loosely, then forgets it. */
    private static void firstLayoutPass(FxStallWatch watch, String page) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(watch.longestStallMillis()).as(page + ": " + watch.report()).isLessThan(FIRST_LAYOUT_MS);
        watch.reset();
    }

    private static void assertCell(FxRobot robot, String id, String value, String n) {
        assertThat(text(robot.lookup(id + " .cell-value").query())).as(id).isEqualTo(value);
        assertThat(text(robot.lookup(id + " .cell-n").query())).as(id).isEqualTo(n);
    }

    private static String text(Node node) {
        return ((Labeled) node).getText();
    }
}

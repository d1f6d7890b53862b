package org.journeystudio.ui.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs the survey wizard on the Google Forms fixture into a real library, then checks the heatmap's cells
 * (values and n, worked out by hand from the fixture) and what was written into the map.
 */
@ExtendWith(ApplicationExtension.class)
class SurveyWizardTest {
    @TempDir
    Path folder;

    private final BackgroundWork work = new BackgroundWork();
    private H2Library library;
    private SurveyFlow flow;

    @Start
    void start(Stage stage) throws URISyntaxException {
        library = H2Library.open(folder);
        JourneyMap map = SurveyMaps.airline("aurora");
        library.create(map);
        Theme.apply(false);
        Scene scene = new Scene(new StackPane(), 1100, 700);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        flow = new SurveyFlow(new org.journeystudio.ui.editor.EditorSession(map, library::save),
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
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot.lookup("#stepTitle").query()).startsWith("3"));
        assertThat(text(robot.lookup("#badRowsTitle").query())).isEqualTo("Every row can be read (7 rows).");
        assertThat(robot.lookup(".variant-spellings").queryAll().stream().map(n -> text(n)))
                .contains("\"Business\" ×1, \"business\" ×1, \"BUSINESS \" ×1 → Business");
        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#cell-0-3 .cell-value").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        // Booking by Travel class: Business 5, 4, 5; Economy 2, 3, 1; Premium 4; All seven answers.
        assertCell(robot, "#cell-0-0", "4.67", "n=3 · low");
        assertCell(robot, "#cell-0-1", "2.00", "n=3 · low");
        assertCell(robot, "#cell-0-2", "4.00", "n=1 · low");
        assertCell(robot, "#cell-0-3", "3.43", "n=7 · low");
        // Check-in: 0 and N/A are not applicable, so Business is 4 and 3, Economy 3 and 2.
        assertCell(robot, "#cell-1-0", "3.50", "n=2 · low");
        assertCell(robot, "#cell-1-1", "2.50", "n=2 · low");

        JourneyMap stored = library.load("aurora").orElseThrow();
        Segment business = stored.segments().stream().filter(s -> s.name().equals("Business")).findFirst().orElseThrow();
        Touchpoint booking = stored.touchpoints().stream().filter(t -> t.title().equals("Booking")).findFirst()
                .orElseThrow();
        assertThat(booking.satisfaction()).containsEntry(business.id(), 4.67);
        assertThat(library.surveyResponses().origins("aurora"))
                .anyMatch(o -> o.touchpointId().equals(booking.id()) && o.segmentId().equals(business.id())
                        && o.source() == RatingSource.IMPORTED);
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
        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot.lookup("#stepTitle").query()).startsWith("3"));

        assertThat(text(robot.lookup("#badRowsTitle").query())).isEqualTo("2 of 5 rows cannot be read:");
        assertThat(robot.lookup("#badRowList").<javafx.scene.control.ListView<String>>query().getItems())
                .containsExactly("line 5: has 3 fields but the header has 4",
                        "line 6: column 'Food': 'lots' is not a rating on the 0-10 scale");
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

    private static void assertCell(FxRobot robot, String id, String value, String n) {
        assertThat(text(robot.lookup(id + " .cell-value").query())).as(id).isEqualTo(value);
        assertThat(text(robot.lookup(id + " .cell-n").query())).as(id).isEqualTo(n);
    }

    private static String text(Node node) {
        return ((Labeled) node).getText();
    }
}

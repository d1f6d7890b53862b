package org.journeystudio.ui.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.journeystudio.store.H2Library;
import org.journeystudio.survey.TextScales;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.Theme;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.testing.NewLibraries;
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
 * Runs the wizard like a user on three files of the survey corpus (a known text scale, a numeric one with no scales
 * page, and a custom scale ordered by keyboard and by drag) and checks every heatmap cell against the file's
 * {@code NAME.expected.json}.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class SurveyScalesWizardTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private final BackgroundWork work = new BackgroundWork();
    private H2Library library;
    private SurveyFlow flow;

    @Start
    void start(Stage stage) {
        library = NewLibraries.open(folder);
        library.create(SampleMaps.airline("aurora"));
        Theme.apply(false);
        Scene scene = new Scene(new StackPane(), 1100, 700);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        flow = new SurveyFlow(new EditorSession(library.load("aurora").orElseThrow(), library::save), library, work,
                scene, Clock.systemUTC(), () -> { });
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        work.close();
        library.close();
    }

    @Test
    void aCustomScaleIsOrderedByKeyboardAndDragBeforeTheImport(FxRobot robot) throws Exception {
        JsonNode expected = chooseColumns(robot, "custom-scale", List.of("Checkout speed", "Page loading",
                "Delivery speed"));
        assertThat(title(robot)).startsWith("3 · Order the answer scales");
        assertThat(robot.lookup("#nextButton").query().isDisabled()).as("the order is not given yet").isTrue();
        assertThat(text(robot.lookup("#scalesProblem").query())).contains("in order, lowest first");
        assertThat(text(robot.lookup("#countsNote").query())).isEqualTo("Counts from all 14 rows.");
        ListView<TextScales.Answer> answers = robot.lookup("#scale-answers-0").query();
        assertThat(labels(answers)).containsExactly("Too slow", "A bit slow", "Just right!");
        assertThat(robot.from(answers).lookup(".scale-count").queryAll().stream().map(n -> text(n)).toList())
                .containsExactly("×15", "×10", "×15");

        // Alt+Up twice takes the selected answer to the top, and its number with it.
        robot.clickOn(cellText(robot, answers, "Just right!"));
        robot.press(KeyCode.ALT).type(KeyCode.UP).type(KeyCode.UP).release(KeyCode.ALT);
        assertThat(labels(answers)).containsExactly("Just right!", "Too slow", "A bit slow");
        assertThat(numbers(robot, answers)).containsExactly("1", "2", "3");
        assertThat(robot.lookup("#nextButton").query().isDisabled()).as("moved: the order is given").isFalse();

        // Dragged onto the last answer, it goes back to the bottom: the order the file's README gives.
        robot.drag(cellText(robot, answers, "Just right!"), MouseButton.PRIMARY)
                .dropTo(cellText(robot, answers, "A bit slow"));
        assertThat(labels(answers)).containsExactly("Too slow", "A bit slow", "Just right!");

        importAndCheck(robot, expected);
    }

    @Test
    void aCatalogueScaleIsAcceptedAsProposed(FxRobot robot) throws Exception {
        JsonNode expected = chooseColumns(robot, "google-forms-frequency", List.of());
        assertThat(title(robot)).startsWith("3 ·");
        assertThat(robot.lookup(".scale-family").queryAll().stream().map(n -> text(n)).toList()).containsExactly("Frequency");
        assertThat(labels(robot.lookup("#scale-answers-0").query())).containsExactly("Never", "Rarely",
                "Sometimes", "Often", "Very often", "Always");
        assertThat(robot.lookup("#nextButton").query().isDisabled()).isFalse();
        importAndCheck(robot, expected);
    }

    @Test
    void aNumericFileSkipsTheScalesPage(FxRobot robot) throws Exception {
        JsonNode expected = chooseColumns(robot, "numeric-1-4", List.of());
        assertThat(title(robot)).startsWith("4 ·");
        robot.clickOn("#nextButton");
        waitForHeatmap(robot);
        checkCells(robot, expected);
    }

    /**
     * Opens the wizard on a corpus file, chooses its segment and ticks {@code tick}, and goes Next from the
     * columns page; returns the file's expected heatmap.
     */
    private JsonNode chooseColumns(FxRobot robot, String name, List<String> tick) throws Exception {
        Path file = Path.of(getClass().getResource("/surveys/" + name + ".csv").toURI());
        JsonNode expected = JSON.readTree(getClass().getResource("/surveys/" + name + ".expected.json"));
        robot.interact(() -> flow.openWizard(() -> Optional.of(file)));
        robot.clickOn("#chooseFileButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#nextButton").query().isDisabled());
        robot.clickOn("#nextButton");
        robot.interact(() -> robot.lookup("#segmentChoice").<ComboBox<String>>query()
                .setValue(expected.get("segment").asText()));
        for (String column : tick) {
            CheckBox box = robot.lookup("#ratingList .check-box").<CheckBox>queryAll().stream()
                    .filter(c -> c.getText().equals(column)).findFirst().orElseThrow();
            robot.clickOn(box);
            assertThat(box.isSelected()).as(column).isTrue();
        }
        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !title(robot).startsWith("2"));
        WaitForAsyncUtils.waitForFxEvents();
        return expected;
    }

    private void importAndCheck(FxRobot robot, JsonNode expected) throws Exception {
        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> title(robot).startsWith("4"));
        robot.clickOn("#nextButton");
        waitForHeatmap(robot);
        checkCells(robot, expected);
    }

    private static void waitForHeatmap(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#cell-0-0 .cell-value").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every expected cell, found by its tooltip's "touchpoint · segment", shows the mean and n. */
    private static void checkCells(FxRobot robot, JsonNode expected) {
        Map<String, TableCell<?, ?>> shown = new HashMap<>();
        for (Node node : robot.lookup(".heatmap-cell").queryAll()) {
            TableCell<?, ?> cell = (TableCell<?, ?>) node;
            if (cell.getId() != null && cell.getTooltip() != null) {
                shown.put(key(cell.getTooltip().getText().lines().findFirst().orElseThrow()), cell);
            }
        }
        for (JsonNode want : expected.get("cells")) {
            String where = want.get("touchpoint").asText() + " · " + want.get("segment").asText();
            TableCell<?, ?> cell = shown.get(key(where));
            assertThat(cell).as(where + " among " + shown.keySet()).isNotNull();
            assertThat(text(robot.from(cell).lookup(".cell-value").query())).as(where)
                    .isEqualTo(String.format(Locale.ROOT, "%.2f", want.get("mean").asDouble()));
            assertThat(text(robot.from(cell).lookup(".cell-n").query())).as(where)
                    .startsWith("n=" + want.get("n").asLong());
        }
    }

    private static String key(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> labels(ListView<TextScales.Answer> answers) {
        return answers.getItems().stream().map(TextScales.Answer::label).toList();
    }

    private static List<String> numbers(FxRobot robot, ListView<TextScales.Answer> answers) {
        return robot.from(answers).lookup(".scale-number").queryAll().stream().filter(Node::isVisible)
                .map(n -> text(n)).filter(t -> !t.isEmpty()).toList();
    }

    private static Label cellText(FxRobot robot, ListView<TextScales.Answer> answers, String label) {
        return robot.from(answers).lookup(".label").<Label>queryAll().stream()
                .filter(l -> l.getText().equals(label) && l.isVisible()).findFirst().orElseThrow();
    }

    private static String title(FxRobot robot) {
        return text(robot.lookup("#stepTitle").query());
    }

    private static String text(Node node) {
        return ((Labeled) node).getText();
    }
}

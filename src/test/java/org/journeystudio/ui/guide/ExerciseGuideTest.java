package org.journeystudio.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeystudio.testing.FxWaits.waitUpTo;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.journeystudio.store.TemplateInfo;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.journeystudio.edit.command.MapText;
import org.journeystudio.edit.command.SetMapText;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.ui.fakes.TestStudio;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.usecase.StudentExercise;
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
 * A project made from the exercise opens with its guide: the checklist ticks a step as the map fills in, new
 * cards are observed, the hand-in button writes a PDF, and hiding the guide is remembered. The exercise's map
 * shows every lane title whole, the emotion lane's clear of its scale. And the whole exercise works by keyboard.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class ExerciseGuideTest {
    @TempDir
    Path folder;

    private final TestStudio studio = new TestStudio();
    private JourneyMap exercise;
    private StudioWindow window;

    @Start
    void start(Stage stage) {
        exercise = new ResourceTemplateCatalog().instantiate(StudentExercise.TEMPLATE_ID, null, studio.clock.instant());
        studio.library.create(exercise);
        studio.preferences.setGuided(exercise.id(), true); // as creating it from the template on the home screen does
        stage.setWidth(1024);
        stage.setHeight(768);
        // The shipped templates, so that the exercise can be created on the home screen as a student does.
        window = new StudioWindow(stage, new StudioWindow.Services(studio.library, new ResourceTemplateCatalog(),
                studio.files, studio.preferences, studio.picker, studio.work, studio.workshops), studio.clock);
        window.show();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        studio.work.close();
    }

    @Test
    void theChecklistTicksAStepAsTheMapFillsInAndNewCardsAreObserved(FxRobot robot) {
        open(robot);
        Label progress = robot.lookup("#guideProgressText").queryAs(Label.class);
        assertThat(progress.getText()).isEqualTo("0 of 8 steps done");
        Node first = robot.lookup("#guideStep1").query();
        assertThat(first.getPseudoClassStates()).extracting(Object::toString).doesNotContain("done");
        assertThat(instructionShown(robot, 1)).isTrue();
        assertThat(instructionShown(robot, 2)).isFalse();

        EditorSession session = window.editor().orElseThrow().session();
        robot.interact(() -> {
            session.runStep(SetMapText.of(MapText.TITLE, "Running shoes"));
            session.runStep(SetMapText.of(MapText.SCENARIO, "Bought online for a half marathon"));
        });

        assertThat(progress.getText()).isEqualTo("1 of 8 steps done");
        assertThat(first.getPseudoClassStates()).extracting(Object::toString).contains("done");
        // The done step folds its instructions away; the next one shows its own.
        assertThat(instructionShown(robot, 1)).isFalse();
        assertThat(instructionShown(robot, 2)).isTrue();

        robot.clickOn("#addCardButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.map().touchpoints()).singleElement().extracting(Touchpoint::evidence)
                .isEqualTo(Evidence.OBSERVED);
    }

    @Test
    void theHandInButtonWritesThePdfNamedAfterTheMap(FxRobot robot) throws Exception {
        open(robot);
        Path target = folder.resolve("hand-in.pdf");
        studio.picker.exportWillChoose(target);

        robot.clickOn("#handInButton");

        Label status = robot.lookup("#statusMessage").queryAs(Label.class);
        waitUpTo(20, () -> status.getText().startsWith("Exported to"));
        assertThat(studio.picker.lastSuggestion()).isEqualTo(exercise.title() + ".pdf");
        assertThat(new String(Files.readAllBytes(target), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void theGuideCreatesTheToBeInOneClickAndOffersTheComparisonOnceTheEditorHasOne(FxRobot robot) {
        open(robot);
        Button create = robot.lookup("#guideAction6").queryAs(Button.class);
        Button compare = robot.lookup("#guideAction7").queryAs(Button.class);
        assertThat(create.getText()).isEqualTo("Create the to-be scenario");
        assertThat(compare.isDisabled()).isTrue();

        robot.interact(create::fire);
        EditorSession session = window.editor().orElseThrow().session();
        assertThat(session.map().scenarios().active().name()).isEqualTo("To-be");
        assertThat(create.isDisabled()).isTrue(); // one to-be is enough
        assertThat(compare.isDisabled()).isFalse(); // the window wires the compare view

        boolean[] opened = {false};
        robot.interact(() -> window.editor().orElseThrow().setOnCompare(() -> opened[0] = true));
        robot.interact(compare::fire);
        assertThat(opened[0]).isTrue();

        robot.interact(() -> session.document().undo());
        assertThat(session.map().scenarios().list()).hasSize(1);
        assertThat(create.isDisabled()).isFalse();
    }

    @Test
    void hidingTheGuideIsRememberedAndTheViewMenuBringsItBack(FxRobot robot) {
        open(robot);
        robot.clickOn("#hideGuide");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#exerciseGuide").tryQuery()).isEmpty();
        assertThat(studio.preferences.guided(exercise.id())).isFalse();
        assertThat(window.editor().orElseThrow().session().newCardEvidence()).isEqualTo(Evidence.ASSUMED);

        robot.clickOn("View").clickOn("Guided exercise");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#exerciseGuide").tryQuery()).isPresent();
        assertThat(studio.preferences.guided(exercise.id())).isTrue();
    }

    @Test
    void everyLaneTitleShowsWholeAndTheEmotionTitleKeepsClearOfItsScale(FxRobot robot) {
        open(robot);
        for (Labeled lane : robot.lookup(".lane-header").queryAllAs(Labeled.class)) {
            assertThat(shownText(lane)).as("lane title").isEqualTo(lane.getText());
        }
        Labeled emotion = robot.lookup(".lane-header.lane-emotion").queryAs(Labeled.class);
        Bounds title = textBounds(emotion);
        for (Labeled mark : robot.lookup(".emotion-scale").queryAllAs(Labeled.class)) {
            assertThat(shownText(mark)).isEqualTo(mark.getText());
            assertThat(textBounds(mark).intersects(title)).as("'%s' over '%s'", mark.getText(), emotion.getText())
                    .isFalse();
        }
    }

    /**
     * The whole exercise without a mouse: a new project from the template (Ctrl+N, arrows, Enter), cards added,
     * named, rated, felt and moved on the canvas, an expectation typed in the outline, the PDF exported (Ctrl+E).
     */
    @Test
    void theExerciseCanBeDoneWithTheKeyboardAlone(FxRobot robot) throws Exception {
        Path target = folder.resolve("keyboard.pdf");
        studio.picker.exportWillChoose(target);
        keys(robot, KeyCode.CONTROL, KeyCode.N);
        waitUpTo(20, () -> robot.lookup("#newProjectDialog").tryQuery().isPresent());
        ListView<TemplateInfo> list = robot.lookup("#newProjectDialog .list-view").queryAs(ListView.class);
        for (int i = 0; i < 6 && !list.isFocused(); i++) {
            keys(robot, KeyCode.SHIFT, KeyCode.TAB); // from the title back to the template list
        }
        for (int i = 0; i < 20 && !StudentExercise.TEMPLATE_ID.equals(chosen(list)); i++) {
            robot.type(KeyCode.DOWN);
        }
        assertThat(chosen(list)).isEqualTo(StudentExercise.TEMPLATE_ID);
        robot.type(KeyCode.TAB);
        keys(robot, KeyCode.CONTROL, KeyCode.A);
        type(robot, "new phone");
        robot.type(KeyCode.ENTER);
        waitUpTo(20, () -> robot.lookup("#exerciseGuide").tryQuery().isPresent()
                && window.editor().orElseThrow().session().map().title().equals("new phone"));
        EditorSession session = window.editor().orElseThrow().session();
        robot.interact(() -> window.editor().orElseThrow().focus());

        // N adds a card and opens its title; digits rate it in "My rating"; + and - set how it felt.
        robot.type(KeyCode.N);
        type(robot, "compare prices");
        robot.type(KeyCode.ENTER, KeyCode.DIGIT4);
        typeCharacter(robot, "+");
        robot.type(KeyCode.INSERT);
        type(robot, "pay online");
        robot.type(KeyCode.ENTER, KeyCode.DIGIT2);
        typeCharacter(robot, "-");
        typeCharacter(robot, "-");
        // Ctrl+Right moves the card to the next stage, one undo step.
        int before = session.document().undoCount();
        keys(robot, KeyCode.CONTROL, KeyCode.RIGHT);
        assertThat(session.document().undoCount()).isEqualTo(before + 1);

        // The expectation in the outline: its row is the selected card; three cells right is the expectation.
        keys(robot, KeyCode.CONTROL, KeyCode.ALT, KeyCode.O);
        waitUpTo(20, () -> robot.lookup("#outlineView .tree-table-view").tryQuery().map(Node::isFocused).orElse(false));
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.F2);
        type(robot, "two clicks");
        robot.type(KeyCode.ENTER, KeyCode.ESCAPE);
        waitUpTo(20, () -> robot.lookup("#outlineView").tryQuery().isEmpty());

        JourneyMap map = session.map();
        List<Touchpoint> cards = map.touchpointsInJourneyOrder();
        assertThat(cards).extracting(Touchpoint::title).containsExactly("compare prices", "pay online");
        Touchpoint compare = cards.get(0);
        Touchpoint pay = cards.get(1);
        String myRating = map.segments().get(0).id();
        assertThat(map.segments().get(0).name()).isEqualTo("My rating");
        assertThat(compare.satisfaction()).containsEntry(myRating, 4.0);
        assertThat(compare.emotion().score()).isEqualTo(1);
        assertThat(pay.satisfaction()).containsEntry(myRating, 2.0);
        assertThat(pay.emotion().score()).isEqualTo(-2);
        assertThat(map.indexOfStage(pay.stageId())).isEqualTo(map.indexOfStage(compare.stageId()) + 1);
        assertThat(pay.expectations()).containsExactly("two clicks");

        robot.interact(() -> window.editor().orElseThrow().focus());
        keys(robot, KeyCode.CONTROL, KeyCode.E);
        waitUpTo(20, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        Label status = robot.lookup("#statusMessage").queryAs(Label.class);
        waitUpTo(20, () -> status.getText().startsWith("Exported to"));
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("compare prices", "pay online");
        }
    }

    private static String chosen(ListView<TemplateInfo> list) {
        TemplateInfo item = list.getSelectionModel().getSelectedItem();
        return item == null ? null : item.id();
    }

    /** Presses the keys together, then lets them go. */
    private static void keys(FxRobot robot, KeyCode... codes) {
        robot.press(codes);
        List<KeyCode> reversed = new java.util.ArrayList<>(List.of(codes));
        java.util.Collections.reverse(reversed);
        robot.release(reversed.toArray(KeyCode[]::new));
    }

    /** Letters and spaces as key presses, which go to the window that has the keyboard. */
    private static void type(FxRobot robot, String text) {
        for (char c : text.toCharArray()) {
            robot.type(c == ' ' ? KeyCode.SPACE : KeyCode.valueOf(String.valueOf(Character.toUpperCase(c))));
        }
    }

    /**
     * A character whose key depends on the keyboard's layout (+, -): the key-typed event it makes, sent to what
     * has the keyboard in the editor's window.
     */
    private void typeCharacter(FxRobot robot, String character) {
        robot.interact(() -> {
            javafx.scene.Node owner = window.editor().orElseThrow().view().getScene().getFocusOwner();
            javafx.event.Event.fireEvent(owner, new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false,
                    false));
        });
    }

    private void open(FxRobot robot) {
        Node cell = robot.lookup(".project-title").match((Labeled l) -> exercise.title().equals(l.getText())).query();
        robot.doubleClickOn(cell);
        waitUpTo(20, () -> robot.lookup("#exerciseGuide").tryQuery().isPresent());
    }

    private static boolean instructionShown(FxRobot robot, int step) {
        return robot.lookup("#guideStep" + step + " .guide-step-instruction").queryAs(Label.class).isVisible();
    }

    /** What a label shows: its text, or its text cut with an ellipsis when there is no room. */
    private static String shownText(Labeled labeled) {
        return labeled.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }

    private static Bounds textBounds(Labeled labeled) {
        Node text = labeled.lookupAll(".text").stream().filter(Text.class::isInstance).findFirst().orElseThrow();
        return text.localToScene(text.getBoundsInLocal());
    }
}

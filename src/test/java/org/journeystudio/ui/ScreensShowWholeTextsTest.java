package org.journeystudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeystudio.cli.StudioCommandLine;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.settings.StudioPreferences;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.testing.ElidedLabels;
import org.journeystudio.testing.InLanguage;
import org.journeystudio.testing.OverlappingTexts;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.testing.UnnamedControls;
import org.journeystudio.ui.fakes.FakeFilePicker;
import org.journeystudio.ui.fakes.FakeFiles;
import org.journeystudio.ui.fakes.FakeWorkshops;
import org.journeystudio.ui.fakes.MemoryPreferences;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.ui.survey.SurveyFlow;
import org.journeystudio.testing.NewLibraries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks the screens a user meets on a 1024x768 projector — home, editor with a touchpoint in the inspector,
 * survey wizard, heatmap, presentation and the workshop's join screen — and fails on any label, button or cell
 * whose text is drawn cut. Twice: at 100% and at 150% (the window's render scale 1.5, as
 * {@code -Dglass.gtk.uiScale=1.5} gives on a screen with room for a 1024x768 window; layout stays in the same
 * logical pixels, but every size is snapped to the finer pixel grid, which is where a text one pixel too wide
 * gets its ellipsis). And once in pseudo-text ({@code --lang qps}: every text of ours 40% longer and accented),
 * which also fails on texts drawn over one another: what a longer translation would cut off shows here first.
 * On every walk, every control the keyboard reaches must have a name a screen reader can say (issue 23).
 */
@UiTest
@ExtendWith({InLanguage.Switch.class, ApplicationExtension.class})
// The pseudo-text walk switches the studio's language, one setting for the whole JVM.
@Isolated
class ScreensShowWholeTextsTest {
    private static final String TITLE = "Flying with Aurora Air";

    @TempDir
    static Path folder;

    private final List<String> elided = new ArrayList<>();
    private boolean checkOverlaps;
    private final List<String> unnamed = new ArrayList<>();
    private H2Library library;
    private BackgroundWork work;
    private StudioWindow window;
    private Stage stage;

    @BeforeAll
    static void libraryWithASurvey() throws Exception {
        Path library = folder.resolve("library");
        try (H2Library created = NewLibraries.open(library)) {
            created.create(SampleMaps.airline("aurora"));
        }
        Path survey = Path.of(ScreensShowWholeTextsTest.class
                .getResource("/org/journeystudio/survey/google-forms.csv").toURI());
        StringWriter err = new StringWriter();
        int exit = StudioCommandLine.standard().execute(new String[] {"import-survey", survey.toString(),
            "--project", TITLE, "--segment", "Travel class", "--library", library.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(exit).as(err.toString()).isZero();
    }

    @Start
    void start(Stage shown) {
        stage = shown;
        library = NewLibraries.open(folder.resolve("library"));
        work = new BackgroundWork();
        StudioWindow.Services services = new StudioWindow.Services(library, new ResourceTemplateCatalog(),
                new FakeFiles(), new StudioPreferences(new MemoryPreferences()), new FakeFilePicker(), work,
                new FakeWorkshops());
        window = new StudioWindow(shown, services, Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));
        window.show();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        work.close();
        library.close();
    }

    @Test
    void noTextIsCutAt1024By768() throws Exception {
        walk(1.0);
    }

    @Test
    void noTextIsCutAt1024By768At150Percent() throws Exception {
        walk(1.5);
    }

    @Test
    @InLanguage("qps")
    void noTextIsCutOrOverlapsInPseudoText() throws Exception {
        checkOverlaps = true;
        walk(1.0);
    }

    private void walk(double scale) throws Exception {
        FxRobot robot = new FxRobot();
        robot.interact(() -> {
            stage.setRenderScaleX(scale);
            stage.setRenderScaleY(scale);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        check("home");

        Node cell = robot.lookup(".project-title").match((Labeled l) -> TITLE.equals(l.getText())).query();
        robot.doubleClickOn(cell);
        waitFor(() -> robot.lookup("#journeyMap").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".touchpoint-card").match(Node::isVisible).<Node>query());
        check("editor, a touchpoint in the inspector");

        command(robot, StudioCommand.HEATMAP);
        waitFor(() -> robot.lookup("#heatmapTable").tryQuery().isPresent());
        waitFor(() -> !robot.lookup(".heatmap-cell").queryAll().isEmpty());
        check("heatmap");
        // Colour is never the only sign: every coloured cell prints its value.
        robot.lookup(".heatmap-cell").<javafx.scene.control.TableCell<?, ?>>queryAll().stream()
                .filter(c -> c.getBackground() != null
                        && !(c.lookup(".cell-value") instanceof Labeled value && !value.getText().isBlank()))
                .forEach(c -> unnamed.add("heatmap: cell " + c.getId() + " coloured but without its value"));
        fire(robot, "#backButton");
        waitFor(() -> robot.lookup("#journeyMap").tryQuery().isPresent());

        walkWizard(robot);

        command(robot, StudioCommand.PRESENT);
        waitFor(() -> showing("#presentation").isPresent());
        Stage presentation = showing("#presentation").orElseThrow();
        robot.interact(() -> fitTo1024(presentation, scale));
        check("presentation", presentation); // full screen, it hides the window behind it
        robot.interact(presentation::close);
        check("editor after the presentation");

        command(robot, StudioCommand.WORKSHOP);
        waitFor(() -> robot.lookup("#joinPage").tryQuery().isPresent());
        robot.interact(() -> fitTo1024(stage, scale));
        check("workshop join screen");

        assertThat(elided).as("texts drawn cut%s at 1024x768, scale %s", checkOverlaps ? " or overlapping" : "",
                scale).isEmpty();
        assertThat(unnamed).as("controls the keyboard reaches that a screen reader cannot name").isEmpty();
    }

    /** The wizard's pages up to the scales, over the same library, as the heatmap's Import opens it. */
    private void walkWizard(FxRobot robot) throws Exception {
        Path survey = Path.of(getClass().getResource("/org/journeystudio/survey/google-forms.csv").toURI());
        robot.interact(() -> {
            JourneyMap map = window.editor().orElseThrow().session().map();
            new SurveyFlow(new EditorSession(map, library::save), library, work, stage.getScene(), Clock.systemUTC(),
                    () -> { }).openWizard(() -> Optional.of(survey));
        });
        robot.clickOn("#chooseFileButton");
        waitFor(() -> robot.lookup("#formatLabel").tryQuery().map(n -> !((Labeled) n).getText().isEmpty())
                .orElse(false));
        String nextText = robot.lookup("#nextButton").queryAs(Labeled.class).getText();
        for (int page = 1; page <= 6; page++) {
            check("survey wizard, page " + page);
            Labeled next = robot.lookup("#nextButton").queryAs(Labeled.class);
            if (next.isDisabled() || !next.getText().equals(nextText)) {
                break; // the last page imports: not wanted here
            }
            robot.clickOn(next);
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // the next page reads in the background
            WaitForAsyncUtils.waitForFxEvents();
        }
        Window wizard = showing("#stepTitle").orElseThrow();
        robot.interact(wizard::hide);
    }

    private static void fitTo1024(Stage shown, double scale) {
        shown.setFullScreen(false);
        shown.setRenderScaleX(scale);
        shown.setRenderScaleY(scale);
        shown.setWidth(1024);
        shown.setHeight(768);
    }

    /** Runs a command from the menu bar: its toolbar button may sit in the More menu at 1024 px. */
    private void command(FxRobot robot, StudioCommand command) {
        robot.interact(() -> window.menus().item(command).fire());
    }

    private static void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryAs(ButtonBase.class).fire());
    }

    private void check(String screen) throws Exception {
        check(screen, Window.getWindows().toArray(Window[]::new));
    }

    private void check(String screen, Window... windows) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window shown : windows) {
                if (shown.isShowing() && shown.getScene() != null) {
                    ElidedLabels.in(shown.getScene().getRoot()).forEach(line -> elided.add(screen + ": " + line));
                    if (checkOverlaps) {
                        OverlappingTexts.in(shown.getScene().getRoot())
                                .forEach(line -> elided.add(screen + ": " + line));
                    }
                    UnnamedControls.in(shown.getScene().getRoot()).forEach(line -> unnamed.add(screen + ": " + line));
                }
            }
        }).get(10, TimeUnit.SECONDS);
    }

    private static Optional<Stage> showing(String selector) {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.isShowing() && s.getScene() != null
                        && s.getScene().lookup(selector) != null)
                .map(Stage.class::cast).findFirst();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}

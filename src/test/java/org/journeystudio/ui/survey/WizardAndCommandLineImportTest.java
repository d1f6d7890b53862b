package org.journeystudio.ui.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.journeystudio.cli.StudioCommandLine;
import org.journeystudio.store.H2Library;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.Theme;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.usecase.LibraryContents;
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
 * The same survey imported into the same project twice, once through the wizard with its defaults and once with
 * {@code journey-studio import-survey}, leaves the two libraries with the same contents.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class WizardAndCommandLineImportTest {
    @TempDir
    Path folder;

    private final BackgroundWork work = new BackgroundWork();
    private H2Library byWizard;
    private SurveyFlow flow;
    private Path survey;

    @Start
    void start(Stage stage) throws URISyntaxException {
        byWizard = NewLibraries.open(folder.resolve("wizard"));
        byWizard.create(SampleMaps.airline("aurora"));
        Theme.apply(false);
        Scene scene = new Scene(new StackPane(), 1100, 700);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        flow = new SurveyFlow(new EditorSession(byWizard.load("aurora").orElseThrow(), byWizard::save), byWizard,
                work, scene, Clock.systemUTC(), () -> { });
        survey = Path.of(getClass().getResource("/org/journeystudio/survey/google-forms.csv").toURI());
        flow.openWizard(() -> Optional.of(survey));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        work.close();
        byWizard.close();
    }

    @Test
    void theWizardAndTheCommandLineLeaveTheSameLibraryContents(FxRobot robot) throws Exception {
        robot.clickOn("#chooseFileButton");
        robot.clickOn("#nextButton");
        String segment = robot.lookup("#segmentChoice").<ComboBox<String>>query().getValue();
        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#stepTitle").queryLabeled().getText().startsWith("4"));
        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !byWizard.surveyResponses().origins("aurora").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Path cliLibrary = folder.resolve("cli");
        try (H2Library byCommand = NewLibraries.open(cliLibrary)) {
            byCommand.create(SampleMaps.airline("aurora"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = StudioCommandLine.standard().execute(new String[] {"import-survey", survey.toString(),
            "--project", "Flying with Aurora Air", "--segment", segment, "--library", cliLibrary.toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Imported 7 respondents from google-forms.csv into 'Flying with Aurora Air'");

        try (H2Library byCommand = NewLibraries.open(cliLibrary)) {
            assertThat(LibraryContents.of(byCommand, "aurora"))
                    .anyMatch(line -> line.startsWith("origin "))
                    .containsExactlyElementsOf(LibraryContents.of(byWizard, "aurora"));
        }
    }
}

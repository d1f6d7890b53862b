package org.journeystudio.ui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javafx.scene.control.Control;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.journeystudio.model.JourneyMap;
import java.util.List;
import org.journeystudio.model.Persona;
import org.journeystudio.model.Segment;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.testing.NewLibraries;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.edit.command.ReplaceMap;
import org.journeystudio.model.SharedKind;
import org.journeystudio.usecase.SharedLibrary;
import org.journeystudio.ui.fakes.ThemedStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Segments & personas editor over a real library: every edit one undo step, and all of it stored. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class SegmentsPersonasEditorTest {
    @TempDir
    static Path folder;

    private Path libraryFolder;
    private H2Library library;
    private JourneyMap start;
    private EditorSession session;
    private Path photo;

    @Start
    void start(Stage stage) throws Exception {
        libraryFolder = folder.resolve("library-" + System.nanoTime());
        library = NewLibraries.open(libraryFolder);
        start = new ResourceTemplateCatalog().instantiate("online-retailer", "Shop",
                Instant.parse("2026-11-23T00:00:00Z"));
        library.create(start);
        session = new EditorSession(start, library::save);
        photo = folder.resolve("lina-" + System.nanoTime() + ".png");
        ImageIO.write(new BufferedImage(900, 600, BufferedImage.TYPE_INT_ARGB), "png", photo.toFile());
        SegmentsPersonasController controller = new SegmentsPersonasController(session, owner -> Optional.of(photo));
        ThemedStage.show(stage, controller.load(), 980, 720);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        library.close();
    }

    @Test
    void aSegmentAndAPersonaWithAQuoteAndAGoalAreAddedUndoneRedoneAndStored(FxRobot robot) throws Exception {
        robot.clickOn("#addSegmentButton");
        retype(robot, "#segmentName", "Students");
        robot.type(KeyCode.ENTER);
        retype(robot, "#segmentShare", "12.5 %");
        robot.type(KeyCode.ENTER);

        robot.clickOn("#addPersonaButton");
        retype(robot, "#personaName", "Lina");
        robot.type(KeyCode.ENTER);
        robot.clickOn("#personaQuote").write("Cheap and quick, please.");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        robot.clickOn("#newGoal").write("Pay in instalments").type(KeyCode.ENTER);
        robot.clickOn("#personaSegment");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.Labeled cell) -> "Students".equals(cell.getText())).queryLabeled());
        robot.clickOn("#photoButton");
        WaitForAsyncUtils.waitForFxEvents();

        JourneyMap edited = session.map();
        Segment students = edited.segments().get(edited.segments().size() - 1);
        assertThat(students.name()).isEqualTo("Students");
        assertThat(students.share()).isEqualTo(12.5);
        Persona lina = edited.personas().get(edited.personas().size() - 1);
        assertThat(lina.name()).isEqualTo("Lina");
        assertThat(lina.quote()).isEqualTo("Cheap and quick, please.");
        assertThat(lina.goals()).containsExactly("Pay in instalments");
        assertThat(lina.segmentId()).isEqualTo(students.id());
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(
                lina.photo().substring(lina.photo().indexOf(',') + 1))));
        assertThat(Math.max(stored.getWidth(), stored.getHeight())).isEqualTo(PersonaPicture.SIZE);

        // Add, rename, share; add, rename, quote, goal, segment, photo: one step each.
        assertThat(session.document().undoCount()).isEqualTo(9);
        for (int i = 0; i < 9; i++) {
            robot.clickOn("#undoButton");
        }
        assertThat(session.map()).isEqualTo(start);
        for (int i = 0; i < 9; i++) {
            robot.clickOn("#redoButton");
        }
        assertThat(session.map()).isEqualTo(edited);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Persona> personas = robot.lookup("#personaList").queryAs(
                javafx.scene.control.ListView.class);
        robot.interact(() -> personas.getSelectionModel().select(personas.getItems().size() - 1));
        assertThat(robot.lookup("#goal-0").queryLabeled().getText()).contains("Pay in instalments");
        assertThat(robot.lookup("#personaQuote").queryAs(TextInputControl.class).getText())
                .isEqualTo("Cheap and quick, please.");

        library.close();
        try (H2Library reopened = NewLibraries.open(libraryFolder)) {
            JourneyMap loaded = reopened.load(start.id()).orElseThrow();
            assertThat(loaded.segments()).contains(students);
            assertThat(loaded.personas()).contains(lina);
        }
        library = NewLibraries.open(folder.resolve("closed-" + System.nanoTime())); // for stop()
    }

    @Test
    void aShareThatIsNoNumberIsMarkedAsTypedRefusedWithAMessageAndTheFieldShowsTheMapAgain(FxRobot robot) {
        retype(robot, "#segmentShare", "lots");
        WaitForAsyncUtils.waitForFxEvents();
        Control share = robot.lookup("#segmentShare").query();
        assertThat(share.getPseudoClassStates()).as("marked while typed").contains(Styles.STATE_DANGER);
        assertThat(share.getTooltip().getText())
                .isEqualTo("A share of customers is a number from 0 to 100, like 35 or 12.5, not 'lots'");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#message").queryLabeled().getText())
                .isEqualTo("A share of customers is a number from 0 to 100, like 35 or 12.5, not 'lots'");
        assertThat(start.segments().get(0).share()).isEqualTo(30.0); // the template's first segment
        assertThat(robot.lookup("#segmentShare").queryAs(TextInputControl.class).getText()).isEqualTo("30");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(share.getPseudoClassStates()).as("the map's share is fine").doesNotContain(Styles.STATE_DANGER);
        assertThat(share.getTooltip()).isNull();
        retype(robot, "#segmentShare", "140");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(share.getAccessibleHelp()).contains("between 0 and 100");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#message").queryLabeled().getText()).contains("between 0 and 100");
        assertThat(session.map()).isEqualTo(start);
    }

    @Test
    void aFileThatIsNoPictureIsReportedAndChangesNothing(FxRobot robot) throws Exception {
        photo = folder.resolve("notes-" + System.nanoTime() + ".png");
        java.nio.file.Files.writeString(photo, "not a picture");
        robot.clickOn("#photoButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#message").queryLabeled().getText())
                .isEqualTo("Could not use the photo: '" + photo.getFileName() + "' is not a picture Journey Studio "
                        + "can read (use PNG, JPEG, GIF or BMP)");
        assertThat(session.map()).isEqualTo(start);
    }

    @Test
    void aSharedPersonaDeletedEverywhereLeavesTheOtherJourneyAndUndoBringsItBackHereOnly(FxRobot robot) {
        JourneyMap bags = SampleMaps.withoutActionPlan(SampleMaps.retailer()).withId("map-bags").withTitle("Bags");
        library.create(bags.withPersonas(List.of()));
        SharedLibrary shared = SharedLibrary.of(library).orElseThrow();
        Persona first = start.personas().get(0);
        shared.shareInto(shared.entries(SharedKind.PERSONA, first.name()).get(0), "map-bags", null);
        robot.interact(() -> {
            // What the Library view does for the journey open in a local library's editor.
            session.setSharedLibrary(shared);
            session.runStep(new ReplaceMap(library.load(start.id()).orElseThrow(), "Share"));
            robot.lookup("#personaList").queryListView().getSelectionModel().select(0);
        });

        robot.clickOn("#deletePersonaButton");
        assertThat(robot.lookup("#deleteSharedDialog .content").queryLabeled().getText()).contains("Bags");
        robot.clickOn("#deleteEverywhere");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session.map().personas()).extracting(Persona::name).doesNotContain(first.name());
        assertThat(library.load("map-bags").orElseThrow().personas()).isEmpty();
        robot.clickOn("#undoButton");
        assertThat(session.map().personas()).extracting(Persona::name).contains(first.name());
        assertThat(library.load("map-bags").orElseThrow().personas()).as("undo brings it back here only").isEmpty();
    }

    private static void retype(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.interact(() -> robot.lookup(query).queryAs(TextInputControl.class).selectAll());
        robot.write(text);
    }
}

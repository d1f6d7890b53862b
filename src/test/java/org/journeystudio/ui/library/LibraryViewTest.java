package org.journeystudio.ui.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeystudio.testing.FxWaits.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Persona;
import org.journeystudio.settings.StudioPreferences;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.testing.NewLibraries;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.ui.fakes.FakeFilePicker;
import org.journeystudio.ui.fakes.FakeFiles;
import org.journeystudio.ui.fakes.FakeTemplates;
import org.journeystudio.ui.fakes.MemoryPreferences;
import org.journeystudio.usecase.SharedLibrary.Entry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Library view opened from the home screen's View menu: a persona shared into another journey shows there, and
 * two duplicate personas of two journeys merge into one shared persona with the chosen text.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class LibraryViewTest {
    private H2Library library;
    private BackgroundWork work;

    @Start
    void start(Stage stage) throws Exception {
        library = NewLibraries.open(Files.createTempDirectory("library-view"));
        library.create(SampleMaps.retailer().withId("map-shoes").withTitle("Shoes"));
        JourneyMap bags = SampleMaps.withoutActionPlan(SampleMaps.retailer()).withId("map-bags").withTitle("Bags");
        library.create(bags.withPersonas(List.of(bags.personas().get(0).withName("Ana K."))));
        work = new BackgroundWork();
        new StudioWindow(stage, new StudioWindow.Services(library, new FakeTemplates(), new FakeFiles(),
                new StudioPreferences(new MemoryPreferences()), new FakeFilePicker(), work),
                java.time.Clock.systemUTC()).show();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        work.close();
        library.close();
    }

    @Test
    void sharesAPersonaIntoAnotherJourneyAndMergesTwoDuplicates(FxRobot robot) {
        robot.clickOn("View").clickOn("Library…");
        WaitForAsyncUtils.waitForFxEvents();
        Window window = robot.window(w -> w.getScene() != null && w.getScene().lookup("#libraryView") != null);
        assertThat(window.getWidth()).as("fits a 1024×768 screen").isLessThanOrEqualTo(1024);
        assertThat(window.getHeight()).isLessThanOrEqualTo(768);
        @SuppressWarnings("unchecked")
        TableView<Entry> table = robot.lookup("#table").queryAs(TableView.class);

        // Share Ben (only in Shoes) into Bags.
        robot.interact(() -> robot.lookup("#filterField").queryAs(TextField.class).setText("Ben"));
        // The library is read off the FX thread, the list disabled meanwhile.
        waitFor(() -> !table.isDisabled() && texts(table).equals(List.of("Ben")));
        robot.interact(() -> {
            table.getSelectionModel().select(0);
            @SuppressWarnings("unchecked")
            ComboBox<ProjectSummary> target = robot.lookup("#targetChoice").queryAs(ComboBox.class);
            target.getItems().stream().filter(p -> p.title().equals("Bags")).findFirst().ifPresent(target::setValue);
        });
        robot.clickOn("#shareButton");
        waitFor(() -> !table.isDisabled() && table.getItems().size() == 1 && table.getItems().get(0).shared());

        assertThat(library.load("map-bags").orElseThrow().personas()).extracting(Persona::name)
                .containsExactly("Ana K.", "Ben");
        assertThat(table.getItems()).singleElement().satisfies(ben -> {
            assertThat(ben.shared()).isTrue();
            assertThat(ben.projects()).containsExactly("Bags", "Shoes");
        });

        // Merge Ana (Shoes) and Ana K. (Bags): the first chosen text wins.
        robot.interact(() -> robot.lookup("#filterField").queryAs(TextField.class).setText("Ana"));
        waitFor(() -> !table.isDisabled() && texts(table).equals(List.of("Ana", "Ana K.")));
        robot.interact(() -> table.getSelectionModel().selectAll());
        assertThat(robot.lookup("#mergeButton").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#mergeButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#mergeDialog .button").match(n -> ((Button) n).isDefaultButton())
                .queryAs(Button.class));
        waitFor(() -> !table.isDisabled() && table.getItems().size() == 1);

        Persona inShoes = library.load("map-shoes").orElseThrow().personas().get(0);
        Persona inBags = library.load("map-bags").orElseThrow().personas().get(0);
        assertThat(inBags.name()).isEqualTo("Ana");
        assertThat(inBags.sharedId()).isNotNull().isEqualTo(inShoes.sharedId());
        assertThat(table.getItems()).singleElement().extracting(Entry::projects)
                .isEqualTo(List.of("Bags", "Shoes"));
    }

    @Test
    void aLibraryThatCannotBeReadSaysSoAndLeavesTheViewUsable(FxRobot robot) {
        robot.clickOn("View").clickOn("Library…");
        @SuppressWarnings("unchecked")
        TableView<Entry> table = robot.lookup("#table").queryAs(TableView.class);
        waitFor(() -> !table.isDisabled() && !table.getItems().isEmpty());

        library.close();
        robot.interact(() -> robot.lookup("#filterField").queryAs(TextField.class).setText("Ben"));

        waitFor(() -> robot.lookup("#message").queryLabeled().getText().startsWith("Could not read the library: "));
        assertThat(table.isDisabled()).as("the list waits only while the library is read").isFalse();
        assertThat(robot.lookup("#message").queryLabeled().getPseudoClassStates())
                .extracting(Object::toString).contains("error");
    }

    private static List<String> texts(TableView<Entry> table) {
        return table.getItems().stream().map(Entry::text).toList();
    }
}

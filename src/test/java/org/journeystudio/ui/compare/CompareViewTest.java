package org.journeystudio.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeystudio.testing.FxWaits.waitUpTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.OpportunityStatus;
import org.journeystudio.testing.ScenarioMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.StudioMenuBar;
import org.journeystudio.ui.StudioCommand;
import org.journeystudio.ui.fakes.TestStudio;
import org.journeystudio.usecase.CompareChoices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Tools ▸ Compare… on a map whose To-be added, removed and edited a card lists those three edits, and exports. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class CompareViewTest {
    @TempDir
    Path folder;

    private final TestStudio studio = new TestStudio();

    @Start
    void start(Stage stage) {
        JourneyMap map = ScenarioMaps.asIsAndToBe("map-compare");
        studio.library.create(map);
        studio.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        studio.work.close();
    }

    @Test
    void theCompareViewListsTheAddedRemovedAndEditedCards(FxRobot robot) throws Exception {
        Node project = robot.lookup(".project-title").match((Labeled l) -> "Shop".equals(l.getText())).query();
        robot.doubleClickOn(project);
        waitUpTo(20, () -> robot.lookup("#exportMenu").tryQuery().isPresent());

        robot.clickOn("#menu-tools").clickOn(StudioCommand.COMPARE.text());
        waitUpTo(20, () -> texts(robot).contains(ScenarioMaps.ADDED));

        Set<String> shown = texts(robot);
        assertThat(shown).contains(ScenarioMaps.ADDED, ScenarioMaps.REMOVED, ScenarioMaps.EDITED,
                "Title: Pay → Pay in one tap", "ADDED", "REMOVED", "RENAMED");
        ComboBox<CompareChoices.Side> before = robot.lookup("#beforeChoice").query();
        ComboBox<CompareChoices.Side> after = robot.lookup("#afterChoice").query();
        assertThat(before.getValue().label()).isEqualTo("As-is");
        assertThat(after.getValue().label()).isEqualTo("To-be");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .startsWith("1 added · 1 removed · 2 changed");

        Path target = folder.resolve("compare.csv");
        studio.picker.exportWillChoose(target);
        robot.clickOn("#compareExportMenu").clickOn("CSV…");
        Label status = robot.lookup("#status").queryAs(Label.class);
        waitUpTo(20, () -> status.getText().startsWith("Exported to"));
        assertThat(studio.picker.lastSuggestion()).isEqualTo("Shop As-is vs To-be.csv");
        assertThat(Files.readString(target)).contains(ScenarioMaps.ADDED, ScenarioMaps.REMOVED, ScenarioMaps.EDITED);
    }

    @Test
    void swappingTheSidesComparesTheOtherWay(FxRobot robot) throws Exception {
        Node project = robot.lookup(".project-title").match((Labeled l) -> "Shop".equals(l.getText())).query();
        robot.doubleClickOn(project);
        waitUpTo(20, () -> robot.lookup("#exportMenu").tryQuery().isPresent());
        robot.clickOn("#menu-tools").clickOn(StudioCommand.COMPARE.text());
        waitUpTo(20, () -> texts(robot).contains(ScenarioMaps.ADDED));
        ComboBox<CompareChoices.Side> before = robot.lookup("#beforeChoice").query();
        ComboBox<CompareChoices.Side> after = robot.lookup("#afterChoice").query();
        robot.interact(() -> {
            CompareChoices.Side old = before.getValue();
            before.setValue(after.getValue());
            after.setValue(old);
        });
        waitUpTo(20, () -> robot.lookup("#status").queryAs(Label.class).getText().startsWith("1 added · 1 removed"));
        assertThat(robot.lookup(".compare-scroll").queryAs(ScrollPane.class).getContent()).isNotNull();
        assertThat(StudioMenuBar.itemId(StudioCommand.COMPARE)).isEqualTo("menu-compare");
    }

    @Test
    void anOldFileWithAnotherActionPlanListsTheOpportunitiesThatChanged(FxRobot robot) throws Exception {
        JourneyMap map = ScenarioMaps.asIsAndToBe("map-compare");
        Opportunity first = map.opportunities().get(0);
        List<Opportunity> plan = new ArrayList<>(map.opportunities());
        plan.set(0, first.withOwner("Ana, \"CX\"").withStatus(OpportunityStatus.DONE));
        plan.add(Opportunity.idea("opp-callback", "Call back within a day", null));
        Path old = folder.resolve("old.journey.json");
        studio.files.put(old, map.withOpportunities(plan));
        Node project = robot.lookup(".project-title").match((Labeled l) -> "Shop".equals(l.getText())).query();
        robot.doubleClickOn(project);
        waitUpTo(20, () -> robot.lookup("#exportMenu").tryQuery().isPresent());
        robot.clickOn("#menu-tools").clickOn(StudioCommand.COMPARE.text());
        waitUpTo(20, () -> texts(robot).contains(ScenarioMaps.ADDED));
        assertThat(texts(robot)).contains("Opportunities", "No opportunity was added, removed or changed.");

        studio.picker.importWillChoose(old);
        robot.clickOn("#fileButton");
        waitUpTo(20, () -> texts(robot).contains("Call back within a day"));

        assertThat(texts(robot)).contains("CHANGED", first.title(), "REMOVED",
                "Owner: Ana, \"CX\" → " + (first.owner().isBlank() ? "(none)" : first.owner()),
                "Status: Done → " + first.status().displayName())
                .doesNotContain("No opportunity was added, removed or changed.");
        // Drawn on the paper the exports paint, after the heatmap as the exports have it.
        assertThat(textY(robot, "Opportunities")).isGreaterThan(textY(robot,
                "Satisfaction by touchpoint and segment: new − old"));
    }

    private static double textY(FxRobot robot, String text) {
        // The drawing's texts are placed by their own x and y in one pane; the editor behind has its own texts.
        return robot.from(robot.lookup(".compare-scroll").queryAs(ScrollPane.class).getContent())
                .lookup((Node n) -> n instanceof Text t && t.getText().equals(text)).queryAs(Text.class).getY();
    }

    private static Set<String> texts(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof Text).queryAllAs(Text.class).stream().map(Text::getText)
                .collect(java.util.stream.Collectors.toSet());
    }
}

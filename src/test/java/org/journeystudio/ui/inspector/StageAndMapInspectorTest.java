package org.journeystudio.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import java.util.List;
import javafx.stage.Stage;
import org.journeystudio.editing.Backlog;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Persona;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The stage and map panels edit through commands, and the evidence filter writes the session's set. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class StageAndMapInspectorTest {
    private InspectorFixture fx;

    @Start
    void start(Stage stage) {
        fx = new InspectorFixture(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void aSelectedStageIsRenamedDescribedAndResizedOneStepEach(FxRobot robot) {
        org.journeystudio.model.Stage visit = fx.session.map().stages().get(1);
        robot.interact(() -> fx.session.selection().selectStage(visit.id()));
        assertThat(robot.lookup("#stageNameField").queryAs(TextField.class).getText()).isEqualTo(visit.name());

        fx.retype(robot, "#stageNameField", "Visit");
        robot.type(KeyCode.TAB);
        fx.retype(robot, "#stageWidthField", "30");
        robot.type(KeyCode.ENTER);
        Label message = robot.lookup(".field-message").match(Node::isVisible).queryAs(Label.class);
        assertThat(message.getText()).contains("30 px", "80 to 1200");
        fx.retype(robot, "#stageWidthField", "320");
        robot.type(KeyCode.ENTER);
        assertThat(message.isVisible()).isFalse();

        org.journeystudio.model.Stage now = fx.session.map().stage(visit.id()).orElseThrow();
        assertThat(now.name()).isEqualTo("Visit");
        assertThat(now.widthHint()).isEqualTo(320);
        assertThat(now.description()).isEqualTo(visit.description());
        assertThat(fx.session.document().undoCount()).isEqualTo(2);
        assertThat(fx.saved).hasSize(2).last().isEqualTo(fx.session.map());

        robot.interact(() -> fx.session.document().undo());
        assertThat(robot.lookup("#stageWidthField").queryAs(TextField.class).getText()).isEqualTo("240");
        robot.interact(() -> fx.session.document().undo());
        assertThat(fx.session.map()).isEqualTo(fx.start);
        assertThat(robot.lookup("#stageNameField").queryAs(TextField.class).getText()).isEqualTo(visit.name());
    }

    @Test
    void withNothingSelectedTheMapsTitleAndScaleAreEdited(FxRobot robot) {
        Touchpoint search = fx.touchpoint("Search engine results");
        assertThat(robot.lookup("#mapTitleField").queryAs(TextField.class).getText()).isEqualTo("Shop");

        fx.retype(robot, "#mapTitleField", "");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup(".field-message").match(Node::isVisible).queryAs(Label.class).getText())
                .isEqualTo("The map needs a title");
        fx.retype(robot, "#mapTitleField", "Web shop");
        robot.type(KeyCode.ENTER);
        fx.choose(robot, "#scaleChoice", "0 to 10");

        assertThat(fx.session.map().title()).isEqualTo("Web shop");
        assertThat(fx.session.map().scale()).isEqualTo(RatingScale.ZERO_TO_TEN);
        assertThat(fx.now(search.id()).expectedScore()).isEqualTo(7.5); // 4 on 1–5
        assertThat(fx.session.document().undoCount()).isEqualTo(2);
        robot.interact(() -> fx.session.document().undo());
        robot.interact(() -> fx.session.document().undo());
        assertThat(fx.session.map()).isEqualTo(fx.start);
        assertThat(robot.lookup("#scaleChoice").queryAs(ChoiceBox.class).getValue()).isEqualTo(RatingScale.ONE_TO_FIVE);
    }

    @Test
    void segmentsAndPersonasAreAddedRenamedLinkedAndRemoved(FxRobot robot) {
        fx.retype(robot, "#newSegment", "Students");
        robot.type(KeyCode.ENTER);
        Segment students = fx.session.map().segments().get(3);
        assertThat(students.name()).isEqualTo("Students");
        assertThat(fx.session.map().segments().stream().map(Segment::color).distinct()).hasSize(4);

        fx.retype(robot, "#segmentName-" + students.id(), "Pupils");
        robot.type(KeyCode.ENTER);
        fx.retype(robot, "#newPersona", "Ann");
        robot.clickOn(fx.shown(robot, "#addPersona"));
        Persona ann = fx.session.map().personas().get(2);
        fx.choose(robot, "#personaSegment-" + ann.id(), "Pupils");

        assertThat(fx.session.map().segment(students.id()).orElseThrow().name()).isEqualTo("Pupils");
        assertThat(fx.session.map().personas().get(2).segmentId()).isEqualTo(students.id());
        assertThat(fx.session.document().undoCount()).isEqualTo(4);

        String returning = fx.segmentId("Returning customers");
        robot.clickOn(fx.shown(robot, "#segmentName-" + returning)); // the row's remove button is beside its name
        Node remove = robot.lookup(".segment-row").match(row -> robot.from(row).lookup("#segmentName-" + returning)
                .tryQuery().isPresent()).lookup(".button-icon").query();
        robot.clickOn(remove);
        assertThat(fx.session.map().segment(returning)).isEmpty();
        assertThat(fx.session.map().touchpoints()).allSatisfy(tp -> assertThat(tp.satisfaction()).doesNotContainKey(returning));

        for (int i = 0; i < 5; i++) {
            robot.interact(() -> fx.session.document().undo());
        }
        assertThat(fx.session.map()).isEqualTo(fx.start);
        assertThat(robot.lookup(".segment-row").queryAll()).hasSize(3);
        assertThat(robot.lookup(".persona-row").queryAll()).hasSize(2);
    }

    @Test
    void theEvidenceFilterIsTheSessionsSetAndNoEdit(FxRobot robot) {
        assertThat(fx.panel.evidenceFilter()).containsExactlyInAnyOrder(Evidence.values());

        robot.clickOn("#showAssumed");
        assertThat(fx.session.visibleEvidence()).containsExactlyInAnyOrder(Evidence.OBSERVED, Evidence.PROPOSED);
        assertThat(fx.panel.evidenceFilter()).isSameAs(fx.session.visibleEvidence());
        robot.interact(() -> fx.session.visibleEvidence().add(Evidence.ASSUMED));
        assertThat(robot.lookup("#showAssumed").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(fx.session.document().canUndo()).isFalse();
        assertThat(fx.saved).isEmpty();
    }

    /** The opportunity row's delete takes it out of the action plan and off its card in one step; undo restores both. */
    @Test
    void anOpportunityIsDeletedFromTheInspectorInOneUndoStep(FxRobot robot) {
        JourneyMap start = fx.session.map();
        Touchpoint card = start.touchpoints().stream()
                .filter(t -> !t.opportunityIds().isEmpty()
                        && Backlog.cardsLinkedTo(start, t.opportunityIds().get(0)) == 1)
                .findFirst().orElseThrow();
        String id = card.opportunityIds().get(0);
        robot.interact(() -> fx.session.selection().selectTouchpoints(List.of(card.id())));
        robot.clickOn(fx.shown(robot, ".opportunity-row .delete-opportunity"));

        assertThat(fx.session.map().opportunity(id)).isEmpty();
        assertThat(fx.session.map().touchpoint(card.id()).orElseThrow().opportunityIds()).doesNotContain(id);
        assertThat(fx.session.document().undoCount()).isEqualTo(1);
        robot.interact(() -> fx.session.document().undo());
        assertThat(fx.session.map()).isEqualTo(start);
    }
}

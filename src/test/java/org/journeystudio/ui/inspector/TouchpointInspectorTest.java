package org.journeystudio.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeystudio.edit.command.ReplaceMap;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.ExperienceComponent;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.SharedKind;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.RatingOrigin;
import org.journeystudio.store.RatingSource;
import org.journeystudio.testing.NewLibraries;
import org.journeystudio.testing.UiTest;
import org.journeystudio.usecase.SharedLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the inspector for one and for several selected cards and checks the map, the saves and undo. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class TouchpointInspectorTest {
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
    @SuppressWarnings("unchecked")
    void aScreenReaderHearsEachFieldsLabelAndEachDropDownsNameWithItsValue(FxRobot robot) {
        Touchpoint card = fx.touchpoint("Search engine results");
        robot.interact(() -> fx.session.selection().selectTouchpoints(List.of(card.id())));
        // The visible label names the field (FXML's labelFor="$id" left it unnamed when the label came first).
        Object title = robot.lookup("#titleField").query().queryAccessibleAttribute(AccessibleAttribute.LABELED_BY);
        assertThat(title).isInstanceOf(Label.class);
        assertThat(((Label) title).getText()).isEqualTo("Title");
        // A drop-down's accessible text replaces its value for a screen reader: both are in it, the value current.
        ChoiceBox<Object> channel = robot.lookup("#channelKind").queryAs(ChoiceBox.class);
        assertThat(channel.getAccessibleText())
                .isEqualTo("Kind of channel: " + channel.getConverter().toString(channel.getValue()));
        ChoiceBox<Object> severity = robot.lookup("#newPainPointSeverity").queryAs(ChoiceBox.class);
        robot.interact(() -> severity.setValue(3));
        assertThat(severity.getAccessibleText()).isEqualTo("Severity of the new pain point: 3 · severe");
    }

    @Test
    void aSharedPainPointRemovedEverywhereLeavesTheOtherJourneyAndUndoBringsItBackHereOnly(FxRobot robot,
            @TempDir Path folder) {
        Touchpoint card = fx.touchpoint("Search engine results");
        PainPoint pain = card.painPoints().get(0);
        try (H2Library library = NewLibraries.open(folder.resolve("library"))) {
            library.create(fx.start);
            library.create(fx.start.withId("map-bags").withTitle("Bags")
                    .withTouchpoint(card.toBuilder().painPoints(List.of()).build()));
            SharedLibrary shared = SharedLibrary.of(library).orElseThrow();
            shared.shareInto(shared.entries(SharedKind.PAIN_POINT, pain.text()).get(0), "map-bags", card.id());
            JourneyMap linked = library.load(fx.start.id()).orElseThrow();
            String sharedId = InspectorFixture.touchpoint(linked, card.title()).painPoints().get(0).sharedId();
            robot.interact(() -> {
                // What the Library view does for the journey open in a local library's editor.
                fx.session.setSharedLibrary(shared);
                fx.session.runStep(new ReplaceMap(linked, "Share"));
                fx.session.selection().selectTouchpoints(List.of(card.id()));
            });

            robot.clickOn(fx.shown(robot, ".pain-point-row .remove-item"));
            assertThat(robot.lookup("#deleteSharedDialog .content").queryLabeled().getText()).contains("Bags");
            robot.clickOn("#deleteEverywhere");
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(fx.now(card.id()).painPoints()).extracting(PainPoint::sharedId).doesNotContain(sharedId);
            assertThat(InspectorFixture.touchpoint(library.load("map-bags").orElseThrow(), card.title())
                    .painPoints()).extracting(PainPoint::sharedId).doesNotContain(sharedId);
            undo(robot);
            assertThat(fx.now(card.id()).painPoints()).extracting(PainPoint::sharedId).contains(sharedId);
            assertThat(InspectorFixture.touchpoint(library.load("map-bags").orElseThrow(), card.title())
                    .painPoints()).as("undo brings it back here only").extracting(PainPoint::sharedId)
                    .doesNotContain(sharedId);
        }
    }

    @Test
    void annotatingACardIsUndoneStepByStepAndRedone(FxRobot robot) {
        Touchpoint card = fx.touchpoint("Search engine results");
        String returning = fx.segmentId("Returning customers");
        robot.interact(() -> fx.session.selection().selectTouchpoints(List.of(card.id())));
        assertThat(robot.lookup("#titleField").queryAs(TextField.class).getText()).isEqualTo("Search engine results");

        robot.clickOn(fx.shown(robot, "#newExpectation")).write("Free returns").clickOn(fx.shown(robot, "#addExpectation"));
        robot.clickOn(fx.shown(robot, "#newPainPoint")).write("Hidden fees");
        fx.choose(robot, "#newPainPointSeverity", "2 · serious");
        robot.clickOn(fx.shown(robot, "#addPainPoint"));
        robot.clickOn(fx.shown(robot, "#newOpportunity")).write("Show all costs").type(KeyCode.ENTER);
        robot.clickOn(fx.shown(robot, "#satisfaction-" + returning + "-4"));
        robot.clickOn(fx.shown(robot, "#emotionPlus2"));

        Touchpoint edited = fx.now(card.id());
        assertThat(edited.expectations()).containsExactly(
                "The shop shows up for the exact product I typed", "Price and availability visible before I click",
                "Free returns");
        assertThat(edited.painPoints()).last().isEqualTo(new PainPoint("Hidden fees", 2, Evidence.ASSUMED));
        assertThat(fx.session.map().opportunitiesAt(edited)).last()
                .satisfies(o -> assertThat(o.title()).isEqualTo("Show all costs"))
                .satisfies(o -> assertThat(o.evidence()).isEqualTo(Evidence.PROPOSED));
        assertThat(edited.satisfaction()).containsEntry(returning, 4.0);
        assertThat(edited.emotion()).isEqualTo(new Emotion(2, "Curious"));
        assertThat(fx.saved).hasSize(5).last().isEqualTo(fx.session.map());
        assertThat(robot.lookup(".pain-point-row").queryAll()).hasSize(2);
        assertThat(robot.lookup("#emotionPlus2").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        JourneyMap annotated = fx.session.map();

        undo(robot);
        assertThat(fx.now(card.id()).emotion()).isEqualTo(card.emotion());
        undo(robot);
        assertThat(fx.now(card.id()).satisfaction()).isEqualTo(card.satisfaction());
        assertThat(robot.lookup("#satisfactionValue-" + returning).queryAs(Label.class).getText())
                .isEqualTo("3.8 / 5 average");
        undo(robot);
        assertThat(fx.now(card.id()).opportunityIds()).isEqualTo(card.opportunityIds());
        undo(robot);
        assertThat(fx.now(card.id()).painPoints()).isEqualTo(card.painPoints());
        assertThat(robot.lookup(".pain-point-row").queryAll()).hasSize(1);
        undo(robot);
        assertThat(fx.session.map()).isEqualTo(fx.start);
        assertThat(fx.session.document().canUndo()).isFalse();
        assertThat(robot.lookup(".expectation-row").queryAll()).hasSize(2);
        assertThat(fx.saved).last().isEqualTo(fx.start);

        for (int i = 0; i < 5; i++) {
            robot.interact(() -> fx.session.document().redo());
        }
        assertThat(fx.session.map()).isEqualTo(annotated);
        assertThat(robot.lookup(".expectation-row").queryAll()).hasSize(3);
    }

    @Test
    void typingInOneFieldIsOneUndoStepAndLeavingItStartsTheNext(FxRobot robot) {
        Touchpoint card = fx.touchpoint("Search engine results");
        robot.interact(() -> fx.session.selection().selectTouchpoints(List.of(card.id())));

        fx.retype(robot, "#titleField", "Search");
        robot.type(KeyCode.ENTER);
        robot.write(" page").type(KeyCode.ENTER);
        fx.retype(robot, "#ownerField", "SEO");
        robot.type(KeyCode.ENTER);

        assertThat(fx.now(card.id()).title()).isEqualTo("Search page");
        assertThat(fx.now(card.id()).owner()).isEqualTo("SEO");
        assertThat(fx.session.document().undoCount()).isEqualTo(2);
        assertThat(fx.session.document().undoDescription()).contains("Edit owner of 'Search page'");

        undo(robot);
        assertThat(fx.now(card.id()).owner()).isEqualTo(card.owner());
        assertThat(robot.lookup("#ownerField").queryAs(TextField.class).getText()).isEqualTo(card.owner());
        undo(robot);
        assertThat(robot.lookup("#titleField").queryAs(TextField.class).getText()).isEqualTo("Search engine results");
    }

    @Test
    void aChangeFromElsewhereKeepsTheTextAndCaretOfTheFieldBeingTypedIn(FxRobot robot) {
        Touchpoint card = fx.touchpoint("Search engine results");
        robot.interact(() -> fx.session.selection().selectTouchpoints(List.of(card.id())));
        TextField title = robot.lookup("#titleField").queryAs(TextField.class);

        robot.clickOn(title).type(KeyCode.END).write(" now");
        robot.interact(() -> fx.session.execute(SetTouchpointField.of(fx.session.map(), card.id(),
                TouchpointField.EMOTION, Emotion.of(-1))));

        assertThat(title.getText()).isEqualTo("Search engine results now");
        assertThat(title.getCaretPosition()).isEqualTo(title.getText().length());
        assertThat(title.isFocused()).isTrue();
        assertThat(robot.lookup("#emotionMinus1").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(fx.now(card.id()).title()).isEqualTo("Search engine results now");
    }

    @Test
    void switchingTheSelectionAppliesWhatWasTypedToTheCardItWasTypedFor(FxRobot robot) {
        Touchpoint search = fx.touchpoint("Search engine results");
        Touchpoint advert = fx.touchpoint("Social media advert");
        robot.interact(() -> fx.session.selection().selectTouchpoints(List.of(search.id())));

        fx.retype(robot, "#ownerField", "SEO team");
        robot.interact(() -> fx.session.selection().selectTouchpoints(List.of(advert.id())));

        assertThat(fx.now(search.id()).owner()).isEqualTo("SEO team");
        assertThat(fx.now(advert.id()).owner()).isEqualTo(advert.owner());
        assertThat(robot.lookup("#ownerField").queryAs(TextField.class).getText()).isEqualTo(advert.owner());

        fx.retype(robot, "#ownerField", "Nobody");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#ownerField").queryAs(TextField.class).getText()).isEqualTo(advert.owner());
        robot.type(KeyCode.TAB);
        assertThat(fx.now(advert.id()).owner()).isEqualTo(advert.owner());
        assertThat(fx.session.document().undoCount()).isEqualTo(1);
    }

    @Test
    void expectationsAreEditedReorderedAndRemovedOneStepEach(FxRobot robot) {
        Touchpoint card = fx.touchpoint("Search engine results");
        robot.interact(() -> fx.session.selection().selectTouchpoints(List.of(card.id())));
        List<String> before = card.expectations();

        fx.retype(robot, ".expectation-row .item-text", "Exact match first");
        robot.type(KeyCode.ENTER);
        assertThat(fx.now(card.id()).expectations()).containsExactly("Exact match first", before.get(1));
        robot.clickOn(robot.from(row(robot, 0)).lookup(".move-down").queryButton());
        assertThat(fx.now(card.id()).expectations()).containsExactly(before.get(1), "Exact match first");
        assertThat(robot.from(row(robot, 1)).lookup(".item-text").queryAs(TextInputControl.class).getText())
                .isEqualTo("Exact match first");
        robot.clickOn(robot.from(row(robot, 0)).lookup(".remove-item").queryButton());
        assertThat(fx.now(card.id()).expectations()).containsExactly("Exact match first");
        assertThat(robot.lookup("#expectationsPane").queryAs(TitledPane.class).getText()).isEqualTo("Expectations (1)");

        assertThat(fx.session.document().undoCount()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            undo(robot);
        }
        assertThat(fx.session.map()).isEqualTo(fx.start);
    }

    private Node row(FxRobot robot, int index) {
        Node row = List.<Node>copyOf(robot.lookup(".expectation-row").queryAll()).get(index);
        robot.interact(() -> fx.panel.reveal(row));
        return row;
    }

    @Test
    void aRatingTypedByHandSaysSoBesideItAndUndoTakesThatBack(FxRobot robot) {
        Touchpoint card = fx.touchpoint("Search engine results");
        String business = fx.segmentId("Business customers");
        robot.interact(() -> fx.session.selection().selectTouchpoints(List.of(card.id())));
        Label origin = robot.lookup("#ratingOrigin-" + business).queryAs(Label.class);
        assertThat(origin.isVisible()).as("the template's rating has no known origin").isFalse();

        robot.clickOn(fx.shown(robot, "#satisfaction-" + business + "-4"));
        RatingOrigin typed = fx.session.ratingOrigins().origin(card.id(), business).orElseThrow();
        assertThat(typed.source()).isEqualTo(RatingSource.MANUAL);
        String when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
                .format(typed.recordedAt().atZone(ZoneId.systemDefault()));
        assertThat(origin.isVisible()).isTrue();
        assertThat(origin.getText()).isEqualTo("typed by hand · " + when);

        robot.interact(() -> fx.session.document().undo());
        assertThat(origin.isVisible()).isFalse();
        robot.interact(() -> fx.session.ratingOrigins().recorded(fx.session.map(), List.of(new RatingOrigin(
                card.id(), business, RatingSource.IMPORTED, Instant.parse("2026-11-20T09:30:00Z"), null))));
        assertThat(origin.getText()).startsWith("imported · 20 Nov 2026");
    }

    @Test
    void aPainPointsSeverityAndEvidenceAreChangedInItsRow(FxRobot robot) {
        Touchpoint card = fx.touchpoint("Search engine results");
        robot.interact(() -> fx.session.selection().selectTouchpoints(List.of(card.id())));
        Node row = robot.lookup(".pain-point-row").query();
        robot.interact(() -> fx.panel.reveal(row));

        Node severity = robot.from(row).lookup(".severity-choice").query();
        robot.clickOn(severity);
        fx.pick(robot, "3 · severe");
        Node evidence = robot.from(row).lookup(".evidence-choice").query();
        robot.clickOn(evidence);
        fx.pick(robot, "Observed");

        assertThat(fx.now(card.id()).painPoints()).containsExactly(new PainPoint(
                card.painPoints().get(0).text(), 3, Evidence.OBSERVED));
        assertThat(fx.session.document().undoCount()).isEqualTo(2);
    }

    @Test
    void anExpectedScoreOffTheScaleIsExplainedAndChangesNothing(FxRobot robot) {
        Touchpoint card = fx.touchpoint("Search engine results");
        robot.interact(() -> fx.session.selection().selectTouchpoints(List.of(card.id())));

        fx.retype(robot, "#expectedScoreField", "9");
        robot.type(KeyCode.ENTER);
        Label message = robot.lookup(".field-message").match(Node::isVisible).queryAs(Label.class);
        assertThat(message.getText()).contains("9", "off the map's scale", "1 to 5");
        assertThat(fx.saved).isEmpty();
        assertThat(fx.session.document().canUndo()).isFalse();

        fx.retype(robot, "#expectedScoreField", "4.5");
        robot.type(KeyCode.ENTER);
        assertThat(fx.now(card.id()).expectedScore()).isEqualTo(4.5);
        assertThat(message.isVisible()).isFalse();
        fx.retype(robot, "#expectedScoreField", "");
        robot.type(KeyCode.ENTER);
        assertThat(fx.now(card.id()).expectedScore()).isNull();
    }

    @Test
    void editingSeveralCardsAppliesToAllAsOneUndoStep(FxRobot robot) {
        List<Touchpoint> cards = fx.session.map().touchpointsInJourneyOrder().subList(0, 3);
        List<String> ids = cards.stream().map(Touchpoint::id).toList();
        robot.interact(() -> fx.session.selection().selectTouchpoints(ids));
        assertThat(robot.lookup("#titleBox").query().isVisible()).isFalse();
        assertThat(robot.lookup("#painPointsPane").queryAs(TitledPane.class).isVisible()).isFalse();

        robot.clickOn(fx.shown(robot, "#emotionMinus1"));
        assertThat(fx.session.document().undoCount()).isEqualTo(1);
        for (Touchpoint card : cards) {
            // each card keeps its own words for the feeling
            assertThat(fx.now(card.id()).emotion()).isEqualTo(new Emotion(-1, card.emotion().label()));
        }

        robot.clickOn(fx.shown(robot, "#accessibleCheck"));
        assertThat(ids).allSatisfy(id ->
                assertThat(fx.now(id).components()).contains(ExperienceComponent.ACCESSIBLE));
        robot.clickOn(fx.shown(robot, "#evidenceObserved"));
        assertThat(ids).allSatisfy(id -> assertThat(fx.now(id).evidence()).isEqualTo(Evidence.OBSERVED));
        assertThat(fx.session.document().undoCount()).isEqualTo(3);

        robot.interact(() -> fx.session.document().undo());
        robot.interact(() -> fx.session.document().undo());
        assertThat(robot.lookup("#accessibleCheck").queryAs(CheckBox.class).isSelected()).isFalse();
        robot.interact(() -> fx.session.document().undo());
        assertThat(fx.session.map()).isEqualTo(fx.start);
    }

    @Test
    void theChannelKindAndDetailAreSetSeparately(FxRobot robot) {
        Touchpoint card = fx.touchpoint("Search engine results");
        robot.interact(() -> fx.session.selection().selectTouchpoints(List.of(card.id())));

        fx.choose(robot, "#channelKind", "Mobile app");
        fx.retype(robot, "#channelDetail", "iOS");
        robot.type(KeyCode.TAB);

        assertThat(fx.now(card.id()).channel().kind().displayName()).isEqualTo("Mobile app");
        assertThat(fx.now(card.id()).channel().detail()).isEqualTo("iOS");
        assertThat(fx.session.document().undoCount()).isEqualTo(2);
    }

    private void undo(FxRobot robot) {
        robot.interact(() -> fx.session.document().undo());
    }

    @Test
    void aPainPointBecomesAnOpportunityInOneUndoStep(FxRobot robot) {
        Touchpoint card = fx.session.map().touchpoints().stream().filter(t -> !t.painPoints().isEmpty())
                .findFirst().orElseThrow();
        robot.interact(() -> fx.session.selection().selectTouchpoints(List.of(card.id())));
        String pain = card.painPoints().get(0).text();

        robot.clickOn(fx.shown(robot, ".pain-point-row .to-opportunity"));

        JourneyMap after = fx.session.map();
        Touchpoint linked = after.touchpoint(card.id()).orElseThrow();
        assertThat(linked.painPoints().get(0).opportunityIds()).hasSize(1);
        assertThat(after.opportunity(linked.painPoints().get(0).opportunityIds().get(0)).orElseThrow().title())
                .isEqualTo(pain);
        undo(robot);
        assertThat(fx.session.map()).isEqualTo(fx.start);
    }

    /** Owner, status, due date, ratings and KPI under the opportunity's row: each its own step, bad values named. */
    @Test
    void anOpportunitysOtherFieldsAreEditedUnderItsRowAndABadValueIsNamed(FxRobot robot) {
        Touchpoint card = fx.touchpoint("Product page");
        String id = card.opportunityIds().get(0);
        robot.interact(() -> fx.session.selection().selectTouchpoints(List.of(card.id())));
        robot.clickOn(fx.shown(robot, ".opportunity-details"));

        fx.retype(robot, ".opportunity-effort", "7");
        robot.type(KeyCode.ENTER);
        Label message = robot.lookup(".field-message").match(Node::isVisible).queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("Effort must be 1 to 5 or empty, not '7'");
        fx.retype(robot, ".opportunity-due", "31/03/2027");
        robot.type(KeyCode.ENTER);
        assertThat(message.getText()).startsWith("Due date must be a date such as 2027-03-31");
        assertThat(fx.session.document().canUndo()).as("nothing changed").isFalse();

        fx.retype(robot, ".opportunity-due", "2027-05-31");
        robot.type(KeyCode.ENTER);
        fx.retype(robot, ".opportunity-effort", "3");
        robot.type(KeyCode.ENTER);
        fx.retype(robot, ".opportunity-kpi-target", "12 %");
        robot.type(KeyCode.ENTER);
        fx.choose(robot, ".opportunity-status", "Done");

        Opportunity edited = fx.session.map().opportunity(id).orElseThrow();
        assertThat(List.of(String.valueOf(edited.due()), edited.effort(), edited.kpi().target(), edited.status()))
                .containsExactly("2027-05-31", 3, "12 %", org.journeystudio.model.OpportunityStatus.DONE);
        assertThat(fx.session.document().undoCount()).isEqualTo(4);
        assertThat(message.isVisible()).isFalse();
    }
}

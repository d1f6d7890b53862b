package org.journeystudio.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.journeystudio.edit.command.RenameStage;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** Others' changes taken into the open document keep its history, and undo then takes back only its own steps. */
@FastTest
class TakeInTest {
    private final JourneyMap start = SampleMaps.retailer();
    private final Document document = new Document(start);
    private final List<DocumentChange> changes = new ArrayList<>();

    @Test
    void undoAfterARemoteChangeUndoesOnlyThisUsersStepAndRedoMakesItAgain() {
        document.execute(RenameStage.of(start, "st-pay", "Checkout"));
        Touchpoint theirCard = start.touchpoints().get(0).withTitle("Changed by Bob");
        JourneyMap remote = document.map().withTouchpoint(theirCard);
        document.addListener(changes::add);

        assertThat(document.takeIn(remote, "Bob's changes")).isTrue();

        assertThat(changes).extracting(DocumentChange::kind).containsExactly(DocumentChange.Kind.TAKEN_IN);
        assertThat(document.canUndo()).isTrue();
        document.undo();
        assertThat(document.map().stage("st-pay")).map(Stage::name).contains(start.stage("st-pay").orElseThrow().name());
        assertThat(document.map().touchpoints().get(0)).isEqualTo(theirCard);
        document.redo();
        assertThat(document.map().stage("st-pay")).map(Stage::name).contains("Checkout");
        assertThat(document.map().touchpoints().get(0)).isEqualTo(theirCard);
        document.undo();
        assertThat(document.map()).isEqualTo(start.withTouchpoint(theirCard));
    }

    @Test
    void aStepWhoseFieldTheyChangedSinceKeepsTheirValueOnUndo() {
        document.execute(RenameStage.of(start, "st-pay", "Checkout"));
        JourneyMap remote = RenameStage.of(document.map(), "st-pay", "Pay (Bob)").apply(document.map());
        document.takeIn(remote, "Bob's changes");

        document.undo();

        assertThat(document.map().stage("st-pay")).map(Stage::name).contains("Pay (Bob)");
    }

    @Test
    void takingInTheSameMapChangesNothing() {
        document.addListener(changes::add);
        assertThat(document.takeIn(start, "nothing new")).isFalse();
        assertThat(changes).isEmpty();
    }

    @Test
    void confirmingTheMapAsItIsOverAnAlternativeIsOneStepWhoseUndoGoesToTheAlternative() {
        JourneyMap theirs = RenameStage.of(start, "st-pay", "Pay (Bob)").apply(start);
        JourneyMap mine = RenameStage.of(start, "st-pay", "Pay (mine)").apply(start);
        document.takeIn(theirs, "Bob's changes");
        document.addListener(changes::add);

        assertThat(document.confirm(RenameStage.of(theirs, "st-pay", "Pay (Bob)"), mine)).isTrue();

        assertThat(document.map()).isEqualTo(theirs);
        assertThat(document.undoCount()).isEqualTo(1);
        assertThat(changes).extracting(DocumentChange::kind).containsExactly(DocumentChange.Kind.EXECUTED);
        document.undo();
        assertThat(document.map()).isEqualTo(mine);
        document.redo();
        assertThat(document.map()).isEqualTo(theirs);
        assertThat(document.confirm(RenameStage.of(theirs, "st-pay", "Pay (Bob)"), theirs)).isFalse();
    }
}

package org.journeystudio.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.journeystudio.edit.command.MapText;
import org.journeystudio.edit.command.RenameStage;
import org.journeystudio.edit.command.ResizeStage;
import org.journeystudio.edit.command.SetMapText;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Stage;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

@FastTest
class DocumentTest {
    private final JourneyMap start = SampleMaps.retailer();
    private final Document document = new Document(start);

    @Test
    void executeUndoAndRedoMoveBetweenExactlyTheseMaps() {
        document.execute(RenameStage.of(start, "st-pay", "Checkout"));
        JourneyMap renamed = document.map();
        assertThat(renamed.stage("st-pay")).map(Stage::name).contains("Checkout");

        document.undo();
        assertThat(document.map()).isEqualTo(start);
        assertThat(document.canUndo()).isFalse();
        assertThat(document.canRedo()).isTrue();

        document.redo();
        assertThat(document.map()).isEqualTo(renamed);
        assertThat(document.canRedo()).isFalse();
    }

    @Test
    void editMenuNamesTheStepsToUndoAndRedo() {
        assertThat(document.undoDescription()).isEmpty();
        document.execute(RenameStage.of(start, "st-pay", "Checkout"));
        document.execute(SetMapText.of(MapText.SCENARIO, "Ben returns a parcel"));
        assertThat(document.undoDescription()).contains("Edit map scenario");

        document.undo();
        assertThat(document.undoDescription()).contains("Rename stage 'Pay'");
        assertThat(document.redoDescription()).contains("Edit map scenario");
    }

    @Test
    void revisionCountsEveryChange() {
        long initial = document.revision();
        document.execute(RenameStage.of(start, "st-pay", "Checkout"));
        document.undo();
        document.redo();
        assertThat(document.revision()).isEqualTo(initial + 3);
    }

    @Test
    void aNewCommandAfterUndoDropsTheRedoSteps() {
        document.execute(RenameStage.of(start, "st-pay", "Checkout"));
        document.undo();
        document.execute(RenameStage.of(start, "st-search", "Look around"));
        assertThat(document.canRedo()).isFalse();
        assertThat(document.undoCount()).isEqualTo(1);
    }

    @Test
    void aCommandThatChangesNothingIsNoStep() {
        boolean changed = document.execute(RenameStage.of(start, "st-pay", "Pay"));
        assertThat(changed).isFalse();
        assertThat(document.canUndo()).isFalse();
        assertThat(document.revision()).isZero();
    }

    @Test
    void undoAndRedoWithNothingToDoSaySo() {
        assertThatThrownBy(document::undo).isInstanceOf(IllegalStateException.class).hasMessageContaining("undo");
        assertThatThrownBy(document::redo).isInstanceOf(IllegalStateException.class).hasMessageContaining("redo");
    }

    @Test
    void historyKeepsTheLatest200StepsByDefault() {
        JourneyMap afterFirst = null;
        for (int i = 1; i <= 201; i++) {
            document.execute(ResizeStage.of(document.map(), "st-pay", 100 + i));
            document.closeMerging();
            if (i == 1) {
                afterFirst = document.map();
            }
        }
        assertThat(document.undoCount()).isEqualTo(Document.DEFAULT_HISTORY_LIMIT).isEqualTo(200);
        while (document.canUndo()) {
            document.undo();
        }
        // The 201st step pushed out the first: undoing everything stops after the first step, not before it.
        assertThat(document.map()).isEqualTo(afterFirst).isNotEqualTo(start);
    }

    @Test
    void historyLimitIsConfigurable() {
        Document small = new Document(start, 3);
        for (int i = 1; i <= 5; i++) {
            small.execute(ResizeStage.of(small.map(), "st-pay", 100 + i));
            small.closeMerging();
        }
        assertThat(small.undoCount()).isEqualTo(3);
        assertThat(small.historyLimit()).isEqualTo(3);
        assertThatThrownBy(() -> new Document(start, 0)).hasMessageContaining("at least 1");
    }

    @Test
    void aCommandThatThrowsLeavesTheDocumentAsItWas() {
        document.execute(RenameStage.of(start, "st-pay", "Checkout"));
        JourneyMap before = document.map();
        long revision = document.revision();
        List<DocumentChange> heard = listen();

        assertThatThrownBy(() -> document.execute(new RenameStage("st-gone", "X", "Rename stage 'Gone'")))
                .isInstanceOf(CommandFailedException.class)
                .hasMessageContaining("Could not rename stage 'Gone'")
                .hasMessageContaining("no stage 'st-gone'");

        assertThat(document.map()).isSameAs(before);
        assertThat(document.revision()).isEqualTo(revision);
        assertThat(document.undoCount()).isEqualTo(1);
        assertThat(heard).isEmpty();
    }

    @Test
    void aCommandWhoseMapBreaksARuleLeavesTheDocumentAsItWas() {
        assertThatThrownBy(() -> document.execute(SetMapText.of(MapText.TITLE, "  ")))
                .isInstanceOfSatisfying(CommandFailedException.class, e ->
                        assertThat(e.problems()).extracting(p -> p.path()).containsExactly("title"))
                .hasMessageContaining("The map needs a title");
        assertThat(document.map()).isEqualTo(start);
        assertThat(document.canUndo()).isFalse();
    }

    @Test
    void aMapWithOldProblemsCanStillBeEditedAndRepaired() {
        Document untitled = new Document(start.withTitle(""));
        untitled.execute(RenameStage.of(start, "st-pay", "Checkout")); // keeps the old problem, adds none
        untitled.execute(SetMapText.of(MapText.TITLE, "Repaired"));
        assertThat(untitled.map().title()).isEqualTo("Repaired");
        assertThatThrownBy(() -> untitled.execute(SetMapText.of(MapText.TITLE, "")))
                .isInstanceOf(CommandFailedException.class);
    }

    @Test
    void typingInOneFieldIsOneStepNamedAfterTheFieldBeforeTyping() {
        for (String text : List.of("C", "Ch", "Che", "Checkout")) {
            document.execute(RenameStage.of(document.map(), "st-pay", text));
        }
        assertThat(document.undoCount()).isEqualTo(1);
        assertThat(document.undoDescription()).contains("Rename stage 'Pay'");
        document.undo();
        assertThat(document.map()).isEqualTo(start);
        document.redo();
        assertThat(document.map().stage("st-pay")).map(Stage::name).contains("Checkout");
    }

    @Test
    void closingMergingStartsANewStep() {
        document.execute(RenameStage.of(start, "st-pay", "Pay now"));
        document.closeMerging();
        document.execute(RenameStage.of(document.map(), "st-pay", "Pay later"));
        assertThat(document.undoCount()).isEqualTo(2);
    }

    @Test
    void differentCommandsDoNotMerge() {
        document.execute(RenameStage.of(start, "st-pay", "Pay now"));
        document.execute(RenameStage.of(document.map(), "st-search", "Look"));
        document.execute(ResizeStage.of(document.map(), "st-search", 300));
        assertThat(document.undoCount()).isEqualTo(3);
    }

    @Test
    void undoEndsTheGestureSoTheNextEditIsItsOwnStep() {
        document.execute(RenameStage.of(start, "st-pay", "Pay now"));
        document.execute(RenameStage.of(start, "st-search", "Look"));
        document.undo();
        document.execute(RenameStage.of(document.map(), "st-pay", "Pay later"));
        assertThat(document.undoCount()).isEqualTo(2);
        document.undo();
        assertThat(document.map().stage("st-pay")).map(Stage::name).contains("Pay now");
    }

    @Test
    void aGestureThatEndsWhereItBeganLeavesNoStep() {
        document.execute(ResizeStage.of(start, "st-pay", 300));
        document.execute(ResizeStage.of(document.map(), "st-pay", 400));
        document.execute(ResizeStage.of(document.map(), "st-pay", Stage.DEFAULT_WIDTH));
        assertThat(document.map()).isEqualTo(start);
        assertThat(document.canUndo()).isFalse();
    }

    @Test
    void listenersHearEveryChangeWithTheNewMap() {
        List<DocumentChange> heard = listen();
        document.execute(RenameStage.of(start, "st-pay", "Checkout"));
        JourneyMap renamed = document.map();
        document.undo();
        document.redo();

        assertThat(heard).extracting(DocumentChange::kind).containsExactly(
                DocumentChange.Kind.EXECUTED, DocumentChange.Kind.UNDONE, DocumentChange.Kind.REDONE);
        assertThat(heard).extracting(DocumentChange::map).containsExactly(renamed, start, renamed);
        assertThat(heard).extracting(DocumentChange::previous).containsExactly(start, renamed, start);
        assertThat(heard).extracting(DocumentChange::revision).containsExactly(1L, 2L, 3L);
        assertThat(heard).extracting(DocumentChange::description).containsOnly("Rename stage 'Pay'");
    }

    @Test
    void aRemovedListenerHearsNothingMore() {
        List<JourneyMap> saved = new ArrayList<>();
        Runnable remove = document.addListener(DocumentListener.forMaps(saved::add));
        document.execute(RenameStage.of(start, "st-pay", "Checkout"));
        remove.run();
        document.undo();
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).stage("st-pay")).map(Stage::name).contains("Checkout");
    }

    @Test
    void aFailingListenerDoesNotKeepTheOthersFromHearing() {
        List<DocumentChange> heard = new ArrayList<>();
        Runnable removeFailing = document.addListener(change -> {
            throw new IllegalStateException("disk full");
        });
        document.addListener(heard::add);
        assertThatThrownBy(() -> document.execute(RenameStage.of(start, "st-pay", "Checkout")))
                .hasMessage("disk full");
        assertThat(heard).hasSize(1);
        // The edit stands and the document is usable again.
        assertThat(document.undoDescription()).contains("Rename stage 'Pay'");
        removeFailing.run();
        document.undo();
        assertThat(document.map()).isEqualTo(start);
        assertThat(heard).hasSize(2);
    }

    @Test
    void aListenerMayNotEditTheDocument() {
        document.addListener(change -> document.execute(SetMapText.of(MapText.SCENARIO, "echo")));
        assertThatThrownBy(() -> document.execute(RenameStage.of(start, "st-pay", "Checkout")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("while 'Rename stage 'Pay'' is still running");
        assertThat(document.map().scenario()).isEqualTo(start.scenario());
    }

    @Test
    void aCommandMayNotExecuteAnotherOnTheSameDocument() {
        MapCommand sneaky = new MapCommand() {
            @Override
            public JourneyMap apply(JourneyMap map) {
                document.execute(SetMapText.of(MapText.SCENARIO, "nested"));
                return map.withTitle("Sneaky");
            }

            @Override
            public String description() {
                return "Sneak";
            }
        };
        assertThatThrownBy(() -> document.execute(sneaky))
                .isInstanceOf(CommandFailedException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .hasMessageContaining("while 'Sneak' is still running");
        assertThat(document.map()).isEqualTo(start);
        // The guard is released after the failure.
        document.execute(SetMapText.of(MapText.SCENARIO, "fine"));
        assertThat(document.map().scenario()).isEqualTo("fine");
    }

    @Test
    void resetReplacesTheMapAndForgetsTheHistory() {
        document.execute(RenameStage.of(start, "st-pay", "Checkout"));
        List<DocumentChange> heard = listen();
        JourneyMap other = start.withTitle("Reloaded");
        document.reset(other, "Reload");
        assertThat(document.map()).isEqualTo(other);
        assertThat(document.canUndo()).isFalse();
        assertThat(heard).extracting(DocumentChange::kind).containsExactly(DocumentChange.Kind.RESET);
    }

    private List<DocumentChange> listen() {
        List<DocumentChange> heard = new ArrayList<>();
        document.addListener(heard::add);
        return heard;
    }
}

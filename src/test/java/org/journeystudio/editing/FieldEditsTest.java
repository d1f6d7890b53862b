package org.journeystudio.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.journeystudio.edit.Document;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.RenameStage;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.RatingOriginLedger;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** How a form edits: typing merges into one undo step, clicks are steps of their own, refreshes edit nothing. */
@FastTest
class FieldEditsTest {
    private final Document document = new Document(SampleMaps.retailer());
    private final List<Runnable> later = new ArrayList<>();
    private final FieldEdits edits = new FieldEdits(document,
            RatingOriginLedger.inMemory(document.map(), Clock.systemUTC()), later::add);
    private final List<String> shown = new ArrayList<>();
    private final FieldEdits.Feedback feedback = new FieldEdits.Feedback() {
        @Override
        public void show(String problem) {
            shown.add(problem);
        }

        @Override
        public void clear() {
            shown.add("");
        }
    };

    @Test
    void typingInOneFieldIsOneStepUntilTheUserLeavesIt() {
        edits.typed(RenameStage.of(edits.map(), "st-pay", "Pa"), feedback);
        edits.typed(RenameStage.of(edits.map(), "st-pay", "Payment"), feedback);
        assertThat(document.undoCount()).isEqualTo(1);

        edits.endTyping();
        edits.typed(RenameStage.of(edits.map(), "st-pay", "Paying"), feedback);
        assertThat(document.undoCount()).isEqualTo(2);
        assertThat(edits.map().stage("st-pay").orElseThrow().name()).isEqualTo("Paying");
    }

    @Test
    void aStepIsNeverMergedWithTypingBeforeOrAfterIt() {
        edits.typed(RenameStage.of(edits.map(), "st-pay", "Payment"), feedback);
        edits.step(SetTouchpointField.of(edits.map(), SampleMaps.cardId("Basket"), TouchpointField.EMOTION,
                Emotion.of(2)), feedback);
        edits.typed(RenameStage.of(edits.map(), "st-pay", "Paying"), feedback);
        assertThat(document.undoCount()).isEqualTo(3);
    }

    @Test
    void whatARefreshFiresEditsNothingAndARefusalIsShownNotThrown() {
        edits.refresh(() -> assertThat(edits.step(RenameStage.of(edits.map(), "st-pay", "Other"), feedback)).isFalse());
        assertThat(document.undoCount()).isZero();

        assertThat(edits.typed(refused("the stage is locked"), feedback)).isFalse();
        assertThat(shown).hasSize(1).allMatch(problem -> problem.contains("the stage is locked"));
        assertThat(edits.typed(RenameStage.of(edits.map(), "st-pay", "Pay now"), feedback)).isTrue();
        assertThat(shown).last().isEqualTo("");
    }

    @Test
    void textAppliedWhileTheDocumentTellsItsListenersIsAppliedJustAfterNotDropped() {
        boolean[] first = {true};
        document.addListener(change -> {
            if (first[0]) {
                first[0] = false;
                // A field losing the focus because this change hid it applies what was typed in it.
                assertThat(edits.typed(RenameStage.of(edits.map(), "st-pay", "Pay now"), feedback)).isFalse();
            }
        });
        edits.step(SetTouchpointField.of(edits.map(), SampleMaps.cardId("Basket"), TouchpointField.EMOTION,
                Emotion.of(2)), feedback);
        assertThat(edits.map().stage("st-pay").orElseThrow().name()).isNotEqualTo("Pay now");
        assertThat(later).hasSize(1);

        later.remove(0).run();
        assertThat(edits.map().stage("st-pay").orElseThrow().name()).isEqualTo("Pay now");
        assertThat(document.undoCount()).isEqualTo(2);
        edits.refresh(() -> edits.typed(RenameStage.of(edits.map(), "st-pay", "Paid"), feedback));
        assertThat(later).hasSize(1);
        later.remove(0).run();
        assertThat(edits.map().stage("st-pay").orElseThrow().name()).isEqualTo("Paid");
    }

    /** A command the map refuses, as one breaking a rule would be. */
    private static MapCommand refused(String why) {
        return new MapCommand() {
            @Override
            public JourneyMap apply(JourneyMap map) {
                throw new IllegalArgumentException(why);
            }

            @Override
            public String description() {
                return "Rename stage";
            }
        };
    }
}

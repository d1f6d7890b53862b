package org.journeystudio.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.journeystudio.edit.command.AddStage;
import org.journeystudio.edit.command.MoveTouchpoints;
import org.journeystudio.edit.command.RenameStage;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Stage;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

@FastTest
class CompositeCommandTest {
    private final JourneyMap start = SampleMaps.retailer();
    private final Document document = new Document(start);

    @Test
    void partsRunInOrderAsOneUndoStep() {
        // The move needs the stage the first part adds: order matters.
        CompositeCommand importCards = CompositeCommand.of("Import 'Compare' stage",
                AddStage.of(new Stage("st-compare", "Compare"), 3),
                new MoveTouchpoints(java.util.Set.of(SampleMaps.cardId("Reviews")), "st-compare", SampleMaps.TOUCHPOINTS,
                        0, "Move 'Reviews' to Compare"),
                new RenameStage("st-compare", "Compare offers", "Rename stage 'Compare'"));
        document.execute(importCards);
        JourneyMap end = document.map();
        assertThat(end.stage("st-compare")).map(Stage::name).contains("Compare offers");
        assertThat(end.touchpoint(SampleMaps.cardId("Reviews")).orElseThrow().stageId()).isEqualTo("st-compare");
        assertThat(document.undoCount()).isEqualTo(1);
        assertThat(document.undoDescription()).contains("Import 'Compare' stage");

        document.undo();
        assertThat(document.map()).isEqualTo(start);
        document.redo();
        assertThat(document.map()).isEqualTo(end);
    }

    @Test
    void aFailingPartFailsTheWholeAndChangesNothing() {
        CompositeCommand broken = CompositeCommand.of("Paste",
                RenameStage.of(start, "st-pay", "Checkout"),
                new RenameStage("st-gone", "X", "Rename stage 'Gone'"));
        assertThatThrownBy(() -> document.execute(broken))
                .isInstanceOf(CommandFailedException.class)
                .hasMessageContaining("Step 2 of 2 of 'Paste' (Rename stage 'Gone') failed")
                .hasMessageContaining("no stage 'st-gone'");
        assertThat(document.map()).isEqualTo(start);
        assertThat(document.canUndo()).isFalse();
    }

    @Test
    void aCompositeNeedsADescriptionAndParts() {
        assertThatThrownBy(() -> new CompositeCommand(" ", List.of(RenameStage.of(start, "st-pay", "P"))))
                .hasMessageContaining("description");
        assertThatThrownBy(() -> new CompositeCommand("Nothing", List.of())).hasMessageContaining("no parts");
    }
}

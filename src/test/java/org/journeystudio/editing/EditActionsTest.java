package org.journeystudio.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeystudio.edit.SampleMaps.BACKSTAGE;
import static org.journeystudio.edit.SampleMaps.TOUCHPOINTS;
import static org.journeystudio.edit.SampleMaps.id;
import static org.journeystudio.edit.SampleMaps.titlesIn;

import java.util.List;
import org.journeystudio.edit.Document;
import org.journeystudio.edit.SampleMaps;
import org.journeystudio.edit.clipboard.TouchpointClipboard;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.junit.jupiter.api.Test;

/** The editor's actions on the selection, without any view: one undo step each, and the selection that follows. */
class EditActionsTest {
    private final Document document = new Document(SampleMaps.retailer());
    private final EditActions actions = new EditActions(document);

    @Test
    void pasteGoesAfterTheLatestSelectedCardAndSelectsWhatItAdded() {
        TouchpointClipboard copied = actions.copy(SelectedIds.cards(List.of(id("Ad")))).orElseThrow();

        SelectedIds pasted = actions.paste(copied, SelectedIds.cards(List.of(id("Basket"), id("Checkout"))))
                .orElseThrow();

        assertThat(titlesIn(map(), "st-pay", TOUCHPOINTS)).containsExactly("Basket", "Checkout", "Ad", "Payment");
        assertThat(pasted.touchpointIds()).hasSize(1).doesNotContain(id("Ad"));
        assertThat(map().touchpoint(pasted.latestCard()).map(Touchpoint::title)).contains("Ad");
        assertThat(document.undoCount()).isEqualTo(1);
    }

    @Test
    void deleteRemovesTheCardsElseTheSelectedStageAndSelectsNothing() {
        assertThat(actions.delete(SelectedIds.cards(List.of(id("Filters"), id("Reviews"))))).contains(SelectedIds.NONE);
        assertThat(titlesIn(map(), "st-search", TOUCHPOINTS)).containsExactly("Search box");

        assertThat(actions.delete(SelectedIds.stage("st-search"))).contains(SelectedIds.NONE);
        assertThat(map().stage("st-search")).isEmpty();
        assertThat(map().touchpoint(id("Search box"))).isEmpty();
        assertThat(actions.delete(SelectedIds.NONE)).isEmpty();
        assertThat(document.undoCount()).isEqualTo(2);
    }

    @Test
    void cutAndDuplicateSelectWhatIsLeftAndTheCopies() {
        SelectedIds copies = actions.duplicate(SelectedIds.cards(List.of(id("Campaign")))).orElseThrow();
        assertThat(titlesIn(map(), "st-discover", BACKSTAGE)).containsExactly("Campaign", "Campaign");
        assertThat(copies.touchpointIds()).doesNotContain(id("Campaign")).hasSize(1);

        assertThat(actions.cut(copies)).contains(SelectedIds.NONE);
        assertThat(titlesIn(map(), "st-discover", BACKSTAGE)).containsExactly("Campaign");
        assertThat(actions.cut(SelectedIds.NONE)).isEmpty();
    }

    @Test
    void newCardsAndStagesGoAfterTheSelectionAndUndoTakesThemBack() {
        SelectedIds card = actions.addCard(SelectedIds.cards(List.of(id("Search box")))).orElseThrow();
        assertThat(titlesIn(map(), "st-search", TOUCHPOINTS))
                .containsExactly("Search box", "New touchpoint", "Filters", "Reviews");
        assertThat(map().touchpoint(card.latestCard()).orElseThrow().stageId()).isEqualTo("st-search");

        SelectedIds stage = actions.addStage(card).orElseThrow();
        assertThat(map().indexOfStage(stage.stageId())).isEqualTo(map().indexOfStage("st-search") + 1);
        SelectedIds inStage = actions.addCardTo(stage.stageId()).orElseThrow();
        assertThat(map().touchpointsIn(stage.stageId(), TOUCHPOINTS)).extracting(Touchpoint::id)
                .containsExactly(inStage.latestCard());

        actions.undo();
        actions.undo();
        assertThat(map().stage(stage.stageId())).isEmpty();
        actions.redo();
        assertThat(map().stage(stage.stageId())).isPresent();
    }

    private JourneyMap map() {
        return document.map();
    }
}

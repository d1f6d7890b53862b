package org.journeystudio.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeystudio.testing.Cells.titlesIn;
import static org.journeystudio.testing.SampleMaps.BACKSTAGE;
import static org.journeystudio.testing.SampleMaps.TOUCHPOINTS;
import static org.journeystudio.testing.SampleMaps.cardId;

import java.util.List;
import org.journeystudio.edit.Document;
import org.journeystudio.edit.clipboard.TouchpointClipboard;
import org.journeystudio.model.Evidence;
import org.journeystudio.edit.command.SetLaneVisible;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** The editor's actions on the selection, without any view: one undo step each, and the selection that follows. */
@FastTest
class EditActionsTest {
    private final Document document = new Document(SampleMaps.retailer());
    private Evidence newCardEvidence = Evidence.ASSUMED;
    private final EditActions actions = new EditActions(document, () -> newCardEvidence);

    @Test
    void pasteGoesAfterTheLatestSelectedCardAndSelectsWhatItAdded() {
        TouchpointClipboard copied = actions.copy(SelectedIds.cards(List.of(cardId("Ad")))).orElseThrow();

        SelectedIds pasted = actions.paste(copied, SelectedIds.cards(List.of(cardId("Basket"), cardId("Checkout"))))
                .orElseThrow();

        assertThat(titlesIn(map(), "st-pay", TOUCHPOINTS)).containsExactly("Basket", "Checkout", "Ad", "Payment");
        assertThat(pasted.touchpointIds()).hasSize(1).doesNotContain(cardId("Ad"));
        assertThat(map().touchpoint(pasted.latestCard()).map(Touchpoint::title)).contains("Ad");
        assertThat(document.undoCount()).isEqualTo(1);
    }

    @Test
    void selectAllTakesEveryCardInTheVisibleLanesInJourneyOrder() {
        List<String> shown = map().touchpointsInJourneyOrder().stream().map(Touchpoint::id).toList();
        assertThat(actions.all().touchpointIds()).containsExactlyElementsOf(shown);

        document.execute(SetLaneVisible.of(map(), BACKSTAGE, false));

        assertThat(actions.all().touchpointIds()).isNotEmpty()
                .allSatisfy(id -> assertThat(map().touchpoint(id).orElseThrow().laneId()).isNotEqualTo(BACKSTAGE))
                .hasSize((int) map().touchpoints().stream().filter(t -> !t.laneId().equals(BACKSTAGE)).count());
    }

    @Test
    void deleteRemovesTheCardsElseTheSelectedStageAndSelectsNothing() {
        assertThat(actions.delete(SelectedIds.cards(List.of(cardId("Filters"), cardId("Reviews"))))).contains(SelectedIds.NONE);
        assertThat(titlesIn(map(), "st-search", TOUCHPOINTS)).containsExactly("Search box");

        assertThat(actions.delete(SelectedIds.stage("st-search"))).contains(SelectedIds.NONE);
        assertThat(map().stage("st-search")).isEmpty();
        assertThat(map().touchpoint(cardId("Search box"))).isEmpty();
        assertThat(actions.delete(SelectedIds.NONE)).isEmpty();
        assertThat(document.undoCount()).isEqualTo(2);
    }

    @Test
    void cutAndDuplicateSelectWhatIsLeftAndTheCopies() {
        SelectedIds copies = actions.duplicate(SelectedIds.cards(List.of(cardId("Campaign")))).orElseThrow();
        assertThat(titlesIn(map(), "st-discover", BACKSTAGE)).containsExactly("Campaign", "Campaign");
        assertThat(copies.touchpointIds()).doesNotContain(cardId("Campaign")).hasSize(1);

        assertThat(actions.cut(copies)).contains(SelectedIds.NONE);
        assertThat(titlesIn(map(), "st-discover", BACKSTAGE)).containsExactly("Campaign");
        assertThat(actions.cut(SelectedIds.NONE)).isEmpty();
    }

    @Test
    void newCardsAndStagesGoAfterTheSelectionAndUndoTakesThemBack() {
        SelectedIds card = actions.addCard(SelectedIds.cards(List.of(cardId("Search box")))).orElseThrow();
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

    @Test
    void newCardsTakeTheEvidenceAskedForWhenTheyAreMade() {
        SelectedIds assumed = actions.addCard(SelectedIds.NONE).orElseThrow();
        newCardEvidence = Evidence.OBSERVED;
        SelectedIds observed = actions.addCard(SelectedIds.NONE).orElseThrow();
        SelectedIds inStage = actions.addCardTo("st-pay").orElseThrow();

        assertThat(map().touchpoint(assumed.latestCard()).orElseThrow().evidence()).isEqualTo(Evidence.ASSUMED);
        assertThat(map().touchpoint(observed.latestCard()).orElseThrow().evidence()).isEqualTo(Evidence.OBSERVED);
        assertThat(map().touchpoint(inStage.latestCard()).orElseThrow().evidence()).isEqualTo(Evidence.OBSERVED);
    }

    private JourneyMap map() {
        return document.map();
    }
}

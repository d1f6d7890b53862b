package org.journeystudio.edit.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.journeystudio.compare.FieldChange;
import org.journeystudio.compare.MapComparison;
import org.journeystudio.edit.Document;
import org.journeystudio.edit.clipboard.TouchpointClipboard;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.LinkKind;
import org.journeystudio.model.MapValidator;
import org.journeystudio.model.Stage;
import org.journeystudio.model.StagePath;
import org.journeystudio.model.TouchpointLink;
import org.journeystudio.testing.BranchedMaps;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.ScenarioMaps;
import org.junit.jupiter.api.Test;

/** Paths and connectors as commands: each one undo step, and the map stays valid in every scenario. */
@FastTest
class PathCommandsTest {
    private static final JourneyMap SHOP = BranchedMaps.shop("shop");

    @Test
    void addingRenamingAndRemovingAPathAreOneUndoStepEach() {
        Document document = new Document(SHOP);

        document.execute(AddPath.of(document.map(), "st-buy", new StagePath("path-app", "In the app")));
        document.execute(RenamePath.of(document.map(), "st-buy", "path-app", "In"));
        document.execute(RenamePath.of(document.map(), "st-buy", "path-app", "In the shop"));
        document.execute(MoveToPath.of(document.map(), Set.of("tp-cart"), "path-app"));

        assertThat(document.map().stage("st-buy").orElseThrow().paths())
                .containsExactly(new StagePath("path-app", "In the shop"));
        assertThat(document.map().touchpoint("tp-cart").orElseThrow().pathId()).isEqualTo("path-app");

        document.execute(RemovePath.of(document.map(), "st-buy", "path-app"));
        assertThat(document.map().stage("st-buy").orElseThrow().paths()).isEmpty();
        assertThat(document.map().touchpoint("tp-cart").orElseThrow().pathId()).as("back on the main track").isEmpty();
        assertThat(MapValidator.validate(document.map())).isEmpty();

        document.undo();
        assertThat(document.map().touchpoint("tp-cart").orElseThrow().pathId()).isEqualTo("path-app");
        document.undo();
        document.undo();
        assertThat(document.map().stage("st-buy").orElseThrow().paths()).extracting(StagePath::name)
                .containsExactly("In the app");
        document.undo();
        assertThat(document.map()).isEqualTo(SHOP);
    }

    @Test
    void removingAPathMovesTheCardsOfAKeptScenarioToTheMainTrackToo() {
        JourneyMap map = ScenarioMaps.asIsAndToBe("m");
        Stage first = map.stages().get(0);
        String card = map.touchpoints().stream().filter(t -> t.stageId().equals(first.id())).findFirst()
                .orElseThrow().id();
        JourneyMap withPath = new AddPath(first.id(), new StagePath("p", "P"), "").apply(map);
        withPath = new MoveToPath(Set.of(card), "p", "").apply(withPath);
        String kept = withPath.scenarios().list().stream().map(s -> s.id())
                .filter(id -> !id.equals(map.scenarios().activeId())).findFirst().orElseThrow();
        JourneyMap keptOnPath = withPath.showing(kept);
        keptOnPath = new MoveToPath(keptOnPath.touchpoints().stream().filter(t -> t.stageId().equals(first.id()))
                .map(t -> t.id()).collect(java.util.stream.Collectors.toSet()), "p", "").apply(keptOnPath);

        JourneyMap removed = RemovePath.of(keptOnPath, first.id(), "p").apply(keptOnPath);

        assertThat(MapValidator.validate(removed)).isEmpty();
        assertThat(removed.scenarios().stored().values().stream().flatMap(List::stream))
                .allMatch(t -> t.pathId().isEmpty());
    }

    @Test
    void addingChangingAndDeletingAConnectorAreOneUndoStepEach() {
        Document document = new Document(SHOP);
        TouchpointLink next = new TouchpointLink("tp-pay", LinkKind.NEXT);

        document.execute(AddConnector.of(document.map(), "tp-cart", next));
        assertThat(document.map().touchpoint("tp-cart").orElseThrow().connectors()).containsExactly(next);
        document.execute(SetConnectorKind.of(document.map(), "tp-cart", next, LinkKind.BRANCH));
        TouchpointLink branch = new TouchpointLink("tp-pay", LinkKind.BRANCH);
        assertThat(document.map().touchpoint("tp-cart").orElseThrow().connectors()).containsExactly(branch);
        document.execute(RemoveConnector.of(document.map(), "tp-cart", branch));
        assertThat(document.map().touchpoint("tp-cart").orElseThrow().connectors()).isEmpty();

        document.undo();
        document.undo();
        assertThat(document.map().touchpoint("tp-cart").orElseThrow().connectors()).containsExactly(next);
        document.undo();
        assertThat(document.map()).isEqualTo(SHOP);
    }

    @Test
    void aConnectorToItselfOrADependencyKindIsRefused() {
        assertThatThrownBy(() -> AddConnector.of(SHOP, "tp-cart", new TouchpointLink("tp-cart", LinkKind.LOOP_BACK))
                .apply(SHOP)).hasMessageContaining("not 'Add to cart' to itself");
        assertThatThrownBy(() -> AddConnector.of(SHOP, "tp-cart", TouchpointLink.dependsOn("tp-pay")).apply(SHOP))
                .hasMessageContaining("a dependency, not a connector");
    }

    @Test
    void aPasteKeepsThePathAndTheConnectorsBetweenTheCopiedCards() {
        TouchpointClipboard copied = TouchpointClipboard.copy(SHOP, List.of("tp-pay", "tp-collect"));
        JourneyMap other = SampleMaps.shop("other").withStages(SHOP.stages());
        List<String> ids = List.of("new-pay", "new-collect");
        java.util.Iterator<String> fresh = ids.iterator();

        JourneyMap pasted = copied.pasteInto(other, "st-receive", SampleMaps.TOUCHPOINTS, 0, fresh::next).apply(other);

        assertThat(pasted.touchpoint("new-collect").orElseThrow().pathId()).isEqualTo(BranchedMaps.COLLECT);
        assertThat(pasted.touchpoint("new-pay").orElseThrow().connectors()).extracting(TouchpointLink::targetId)
                .contains("new-collect", "tp-cart");
        assertThat(MapValidator.validate(pasted)).isEmpty();
    }

    @Test
    void aPasteIntoAStageWithoutThePathLandsOnItsMainTrack() {
        TouchpointClipboard copied = TouchpointClipboard.copy(SHOP, List.of("tp-collect"));
        JourneyMap other = SampleMaps.shop("other");

        JourneyMap pasted = copied.pasteInto(other, "st-receive", SampleMaps.TOUCHPOINTS, 0, () -> "new").apply(other);

        assertThat(pasted.touchpoint("new").orElseThrow().pathId()).isEmpty();
    }

    @Test
    void compareNamesThePathACardMovedTo() {
        JourneyMap moved = new MoveToPath(Set.of("tp-deliver"), BranchedMaps.COLLECT, "").apply(SHOP);

        MapComparison comparison = MapComparison.of(SHOP, moved);

        assertThat(comparison.changed()).singleElement().satisfies(c -> assertThat(c.fields())
                .containsExactly(new FieldChange("path", "Home delivery", "Click & collect")));
    }
}

package org.journeystudio.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeystudio.testing.SampleMaps.TOUCHPOINTS;
import static org.journeystudio.testing.SampleMaps.cardId;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.journeystudio.edit.Document;
import org.journeystudio.edit.clipboard.TouchpointClipboard;
import org.journeystudio.edit.command.AddScenario;
import org.journeystudio.edit.command.AddStage;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Stage;
import org.journeystudio.model.TouchpointImage;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.image.TestImages;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.NewLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A card's image through the document: set and removed as undo steps, copied to another project and scenario. */
@FastTest
class TouchpointImagesTest {
    @TempDir
    Path folder;

    @Test
    void settingAndRemovingAnImageAreUndoSteps() throws Exception {
        Path file = folder.resolve("receipt.jpg");
        Files.write(file, TestImages.noise(120, 80, "jpeg", 31));
        TouchpointImage receipt = TouchpointImages.read(file);
        JourneyMap map = SampleMaps.retailer();
        String card = cardId("Basket");
        Document document = new Document(map);

        document.execute(TouchpointImages.set(document.map(), card, receipt));
        assertThat(document.map().touchpoint(card).orElseThrow().image()).isEqualTo(receipt);
        assertThat(document.undoDescription()).contains("Edit image of 'Basket'");
        document.closeMerging(); // as the window does between two gestures
        document.execute(TouchpointImages.set(document.map(), card, null));
        assertThat(document.map().touchpoint(card).orElseThrow().image()).isNull();

        document.undo();
        assertThat(document.map().touchpoint(card).orElseThrow().image()).isEqualTo(receipt);
        document.undo();
        assertThat(document.map()).isEqualTo(map);
        document.redo();
        assertThat(document.map().touchpoint(card).orElseThrow().image().data()).isEqualTo(receipt.data());
    }

    @Test
    void aComparisonListsAPictureAddedToACard() {
        TouchpointImage screen = TestImages.png(50, 40, 33);
        JourneyMap before = SampleMaps.retailer();
        JourneyMap after = before.withTouchpoint(before.touchpoint(cardId("Basket")).orElseThrow().toBuilder()
                .image(screen).build());

        var changes = org.journeystudio.compare.MapComparison.of(before, after).changed();

        assertThat(changes).singleElement().satisfies(change -> assertThat(change.fields())
                .containsExactly(new org.journeystudio.compare.FieldChange("image", "none",
                        "50 x 40 PNG (" + screen.hash().substring(0, 8) + ")")));
    }

    @Test
    void aCopiedCardTakesItsImageToAnotherProjectAndToANewScenario() {
        TouchpointImage screen = TestImages.png(50, 40, 32);
        JourneyMap source = SampleMaps.retailer();
        source = source.withTouchpoint(source.touchpoint(cardId("Basket")).orElseThrow().toBuilder().image(screen)
                .build());
        JourneyMap other = AddStage.of(new Stage("st-order", "Order"), 0)
                .apply(JourneyMap.blank("map-other", "Other", Instant.EPOCH));

        JourneyMap pasted = TouchpointClipboard.copy(source, List.of(cardId("Basket")))
                .pasteInto(other, "st-order", TOUCHPOINTS, 0, () -> "tp-pasted").apply(other);
        assertThat(pasted.touchpoint("tp-pasted").orElseThrow().image()).isEqualTo(screen);

        AtomicInteger next = new AtomicInteger();
        JourneyMap withScenario = AddScenario.copying(source, source.scenarios().activeId(), "To-be",
                () -> "id-" + next.incrementAndGet()).apply(source);
        assertThat(withScenario.scenarios().list()).hasSize(2);
        for (var scenario : withScenario.scenarios().list()) {
            assertThat(withScenario.touchpointsOf(scenario.id()))
                    .anySatisfy(t -> assertThat(t.image()).isEqualTo(screen));
        }
        try (H2Library library = NewLibraries.open(folder.resolve("library"))) {
            library.create(withScenario);
            JourneyMap loaded = library.load(withScenario.id()).orElseThrow();
            for (var scenario : withScenario.scenarios().list()) {
                assertThat(loaded.touchpointsOf(scenario.id())).isEqualTo(withScenario.touchpointsOf(scenario.id()));
            }
        }
    }
}

package org.journeystudio.render.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.render.ExportMonitor;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;

@SlowTest
class LongMapDeckTest {

    @Test
    void aThousandCardMapExportsWithEveryShapeOnItsSlide() throws Exception {
        JourneyMap map = SampleMaps.longMap(60, 1000, 42);
        // The deck as built, not written and read back: the same shapes, in a fraction of the time.
        try (XMLSlideShow deck = MapDeck.slides(map, Decks.tinyPicture(), Decks.DATE, ExportMonitor.NONE)) {
            Rectangle2D slide = new Rectangle2D.Double(0, 0, deck.getPageSize().getWidth(),
                    deck.getPageSize().getHeight());
            java.util.List<String> outside = new java.util.ArrayList<>();
            for (XSLFSlide s : deck.getSlides()) {
                for (XSLFShape shape : s.getShapes()) {
                    if (!slide.contains(shape.getAnchor())) {
                        outside.add(shape.getAnchor() + " on slide " + s.getSlideNumber() + " " + Decks.heading(s));
                    }
                }
            }
            assertThat(outside).isEmpty();
            assertThat(deck.getSlides()).extracting(Decks::heading).contains("Satisfaction heatmap", "Opportunities");
            long stageSlides = deck.getSlides().stream().filter(s -> Decks.heading(s).matches("\\d+ · .*")).count();
            assertThat(stageSlides).isGreaterThanOrEqualTo(map.customerTouchpoints().size() / StageSlides.CARDS_PER_SLIDE);
        }
    }
}

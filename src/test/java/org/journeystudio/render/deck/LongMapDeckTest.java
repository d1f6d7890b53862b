package org.journeystudio.render.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;

@SlowTest
class LongMapDeckTest {

    @Test
    void aThousandCardMapExportsWithEveryShapeOnItsSlide() throws Exception {
        JourneyMap map = SampleMaps.longMap(60, 1000, 42);
        try (XMLSlideShow deck = Decks.export(map)) {
            Rectangle2D slide = new Rectangle2D.Double(0, 0, deck.getPageSize().getWidth(),
                    deck.getPageSize().getHeight());
            for (XSLFSlide s : deck.getSlides()) {
                for (XSLFShape shape : s.getShapes()) {
                    assertThat(slide.contains(shape.getAnchor()))
                            .as("%s on slide %d (%s)", shape.getAnchor(), s.getSlideNumber(), Decks.heading(s))
                            .isTrue();
                }
            }
            long stageSlides = deck.getSlides().stream().filter(s -> Decks.heading(s).matches("\\d+ · .*")).count();
            assertThat(stageSlides).isGreaterThanOrEqualTo(map.customerTouchpoints().size() / StageSlides.CARDS_PER_SLIDE);
        }
    }
}

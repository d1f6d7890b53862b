package org.journeystudio.render.deck;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.render.ExportMonitor;

/**
 * A map as a PowerPoint deck (16:9, Apache POI): a title slide, the whole map as a picture, a slide per stage
 * with its touchpoints as editable cards (split over several when a stage is long), the satisfaction heatmap as
 * coloured native tables, and the opportunity backlog; speaker notes carry the touchpoints' descriptions.
 * Only this package loads POI, and only when a deck is exported, so the studio starts without it.
 */
public final class MapDeck {
    private MapDeck() {
    }

    /** Writes the deck of {@code map} (the scenario it shows) to {@code out}, which is not closed. */
    public static void write(JourneyMap map, MapPicture picture, LocalDate date, OutputStream out,
                             ExportMonitor monitor) throws IOException {
        try (XMLSlideShow deck = slides(map, picture, date, monitor)) {
            monitor.progress(0.85);
            monitor.checkCancelled();
            deck.write(out);
        }
    }

    /** The deck in memory, before it is written. */
    static XMLSlideShow slides(JourneyMap map, MapPicture picture, LocalDate date, ExportMonitor monitor) {
        XMLSlideShow deck = new XMLSlideShow();
        deck.setPageSize(new java.awt.Dimension((int) DeckStyle.WIDTH, (int) DeckStyle.HEIGHT));
        OpeningSlides.title(deck, map, date);
        OpeningSlides.wholeMap(deck, map, picture);
        monitor.progress(0.5);
        StageSlides.add(deck, map, monitor);
        monitor.progress(0.7);
        HeatmapSlides.add(deck, map, monitor);
        OpportunitySlides.add(deck, map, monitor);
        return deck;
    }
}

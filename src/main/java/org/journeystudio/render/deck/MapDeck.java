package org.journeystudio.render.deck;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotesMaster;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.render.ExportCancelledException;
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

    /**
     * Loads Apache POI and its schemas by writing a one-slide deck nowhere: about 2 s on the first deck of a
     * session, which the window spends while the user picks the file instead of after.
     */
    public static void prepare() throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            DeckStyle.header(deck.createSlide(), "", "");
            deck.write(OutputStream.nullOutputStream());
        }
    }

    /** The deck in memory, before it is written; the map's picture is painted meanwhile on another thread. */
    static XMLSlideShow slides(JourneyMap map, MapPicture picture, LocalDate date, ExportMonitor monitor)
            throws IOException {
        FutureTask<byte[]> png = new FutureTask<>(picture.painter());
        Thread painter = new Thread(png, "Deck map picture");
        painter.setDaemon(true);
        painter.start();
        XMLSlideShow deck = new XMLSlideShow();
        try {
            deck.setPageSize(new java.awt.Dimension((int) DeckStyle.WIDTH, (int) DeckStyle.HEIGHT));
            OpeningSlides.title(deck, map, date);
            leanNotesMaster(deck);
            OpeningSlides.PictureRoom wholeMap = OpeningSlides.wholeMap(deck, map, picture);
            monitor.progress(0.2);
            StageSlides.add(deck, map, monitor);
            monitor.progress(0.5);
            HeatmapSlides.add(deck, map, monitor);
            OpportunitySlides.add(deck, map, monitor);
            monitor.progress(0.7);
            OpeningSlides.addPicture(deck, wholeMap, painted(png));
            return deck;
        } catch (RuntimeException | IOException e) {
            png.cancel(true);
            deck.close();
            throw e;
        }
    }

    /**
     * Every notes page is a copy of the notes master's shapes, and copying is most of what speaker notes cost:
     * the deck's notes pages keep only the slide picture and the notes text, a third of POI's default shapes.
     */
    private static void leanNotesMaster(XMLSlideShow deck) {
        deck.createNotesMaster();
        XSLFNotesMaster master = deck.getNotesMaster();
        for (XSLFShape shape : List.copyOf(master.getShapes())) {
            Placeholder role = shape instanceof XSLFSimpleShape simple ? simple.getPlaceholder() : null;
            if (role == Placeholder.BODY && shape instanceof XSLFTextShape body) {
                body.clearText();
                body.addNewTextParagraph();
            } else if (role != null && role != Placeholder.SLIDE_IMAGE) {
                master.removeShape(shape);
            }
        }
    }

    private static byte[] painted(FutureTask<byte[]> png) throws IOException {
        try {
            return png.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportCancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }
}

package org.journeystudio.render.deck;

import org.journeystudio.model.ScenarioNames;
import org.journeystudio.render.ReportWords;
import org.journeystudio.i18n.Messages;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Stage;

/** The deck's first two slides: the title slide, and the whole map as a picture with its stages as native shapes. */
final class OpeningSlides {
    /** Up to this many stages get a native chevron each under the map picture; more would not be legible. */
    static final int MAX_CHEVRONS = 12;
    private static final double CHEVRON_HEIGHT = 44;

    private OpeningSlides() {
    }

    static void title(XMLSlideShow deck, JourneyMap map, LocalDate date) {
        XSLFSlide slide = deck.createSlide();
        XSLFAutoShape band = slide.createAutoShape();
        band.setShapeType(ShapeType.RECT);
        band.setAnchor(new Rectangle2D.Double(0, 0, DeckStyle.WIDTH, 250));
        band.setFillColor(DeckStyle.STAGE_HEADER);
        band.setLineColor(null);
        double width = DeckStyle.WIDTH - 2 * DeckStyle.MARGIN * 2;
        XSLFTextBox title = DeckStyle.text(slide, new Rectangle2D.Double(2 * DeckStyle.MARGIN, 90, width, 120));
        title.setVerticalAlignment(VerticalAlignment.BOTTOM);
        DeckStyle.run(title.addNewTextParagraph(), Text.clip(Text.or(map.title(), Messages.text("report.untitledMap")), 90), 40,
                true, DeckStyle.PAPER);
        XSLFTextBox about = DeckStyle.text(slide, new Rectangle2D.Double(2 * DeckStyle.MARGIN, 280, width, 200));
        String scenario = scenarioLine(map);
        if (!scenario.isEmpty()) {
            DeckStyle.run(about.addNewTextParagraph(), Text.clip(scenario, 160), 20, true, DeckStyle.INK);
        }
        if (!map.description().isBlank()) {
            XSLFTextParagraph p = about.addNewTextParagraph();
            p.setSpaceBefore(8.0);
            DeckStyle.run(p, Text.clip(map.description(), 420), 16, false, DeckStyle.INK_SOFT);
        }
        XSLFTextParagraph when = about.addNewTextParagraph();
        when.setSpaceBefore(14.0);
        DeckStyle.run(when, ReportWords.longDate(date), 14, false, DeckStyle.INK_MUTED);
    }

    /** What the map is about, and which of its scenarios this deck shows when it has several. */
    static String scenarioLine(JourneyMap map) {
        String shown = map.scenarios().list().size() > 1 ? Messages.text("report.deckScenario",
                ScenarioNames.shown(map.scenarios().active())) : "";
        if (map.scenario().isBlank()) {
            return shown;
        }
        return shown.isEmpty() ? map.scenario() : map.scenario() + " — " + shown;
    }

    /**
     * The slide of the whole map and the room its picture will take (see {@link #addPicture}); a short map also
     * gets its stages as a row of chevrons under the picture.
     */
    static PictureRoom wholeMap(XMLSlideShow deck, JourneyMap map, MapPicture picture) {
        XSLFSlide slide = deck.createSlide();
        DeckStyle.header(slide, Messages.text("report.wholeJourney"), Messages.text("report.wholeJourneyAbout",
                map.stages().size(), map.customerTouchpoints().size()));
        List<Stage> stages = map.stages();
        boolean chevrons = !stages.isEmpty() && stages.size() <= MAX_CHEVRONS;
        double top = DeckStyle.HEADER + 16;
        double bottom = DeckStyle.HEIGHT - DeckStyle.MARGIN / 2 - (chevrons ? CHEVRON_HEIGHT + 12 : 0);
        Rectangle2D room = new Rectangle2D.Double(DeckStyle.MARGIN, top, DeckStyle.WIDTH - 2 * DeckStyle.MARGIN,
                bottom - top);
        double fit = Math.min(room.getWidth() / picture.width(), room.getHeight() / picture.height());
        double w = picture.width() * fit;
        double h = picture.height() * fit;
        if (chevrons) {
            stageChevrons(slide, stages, top + h + 12);
        }
        return new PictureRoom(slide, new Rectangle2D.Double(room.getCenterX() - w / 2, top, w, h));
    }

    /** Where on which slide the map picture goes. */
    record PictureRoom(XSLFSlide slide, Rectangle2D anchor) {
    }

    /** Puts the painted map picture in the room {@link #wholeMap} kept for it. */
    static void addPicture(XMLSlideShow deck, PictureRoom room, byte[] png) {
        XSLFPictureShape shape = room.slide().createPicture(deck.addPicture(png, PictureData.PictureType.PNG));
        shape.setAnchor(room.anchor());
    }

    private static void stageChevrons(XSLFSlide slide, List<Stage> stages, double y) {
        double x = DeckStyle.MARGIN;
        double w = (DeckStyle.WIDTH - 2 * DeckStyle.MARGIN) / stages.size();
        int chars = Math.max(6, (int) (w / 6.5));
        for (int i = 0; i < stages.size(); i++) {
            XSLFAutoShape chevron = slide.createAutoShape();
            chevron.setShapeType(i == 0 ? ShapeType.HOME_PLATE : ShapeType.CHEVRON);
            chevron.setAnchor(new Rectangle2D.Double(x + i * w, y, w - 2, CHEVRON_HEIGHT));
            chevron.setFillColor(i % 2 == 0 ? DeckStyle.STAGE_HEADER : DeckStyle.awt(
                    org.journeystudio.style.Palette.STAGE_HEADER_ALT));
            chevron.setLineColor(null);
            DeckStyle.fixed(chevron);
            chevron.setVerticalAlignment(VerticalAlignment.MIDDLE);
            chevron.clearText();
            XSLFTextParagraph p = chevron.addNewTextParagraph();
            p.setTextAlign(TextParagraph.TextAlign.CENTER);
            DeckStyle.run(p, Text.clip(Text.or(stages.get(i).name(), Messages.text("report.stageNumbered", i + 1)), chars), 10, true,
                    DeckStyle.PAPER);
        }
    }
}

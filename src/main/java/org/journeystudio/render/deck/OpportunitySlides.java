package org.journeystudio.render.deck;

import org.journeystudio.i18n.Messages;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.render.ExportMonitor;

/**
 * The opportunity backlog: every touchpoint's opportunities, grouped by stage in journey order, as bullet lists
 * of {@link #LINES_PER_SLIDE} lines to a slide (a stage's heading is repeated on the slide it continues on).
 */
final class OpportunitySlides {
    static final int LINES_PER_SLIDE = 16;

    /** A stage's heading ({@code opportunity} null) or one opportunity of one of its touchpoints. */
    private record Line(String stage, String touchpoint, String opportunity) {
    }

    private OpportunitySlides() {
    }

    static void add(XMLSlideShow deck, JourneyMap map, ExportMonitor monitor) {
        List<Line> lines = lines(map);
        if (lines.isEmpty()) {
            return;
        }
        int parts = (lines.size() + LINES_PER_SLIDE - 2) / (LINES_PER_SLIDE - 1);
        List<Line> page = new ArrayList<>();
        int part = 0;
        String stage = null;
        for (Line line : lines) {
            if (page.size() == LINES_PER_SLIDE) {
                monitor.checkCancelled();
                slide(deck, page, ++part, parts);
                page.clear();
                if (line.opportunity() != null) {
                    page.add(new Line(Messages.text("report.continued", stage), null, null));
                }
            }
            if (line.opportunity() == null) {
                stage = line.stage();
            }
            page.add(line);
        }
        slide(deck, page, ++part, Math.max(part, parts));
    }

    private static List<Line> lines(JourneyMap map) {
        List<Line> lines = new ArrayList<>();
        List<Touchpoint> touchpoints = map.customerTouchpoints();
        for (Stage stage : map.stages()) {
            List<Touchpoint> inStage = touchpoints.stream()
                    .filter(t -> t.stageId().equals(stage.id()) && !map.opportunitiesAt(t).isEmpty()).toList();
            if (inStage.isEmpty()) {
                continue;
            }
            lines.add(new Line(Text.or(stage.name(), Messages.text("report.unnamedStage")), null, null));
            for (Touchpoint t : inStage) {
                for (Opportunity o : map.opportunitiesAt(t)) {
                    lines.add(new Line(stage.name(), Text.or(t.title(), Messages.text("report.untitled")), o.title()));
                }
            }
        }
        return lines;
    }

    private static void slide(XMLSlideShow deck, List<Line> page, int part, int parts) {
        XSLFSlide slide = deck.createSlide();
        DeckStyle.header(slide, Messages.text("report.opportunities"), parts > 1 ? part + "/" + parts : "");
        XSLFTextBox box = DeckStyle.text(slide, new Rectangle2D.Double(DeckStyle.MARGIN, DeckStyle.HEADER + 14,
                DeckStyle.WIDTH - 2 * DeckStyle.MARGIN, DeckStyle.HEIGHT - DeckStyle.HEADER - 14 - DeckStyle.MARGIN / 2));
        for (Line line : page) {
            XSLFTextParagraph p = box.addNewTextParagraph();
            if (line.opportunity() == null) {
                p.setSpaceBefore(6.0);
                DeckStyle.run(p, Text.clip(line.stage(), 90), 15, true, DeckStyle.INK);
            } else {
                p.setBullet(true);
                p.setIndentLevel(1);
                DeckStyle.run(p, Text.clip(line.touchpoint(), 40) + ": ", 12, true, DeckStyle.INK_SOFT);
                DeckStyle.run(p, Text.clip(line.opportunity(), 100), 12, false, DeckStyle.INK);
            }
        }
    }
}

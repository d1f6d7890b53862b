package org.journeystudio.render.deck;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.PathGroup;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.render.ExportMonitor;
import org.journeystudio.style.Palette;

/**
 * One slide per stage with its touchpoints as cards of native shapes and text (title, emotion, channel, pain
 * points), {@link #CARDS_PER_SLIDE} to a slide: a longer stage goes on over as many slides as it needs, so no
 * card ever leaves the slide. A stage with paths has its slides per track (main track first, then each path, as the
 * heatmap groups them), the path named in the title. The speaker notes hold the touchpoints' descriptions.
 */
final class StageSlides {
    static final int COLUMNS = 3;
    static final int ROWS = 2;
    static final int CARDS_PER_SLIDE = COLUMNS * ROWS;
    /** Pain points shown on a card; the rest are counted ("+2 more"). */
    static final int PAIN_POINTS_SHOWN = 3;
    private static final double GAP = 14;

    private StageSlides() {
    }

    static void add(XMLSlideShow deck, JourneyMap map, ExportMonitor monitor) {
        List<Touchpoint> touchpoints = map.customerTouchpoints();
        for (int s = 0; s < map.stages().size(); s++) {
            Stage stage = map.stages().get(s);
            List<Touchpoint> inStage = touchpoints.stream().filter(t -> t.stageId().equals(stage.id())).toList();
            // A stage with paths gets slides of its own per track, titled with the path, as the heatmap groups them.
            List<PathGroup> groups = stage.paths().isEmpty() || inStage.isEmpty()
                    ? List.of(new PathGroup("", PathGroup.MAIN_TRACK, inStage)) : PathGroup.of(stage, inStage);
            for (PathGroup group : groups) {
                String title = (s + 1) + " · " + Text.or(stage.name(), Messages.text("report.unnamedStage"))
                        + (stage.paths().isEmpty() ? "" : " · " + Text.or(group.name(), Messages.text("report.unnamedPath")));
                List<Touchpoint> cards = group.touchpoints();
                int parts = Math.max(1, (cards.size() + CARDS_PER_SLIDE - 1) / CARDS_PER_SLIDE);
                for (int part = 0; part < parts; part++) {
                    monitor.checkCancelled();
                    List<Touchpoint> shown = cards.subList(part * CARDS_PER_SLIDE,
                            Math.min(cards.size(), (part + 1) * CARDS_PER_SLIDE));
                    slide(deck, stage, title, part, parts, shown);
                }
            }
        }
    }

    private static void slide(XMLSlideShow deck, Stage stage, String title, int part, int parts,
                              List<Touchpoint> shown) {
        XSLFSlide slide = deck.createSlide();
        String note = parts > 1 ? Messages.text("report.partOf", part + 1, parts)
                : Messages.text("report.touchpointCount", shown.size());
        DeckStyle.header(slide, title, note);
        if (shown.isEmpty()) {
            XSLFTextBox empty = DeckStyle.text(slide, new Rectangle2D.Double(DeckStyle.MARGIN, DeckStyle.HEADER + 24,
                    DeckStyle.WIDTH - 2 * DeckStyle.MARGIN, 60));
            DeckStyle.run(empty.addNewTextParagraph(), Messages.text("report.deckNoTouchpoints"), 16, false,
                    DeckStyle.INK_MUTED);
        }
        for (int i = 0; i < shown.size(); i++) {
            card(slide, shown.get(i), cardBox(i));
        }
        notes(deck, slide, stage, shown);
    }

    /** Where the {@code index}th card of a slide goes: left to right, then the next row. */
    static Rectangle2D cardBox(int index) {
        double top = DeckStyle.HEADER + 18;
        double w = (DeckStyle.WIDTH - 2 * DeckStyle.MARGIN - (COLUMNS - 1) * GAP) / COLUMNS;
        double h = (DeckStyle.HEIGHT - top - DeckStyle.MARGIN / 2 - (ROWS - 1) * GAP) / ROWS;
        int column = index % COLUMNS;
        int row = index / COLUMNS;
        return new Rectangle2D.Double(DeckStyle.MARGIN + column * (w + GAP), top + row * (h + GAP), w, h);
    }

    private static void card(XSLFSlide slide, Touchpoint t, Rectangle2D box) {
        XSLFAutoShape frame = slide.createAutoShape();
        frame.setShapeType(ShapeType.ROUND_RECT);
        frame.setAnchor(box);
        frame.setFillColor(DeckStyle.PAPER);
        frame.setLineColor(DeckStyle.CARD_BORDER);
        frame.setLineWidth(1);
        double x = box.getX() + 8;
        double w = box.getWidth() - 16;
        XSLFTextBox title = DeckStyle.text(slide, new Rectangle2D.Double(x, box.getY() + 6, w, 42));
        DeckStyle.run(title.addNewTextParagraph(), Text.clip(Text.or(t.title(), Messages.text("report.untitled")), 64), 13, true,
                DeckStyle.INK);

        XSLFAutoShape face = slide.createAutoShape();
        face.setShapeType(ShapeType.ELLIPSE);
        face.setAnchor(new Rectangle2D.Double(x + 6, box.getY() + 56, 12, 12));
        face.setFillColor(DeckStyle.awt(Palette.emotion(t.emotion().score())));
        face.setLineColor(DeckStyle.awt(Palette.emotionEdge(t.emotion().score())));
        XSLFTextBox meta = DeckStyle.text(slide, new Rectangle2D.Double(x + 20, box.getY() + 50, w - 20, 24));
        XSLFTextParagraph line = meta.addNewTextParagraph();
        DeckStyle.run(line, Text.clip(ModelWords.emotion(t.emotion()), 24) + " (" + signed(t.emotion().score()) + ")",
                11, true, DeckStyle.INK_SOFT);
        DeckStyle.run(line, "  ·  " + Text.clip(ModelWords.channel(t.channel()), 28), 11, false, DeckStyle.INK_MUTED);

        if (!t.painPoints().isEmpty()) {
            painPoints(slide, t.painPoints(), new Rectangle2D.Double(x, box.getY() + 80, w,
                    box.getHeight() - 88));
        }
    }

    private static void painPoints(XSLFSlide slide, List<PainPoint> pains, Rectangle2D box) {
        XSLFAutoShape note = slide.createAutoShape();
        note.setShapeType(ShapeType.RECT);
        note.setAnchor(box);
        note.setFillColor(DeckStyle.PAIN_NOTE);
        note.setLineColor(DeckStyle.PAIN_EDGE);
        DeckStyle.fixed(note);
        note.clearText();
        DeckStyle.run(note.addNewTextParagraph(), Messages.text("report.painPoints"), 9, true, DeckStyle.INK_SOFT);
        for (PainPoint pain : pains.subList(0, Math.min(PAIN_POINTS_SHOWN, pains.size()))) {
            XSLFTextParagraph p = note.addNewTextParagraph();
            p.setBullet(true);
            DeckStyle.run(p, Text.clip(pain.text(), 70), 10, false, DeckStyle.INK);
        }
        if (pains.size() > PAIN_POINTS_SHOWN) {
            DeckStyle.run(note.addNewTextParagraph(), Messages.text("report.more", pains.size() - PAIN_POINTS_SHOWN), 9, false,
                    DeckStyle.INK_MUTED);
        }
    }

    /** The speaker notes: the stage's description, then each shown touchpoint's title and description. */
    private static void notes(XMLSlideShow deck, XSLFSlide slide, Stage stage, List<Touchpoint> shown) {
        List<String> paragraphs = new ArrayList<>();
        if (!stage.description().isBlank()) {
            paragraphs.add(stage.description().strip());
        }
        for (Touchpoint t : shown) {
            paragraphs.add(Text.or(t.title(), Messages.text("report.untitled")) + ": "
                    + Text.or(t.description().strip(), Messages.text("report.noDescription")));
        }
        if (!paragraphs.isEmpty()) {
            speakerNotes(deck, slide, paragraphs);
        }
    }

    static void speakerNotes(XMLSlideShow deck, XSLFSlide slide, List<String> paragraphs) {
        for (XSLFShape shape : deck.getNotesSlide(slide)) {
            if (shape instanceof XSLFTextShape body && body.getTextType() == Placeholder.BODY) {
                body.clearText();
                for (String text : paragraphs) {
                    body.addNewTextParagraph().addNewTextRun().setText(text);
                }
                return;
            }
        }
    }

    private static String signed(int score) {
        return score > 0 ? "+" + score : String.valueOf(score);
    }
}

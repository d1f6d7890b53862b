package org.journeystudio.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * What each lane shows in each stage, as pieces whose height is known before the lane's y is: cards, and the
 * derived lanes' channel labels, expectations, pain-point and opportunity notes and pictures. Every piece belongs to
 * its touchpoint's track, so in a stage with paths a derived lane's items stand under their own path's cards, and
 * text wraps to the track's width. {@link MapLayout} stacks and places them.
 */
final class LanePieces {
    /** Something to place in a cell's track: its box is given once the lane's y is known. */
    record Piece(double height, Consumer<Box> place, int track) {
    }

    private final JourneyMap map;
    private final LayoutStyle style;
    private final MapIndex index;
    private final PathTracks pathTracks;
    private final List<CardBox> cards;
    private final List<StickyNote> notes;
    private final List<TextBlock> texts;
    private final List<PictureBox> pictures;

    /** Placed pieces go to the given lists, which the layout keeps. */
    LanePieces(JourneyMap map, LayoutStyle style, MapIndex index, PathTracks pathTracks, List<CardBox> cards,
               List<StickyNote> notes, List<TextBlock> texts, List<PictureBox> pictures) {
        this.map = map;
        this.style = style;
        this.index = index;
        this.pathTracks = pathTracks;
        this.cards = cards;
        this.notes = notes;
        this.texts = texts;
        this.pictures = pictures;
    }

    /** The cell padding, shrunk for a column or track too narrow to afford it on both sides. */
    static double padding(LayoutStyle style, double width) {
        return Math.min(style.cellPadding(), width / 2);
    }

    /** For each stage, in order, what this lane shows there. */
    List<List<Piece>> of(Lane lane) {
        List<List<Piece>> perStage = new ArrayList<>();
        for (Stage stage : map.stages()) {
            double trackWidth = stage.widthHint() / pathTracks.count(stage.id());
            double inner = trackWidth - 2 * padding(style, trackWidth);
            List<Touchpoint> inStage = index.customerTouchpointsIn(stage.id());
            List<Piece> cell = new ArrayList<>();
            switch (lane.kind()) {
                case CHANNEL -> inStage.forEach(t -> cell.add(channelLabel(lane, t, inner)));
                case EXPECTATIONS -> inStage.stream().filter(t -> !t.expectations().isEmpty())
                        .forEach(t -> cell.add(expectations(lane, t, inner)));
                case PAIN_POINTS -> inStage.forEach(t -> t.painPoints().forEach(
                        p -> cell.add(painNote(t, p, inner))));
                case OPPORTUNITIES -> inStage.forEach(t -> map.opportunitiesAt(t).forEach(
                        o -> cell.add(opportunityNote(t, o, inner))));
                case EMOTION -> { }
                case IMAGES -> inStage.stream().filter(t -> t.image() != null)
                        .forEach(t -> cell.add(picture(lane, t, inner)));
                default -> index.touchpointsIn(stage.id(), lane.id()).forEach(t -> cell.add(card(t)));
            }
            perStage.add(cell);
        }
        return perStage;
    }

    /** A piece of {@code t}'s track. */
    private Piece piece(Touchpoint t, double height, Consumer<Box> place) {
        return new Piece(height, place, pathTracks.indexOf(t));
    }

    private Piece card(Touchpoint t) {
        return piece(t, style.cardHeight(), box -> cards.add(new CardBox(t.id(), box)));
    }

    /** As wide as the track, as tall as the picture's proportions say, at most square. */
    private Piece picture(Lane lane, Touchpoint t, double inner) {
        double h = Math.min(inner, inner * t.image().height() / t.image().width());
        return piece(t, h, box -> pictures.add(new PictureBox(t.id(), lane.id(), box)));
    }

    private Piece channelLabel(Lane lane, Touchpoint t, double inner) {
        List<String> line = List.of(TextWrap.truncate(ModelWords.channel(t.channel()), charsPerLine(inner)));
        double h = style.lineHeight() + style.notePadding();
        return piece(t, h, box -> texts.add(new TextBlock(t.id(), lane.id(), line, box)));
    }

    private Piece expectations(Lane lane, Touchpoint t, double inner) {
        int chars = charsPerLine(inner);
        List<String> lines = new ArrayList<>();
        for (String expectation : t.expectations()) {
            // A bullet per expectation; continuation lines indent under the text, not the bullet.
            List<String> wrapped = TextWrap.lines(expectation, Math.max(1, chars - 2));
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add((i == 0 ? "• " : "  ") + wrapped.get(i));
            }
        }
        return piece(t, textHeight(lines.size()), box -> texts.add(new TextBlock(t.id(), lane.id(), lines, box)));
    }

    private Piece painNote(Touchpoint t, PainPoint pain, double inner) {
        List<String> lines = TextWrap.lines(pain.text(), charsPerLine(inner));
        return piece(t, textHeight(Math.max(1, lines.size())), box -> notes.add(
                new StickyNote(t.id(), NoteKind.PAIN_POINT, pain.text(), pain.severity(), lines, box)));
    }

    private Piece opportunityNote(Touchpoint t, Opportunity opportunity, double inner) {
        List<String> lines = TextWrap.lines(opportunity.title(), charsPerLine(inner));
        return piece(t, textHeight(Math.max(1, lines.size())), box -> notes.add(
                new StickyNote(t.id(), NoteKind.OPPORTUNITY, opportunity.title(), 0, lines, box)));
    }

    private double textHeight(int lineCount) {
        return lineCount * style.lineHeight() + 2 * style.notePadding();
    }

    private int charsPerLine(double inner) {
        return Math.max(1, (int) Math.floor((inner - 2 * style.notePadding()) / style.charWidth()));
    }
}

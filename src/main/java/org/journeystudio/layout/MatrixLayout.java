package org.journeystudio.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.OpportunityStatus;
import org.journeystudio.model.PriorityRule;
import org.journeystudio.style.Palette;
import org.journeystudio.style.Rgb;

/**
 * The value–effort matrix laid out in a given size, without a toolkit: the plot with its four labelled quadrants,
 * the axes' ticks and titles, one bubble per placed opportunity (area growing with its weight, colour by status,
 * title below) and the status key. The window and the PNG/SVG/PDF exports draw the same layout; a drop point maps
 * back to an effort and a value with {@link #effortAt} and {@link #valueAt}.
 */
public final class MatrixLayout {
    /** The width and height the exports lay the matrix out in (the window uses its own size). */
    public static final double EXPORT_WIDTH = 900;
    public static final double EXPORT_HEIGHT = 640;
    /** Characters of a title shown under its bubble; the full title is in the window's tooltip. */
    public static final int LABEL_CHARS = 24;
    /** Type sizes: the quadrants' names, the bubbles' titles, ticks and axis titles. */
    public static final double QUADRANT_TYPE = 15;
    public static final double TEXT_TYPE = 11;
    static final double LEFT = 44;
    static final double TOP = 30;
    static final double RIGHT = 16;
    static final double BOTTOM = 70;
    static final double MIN_RADIUS = 8;
    static final double MAX_RADIUS = 40;
    /** How fast a bubble grows: its area is about proportional to its weight. */
    static final double GROWTH = 12;
    /** How far apart bubbles rated alike are spread around their common place. */
    static final double SPREAD = 24;

    /** Which opportunities the matrix shows: each criterion null for any. */
    public record Filter(String stageId, String owner, OpportunityStatus status) {
        public static final Filter ALL = new Filter(null, null, null);

        boolean matches(JourneyMap map, Opportunity o) {
            return (status == null || o.status() == status) && (owner == null || owner.equals(o.owner()))
                    && (stageId == null || map.touchpointsAddressedBy(o.id()).stream()
                    .anyMatch(t -> t.stageId().equals(stageId)));
        }
    }

    /** A placed opportunity: its centre, radius, fill, the label under it and the quadrant it is in. */
    public record Dot(ValueEffortMatrix.Bubble bubble, double x, double y, double radius, Rgb fill, String label) {
        public Opportunity opportunity() {
            return bubble.opportunity();
        }
    }

    /** A quadrant's area and where its name goes (left or right aligned at its outer corner). */
    public record Area(ValueEffortMatrix.Quadrant quadrant, Box box, double labelX, double labelBaseline,
                       boolean alignRight, Rgb fill) {
    }

    /** A line of text, starting at, centred on or ending at {@code x}. */
    public record Label(String text, double x, double baseline, Align align) {
    }

    /** How a label sits on its {@code x}. */
    public enum Align { START, CENTRE, END }

    /** A status in the key: its swatch's centre and its name after it. */
    public record Key(String text, Rgb fill, double x, double y) {
    }

    private final double width;
    private final double height;
    private final Box plot;
    private final List<Area> areas;
    private final List<Dot> dots;
    private final List<Label> ticks;
    private final List<Label> titles;
    private final List<Key> keys;

    private MatrixLayout(double width, double height, Box plot, List<Area> areas, List<Dot> dots,
                         List<Label> ticks, List<Label> titles, List<Key> keys) {
        this.width = width;
        this.height = height;
        this.plot = plot;
        this.areas = areas;
        this.dots = dots;
        this.ticks = ticks;
        this.titles = titles;
        this.keys = keys;
    }

    /** The matrix of {@code map}'s opportunities that pass {@code filter}, in {@code width} × {@code height}. */
    public static MatrixLayout of(JourneyMap map, PriorityRule rule, Filter filter, double width, double height) {
        Box plot = new Box(LEFT, TOP, Math.max(100, width - LEFT - RIGHT), Math.max(100, height - TOP - BOTTOM));
        MatrixLayout scale = new MatrixLayout(width, height, plot, List.of(), List.of(), List.of(), List.of(),
                List.of());
        List<ValueEffortMatrix.Bubble> shown = ValueEffortMatrix.bubbles(map, rule).stream()
                .filter(b -> filter.matches(map, b.opportunity())).toList();
        long unrated = map.opportunities().stream().filter(o -> filter.matches(map, o)).count() - shown.size();
        List<Label> titles = new ArrayList<>();
        titles.add(new Label(Messages.text("matrix.valueAxis",
                Math.round(rule.customerWeight() * 100), Math.round((1 - rule.customerWeight()) * 100)),
                plot.x(), TOP - 12, Align.START));
        titles.add(new Label(Messages.text("matrix.effortAxis"), plot.x(), plot.bottom() + 38, Align.START));
        if (unrated > 0) {
            titles.add(new Label(Messages.text("matrix.unrated", unrated), plot.right(), plot.bottom() + 38, Align.END));
        }
        return new MatrixLayout(width, height, plot, scale.placeAreas(), scale.placeDots(shown), scale.placeTicks(),
                titles, keys(plot.x(), height - 14));
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public Box plot() {
        return plot;
    }

    public List<Area> areas() {
        return areas;
    }

    public List<Dot> dots() {
        return dots;
    }

    /** The numbers 1–5 along both axes. */
    public List<Label> ticks() {
        return ticks;
    }

    /** The axes' titles and, when some are not placed, how many opportunities lack a rating. */
    public List<Label> titles() {
        return titles;
    }

    public List<Key> keys() {
        return keys;
    }

    /** The effort (0.5–5.5 over the plot) at {@code x}. */
    public double effortAt(double x) {
        return (x - plot.x()) / unitX() + 0.5;
    }

    /** The value (0.5–5.5 over the plot) at {@code y}. */
    public double valueAt(double y) {
        return (plot.bottom() - y) / unitY() + 0.5;
    }

    double xOf(double effort) {
        return plot.x() + (effort - 0.5) * unitX();
    }

    double yOf(double value) {
        return plot.bottom() - (value - 0.5) * unitY();
    }

    private double unitX() {
        return plot.w() / Opportunity.MAX_RATING;
    }

    private double unitY() {
        return plot.h() / Opportunity.MAX_RATING;
    }

    /** A status's colour, from the palette. */
    public static Rgb colour(OpportunityStatus status) {
        return switch (status) {
            case IDEA -> Palette.STATUS_IDEA;
            case PLANNED -> Palette.STATUS_PLANNED;
            case IN_PROGRESS -> Palette.STATUS_IN_PROGRESS;
            case DONE -> Palette.STATUS_DONE;
            case DROPPED -> Palette.STATUS_DROPPED;
        };
    }

    private List<Area> placeAreas() {
        double midX = xOf(ValueEffortMatrix.MIDDLE);
        double midY = yOf(ValueEffortMatrix.MIDDLE);
        Box topLeft = new Box(plot.x(), plot.y(), midX - plot.x(), midY - plot.y());
        Box topRight = new Box(midX, plot.y(), plot.right() - midX, midY - plot.y());
        Box bottomLeft = new Box(plot.x(), midY, midX - plot.x(), plot.bottom() - midY);
        Box bottomRight = new Box(midX, midY, plot.right() - midX, plot.bottom() - midY);
        return List.of(
                new Area(ValueEffortMatrix.Quadrant.QUICK_WINS, topLeft, topLeft.x() + 10, topLeft.y() + 20, false,
                        Palette.QUICK_WIN_TINT),
                new Area(ValueEffortMatrix.Quadrant.BIG_BETS, topRight, topRight.right() - 10, topRight.y() + 20,
                        true, null),
                new Area(ValueEffortMatrix.Quadrant.FILL_INS, bottomLeft, bottomLeft.x() + 10,
                        bottomLeft.bottom() - 10, false, null),
                new Area(ValueEffortMatrix.Quadrant.MONEY_PITS, bottomRight, bottomRight.right() - 10,
                        bottomRight.bottom() - 10, true, null));
    }

    private List<Label> placeTicks() {
        List<Label> ticks = new ArrayList<>();
        for (int r = Opportunity.MIN_RATING; r <= Opportunity.MAX_RATING; r++) {
            ticks.add(new Label(Integer.toString(r), xOf(r), plot.bottom() + 16, Align.CENTRE));
            ticks.add(new Label(Integer.toString(r), plot.x() - 10, yOf(r) + 4, Align.END));
        }
        return ticks;
    }

    /** Bubbles rated alike share a place: they are spread evenly around it, so each can be seen and dragged. */
    private List<Dot> placeDots(List<ValueEffortMatrix.Bubble> bubbles) {
        Map<String, List<ValueEffortMatrix.Bubble>> places = new LinkedHashMap<>();
        bubbles.forEach(b -> places.computeIfAbsent(b.effort() + "/" + b.value(), k -> new ArrayList<>()).add(b));
        List<Dot> dots = new ArrayList<>();
        for (List<ValueEffortMatrix.Bubble> place : places.values()) {
            for (int i = 0; i < place.size(); i++) {
                ValueEffortMatrix.Bubble b = place.get(i);
                double angle = 2 * Math.PI * i / place.size() - Math.PI / 2;
                double spread = place.size() == 1 ? 0 : SPREAD;
                double radius = Math.min(MAX_RADIUS, MIN_RADIUS + GROWTH * Math.sqrt(b.weight()));
                dots.add(new Dot(b, xOf(b.effort()) + spread * Math.cos(angle),
                        yOf(b.value()) + spread * Math.sin(angle), radius, colour(b.opportunity().status()),
                        TextWrap.truncate(b.opportunity().title(), LABEL_CHARS)));
            }
        }
        return dots;
    }

    private static List<Key> keys(double x, double y) {
        List<Key> keys = new ArrayList<>();
        double at = x + 6;
        for (OpportunityStatus status : OpportunityStatus.values()) {
            String word = ModelWords.status(status);
            keys.add(new Key(word, colour(status), at, y));
            at += 28 + 6.5 * word.length();
        }
        return keys;
    }
}

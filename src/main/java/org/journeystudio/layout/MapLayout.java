package org.journeystudio.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeystudio.layout.LanePieces.Piece;
import org.journeystudio.model.Blueprint;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.Stage;

/**
 * The geometry of a journey map: stage columns, lane rows, card boxes, the emotion curve, sticky notes and
 * text blocks, all in map coordinates. One layout feeds the on-screen map and every exporter, so what is
 * seen is what is exported.
 *
 * <p>Lane titles take the left {@link LayoutStyle#laneHeaderWidth()}, stage names the top
 * {@link LayoutStyle#stageHeaderHeight()}. Columns follow the stages' width hints, left to right without gaps;
 * rows follow the visible lanes, top to bottom without gaps (hidden lanes take no space). Lanes grow to fit
 * their fullest cell and their wrapped title (the emotion lane keeps its height). The derived lanes (channel,
 * emotion, expectations, pain points, opportunities, images) summarise the touchpoints the customer meets (cards in
 * customer-facing lanes, not backstage or notes), in journey order within each stage column, each item under its
 * own card's track in a stage with paths ({@link LanePieces}).
 */
public final class MapLayout {
    private final List<StageColumn> columns;
    private final List<LaneRow> rows;
    private final List<CardBox> cards;
    private final List<CurvePoint> curve;
    private final List<StickyNote> notes;
    private final List<TextBlock> texts;
    private final List<PictureBox> pictures;
    private final List<BlueprintLine> lines;
    private final List<Connector> arrows;
    private final List<PathTrack> tracks;
    private final List<Connector> connectors;
    private final List<PathCurve> pathCurves;
    private final double width;
    private final double height;
    private final LayoutStyle style;
    /** The part of a lane header its title cannot use: the side padding and the lane's icon before the title. */
    private static final double TITLE_CHROME = 52;
    /** Lane titles are set bold and larger than note text: wider characters, taller lines. */
    private static final double TITLE_CHAR_FACTOR = 1.3;
    private static final double TITLE_LINE_FACTOR = 1.1;
    /** Cards by touchpoint id: drags look cards up on every frame. */
    private final Map<String, CardBox> cardsById = new HashMap<>();

    private MapLayout(Builder built) {
        this.style = built.style;
        this.columns = List.copyOf(built.columns);
        this.rows = List.copyOf(built.rows);
        this.cards = List.copyOf(built.cards);
        this.curve = List.copyOf(built.curve);
        this.notes = List.copyOf(built.notes);
        this.texts = List.copyOf(built.texts);
        this.pictures = List.copyOf(built.pictures);
        this.width = built.width;
        this.height = built.height;
        cards.forEach(c -> cardsById.putIfAbsent(c.touchpointId(), c));
        this.lines = built.blueprint ? BlueprintGeometry.lines(built.map, rows) : List.of();
        this.tracks = List.copyOf(built.tracks);
        this.pathCurves = List.copyOf(built.pathCurves);
        List<Connector> links = ConnectorRoutes.of(built.map, style, cardsById, rows);
        this.connectors = links.stream().filter(c -> c.kind().connector()).toList();
        this.arrows = links.stream().filter(c -> !c.kind().connector()).toList();
    }

    /** Lays out {@code map} with the given measures. */
    public static MapLayout of(JourneyMap map, LayoutStyle style) {
        return of(map, style, MapView.JOURNEY);
    }

    /** Lays out {@code map} in a view: the blueprint shows lanes in role order, with its three lines. */
    public static MapLayout of(JourneyMap map, LayoutStyle style, MapView view) {
        boolean blueprint = view == MapView.BLUEPRINT;
        return new MapLayout(new Builder(blueprint ? Blueprint.arranged(map) : map, PathTracks.styleFor(map, style),
                blueprint).build());
    }

    public static MapLayout of(JourneyMap map) {
        return of(map, LayoutStyle.DEFAULT);
    }

    public List<StageColumn> columns() {
        return columns;
    }

    public List<LaneRow> rows() {
        return rows;
    }

    public List<CardBox> cards() {
        return cards;
    }

    /** The main track's emotion curve, left to right; empty when the emotion lane is hidden. */
    public List<CurvePoint> curve() {
        return curve;
    }

    public List<StickyNote> notes() {
        return notes;
    }

    /** The pictures of an Images lane, each in its stage's cell. */
    public List<PictureBox> pictures() {
        return pictures;
    }

    /** Channel labels and expectations, each in its lane. */
    public List<TextBlock> texts() {
        return texts;
    }

    /** The blueprint's three lines, top to bottom; empty outside the blueprint view or when no lane has a role. */
    public List<BlueprintLine> blueprintLines() {
        return lines;
    }

    /** The tracks of the stages that have paths, stage by stage; empty when no stage has paths. */
    public List<PathTrack> tracks() {
        return tracks;
    }

    /** The connectors (next, branch, loop back) between shown cards, routed around the cards. */
    public List<Connector> connectors() {
        return connectors;
    }

    /** The emotion curve of each path with customer-facing cards; {@link #curve()} is the main track's. */
    public List<PathCurve> pathCurves() {
        return pathCurves;
    }

    /** The blueprint's dependency links between shown cards, routed like the connectors, heads on the dependent. */
    public List<Connector> arrows() {
        return arrows;
    }

    /** The measures this layout was built with. */
    public LayoutStyle style() {
        return style;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public Optional<CardBox> card(String touchpointId) {
        return Optional.ofNullable(cardsById.get(touchpointId));
    }

    public Optional<StageColumn> column(String stageId) {
        return columns.stream().filter(c -> c.stageId().equals(stageId)).findFirst();
    }

    public Optional<LaneRow> row(String laneId) {
        return rows.stream().filter(r -> r.laneId().equals(laneId)).findFirst();
    }

    /** The cell where a stage column crosses a lane row, when both are shown. */
    public Optional<Box> cell(String stageId, String laneId) {
        return column(stageId).flatMap(c -> row(laneId).map(r ->
                new Box(c.x(), r.y(), c.width(), r.height())));
    }

    /**
     * The main curve another scenario of the same map would draw here, in these columns and this emotion lane (the
     * editor draws it dashed behind the shown one). Empty when the emotion lane is hidden.
     */
    public List<CurvePoint> curveOf(JourneyMap other) {
        return rows.stream().filter(r -> r.kind() == LaneKind.EMOTION).findFirst()
                .map(row -> new EmotionCurves(columns, tracks, new MapIndex(other), row.y(), row.height(), style).main())
                .orElse(List.of());
    }

    /** One pass over the map; kept apart so the finished layout is plainly immutable. */
    private static final class Builder {
        private final JourneyMap map;
        private final LayoutStyle style;
        private final boolean blueprint;
        private final MapIndex index;
        private final List<StageColumn> columns = new ArrayList<>();
        private final List<LaneRow> rows = new ArrayList<>();
        private final List<CardBox> cards = new ArrayList<>();
        private final List<CurvePoint> curve = new ArrayList<>();
        private final List<StickyNote> notes = new ArrayList<>();
        private final List<TextBlock> texts = new ArrayList<>();
        private final List<PictureBox> pictures = new ArrayList<>();
        private final PathTracks pathTracks;
        private final LanePieces lanePieces;
        private List<PathTrack> tracks = List.of();
        private final List<PathCurve> pathCurves = new ArrayList<>();
        private double width;
        private double height;

        Builder(JourneyMap map, LayoutStyle style, boolean blueprint) {
            this.map = map;
            this.style = style;
            this.blueprint = blueprint;
            this.index = new MapIndex(map);
            this.pathTracks = PathTracks.of(map);
            this.lanePieces = new LanePieces(map, style, index, pathTracks, cards, notes, texts, pictures);
        }

        Builder build() {
            double bodyWidth = map.stages().stream().mapToDouble(Stage::widthHint).sum();
            width = style.laneHeaderWidth() + bodyWidth;
            double y = style.stageHeaderHeight();
            List<Lane> visible = map.lanes().stream().filter(Lane::visible).toList();
            List<List<List<Piece>>> piecesPerLane = new ArrayList<>();
            List<Double> heights = new ArrayList<>();
            for (Lane lane : visible) {
                List<List<Piece>> pieces = lanePieces.of(lane);
                piecesPerLane.add(pieces);
                heights.add(laneHeight(lane, pieces));
            }
            double lanesHeight = heights.stream().mapToDouble(Double::doubleValue).sum();
            height = style.stageHeaderHeight() + lanesHeight;
            placeColumns(lanesHeight);
            tracks = pathTracks.place(columns, style);
            for (int i = 0; i < visible.size(); i++) {
                Lane lane = visible.get(i);
                double h = heights.get(i);
                rows.add(new LaneRow(lane.id(), lane.kind(), lane.title(),
                        new Box(0, y, style.laneHeaderWidth(), h),
                        new Box(style.laneHeaderWidth(), y, bodyWidth, h)));
                if (lane.kind() == LaneKind.EMOTION) {
                    placeCurve(y, h);
                } else {
                    placePieces(piecesPerLane.get(i), y);
                }
                y += h;
            }
            return this;
        }

        private void placeColumns(double lanesHeight) {
            double x = style.laneHeaderWidth();
            for (Stage stage : map.stages()) {
                double w = stage.widthHint();
                columns.add(new StageColumn(stage.id(), stage.name(), stage.description(),
                        new Box(x, 0, w, style.stageHeaderHeight()),
                        new Box(x, style.stageHeaderHeight(), w, lanesHeight)));
                x += w;
            }
        }

        private double laneHeight(Lane lane, List<List<Piece>> pieces) {
            if (lane.kind() == LaneKind.EMOTION) {
                return style.emotionLaneHeight();
            }
            double tallest = 0;
            for (List<Piece> cell : pieces) {
                tallest = Math.max(tallest, stackHeight(cell));
            }
            double padded = tallest == 0 ? 0 : tallest + 2 * style.cellPadding();
            return Math.max(Math.max(style.minLaneHeight(), padded), titleHeight(lane.title()));
        }

        /** The height the lane's title needs in its header, wrapped: a long title makes its lane taller, never cut. */
        private double titleHeight(String title) {
            double room = style.laneHeaderWidth() - TITLE_CHROME;
            int chars = Math.max(1, (int) Math.floor(room / (style.charWidth() * TITLE_CHAR_FACTOR)));
            int lines = Math.max(1, TextWrap.lines(title, chars).size());
            return lines * style.lineHeight() * TITLE_LINE_FACTOR + 2 * style.cellPadding();
        }

        /** The tallest stack of the cell: a stage with paths stacks each track's cards on their own. */
        private double stackHeight(List<Piece> cell) {
            Map<Integer, double[]> byTrack = new HashMap<>();
            for (Piece piece : cell) {
                double[] stack = byTrack.computeIfAbsent(piece.track(), k -> new double[] {-style.cardGap()});
                stack[0] += piece.height() + style.cardGap();
            }
            return byTrack.values().stream().mapToDouble(stack -> stack[0]).max().orElse(0);
        }

        /** Each track of each stage stacks its own pieces from the top of the lane, under the cell padding. */
        private void placePieces(List<List<Piece>> pieces, double laneY) {
            double x = style.laneHeaderWidth();
            for (int s = 0; s < map.stages().size(); s++) {
                double columnWidth = map.stages().get(s).widthHint();
                int count = pathTracks.count(map.stages().get(s).id());
                double trackWidth = columnWidth / count;
                double pad = LanePieces.padding(style, trackWidth);
                double[] y = new double[count];
                java.util.Arrays.fill(y, laneY + style.cellPadding());
                for (Piece piece : pieces.get(s)) {
                    double left = x + piece.track() * trackWidth;
                    piece.place().accept(new Box(left + pad, y[piece.track()], trackWidth - 2 * pad, piece.height()));
                    y[piece.track()] += piece.height() + style.cardGap();
                }
                x += columnWidth;
            }
        }

        private void placeCurve(double laneY, double laneHeight) {
            EmotionCurves curves = new EmotionCurves(columns, tracks, index, laneY, laneHeight, style);
            curve.addAll(curves.main());
            pathCurves.addAll(curves.paths(curve));
        }
    }
}

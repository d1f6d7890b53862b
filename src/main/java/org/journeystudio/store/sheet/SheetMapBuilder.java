package org.journeystudio.store.sheet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.MapValidator;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.StagePath;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.ValidationProblem;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.store.sheet.TouchpointSheet.Row;
import org.journeystudio.store.sheet.TouchpointSheet.Sheet;

/** Turns a sheet's rows into a map, row by row, stopping at the first cell it cannot read. */
final class SheetMapBuilder {
    /** The lanes every map shows under its cards, as a new map has them. */
    private static final List<LaneKind> DERIVED_LANES = List.of(LaneKind.CHANNEL, LaneKind.EMOTION,
            LaneKind.EXPECTATIONS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES);

    private final Sheet sheet;
    private final SheetColumns columns;
    /** What a spreadsheet (the studio's own CSV) writes in the Path column for a card on no path. */
    static final String MAIN_TRACK = "Main track";
    private final Map<String, Stage> stages = new LinkedHashMap<>();
    private final LaneOrder lanes = new LaneOrder();
    private final List<Segment> segments = new ArrayList<>();
    private final List<Touchpoint> touchpoints = new ArrayList<>();
    private final Map<String, Long> lineOfTouchpoint = new HashMap<>();
    private final Map<String, Integer> cellSizes = new HashMap<>();
    private final DoubleSummaryStatistics ratings = new DoubleSummaryStatistics();
    private final List<String> warnings = new ArrayList<>();
    /** Each line of a row's "Opportunities" cell becomes one, linked to the row's touchpoint. */
    private final List<Opportunity> opportunities = new ArrayList<>();

    SheetMapBuilder(Sheet sheet, SheetColumns columns) {
        this.sheet = sheet;
        this.columns = columns;
    }

    TouchpointSheet.Import build(String title, Instant now) throws JourneyFormatException {
        segments.addAll(SheetSegments.of(columns));
        for (Row row : sheet.rows()) {
            touchpoint(row);
        }
        // The derived lanes go under the customer's cards and above backstage and notes, as on a new map; they
        // hold no cards, so the card lanes keep their order.
        List<Lane> allLanes = new ArrayList<>(lanes.lanes());
        int below = 0;
        while (below < allLanes.size() && allLanes.get(below).kind().isCustomerFacing()) {
            below++;
        }
        for (LaneKind kind : DERIVED_LANES) {
            allLanes.add(below++, new Lane("lane-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    kind, kind.displayName(), true));
        }
        JourneyMap map = new JourneyMap(Ids.next("map"), title, "", "", now, now, scale(), List.of(), segments,
                List.copyOf(stages.values()), allLanes, touchpoints).withOpportunities(opportunities);
        List<ValidationProblem> problems = MapValidator.validate(map);
        if (!problems.isEmpty()) {
            throw new JourneyFormatException(sheet.source(), lineOf(problems.get(0)), 0, problems.get(0).message());
        }
        return new TouchpointSheet.Import(map, warnings);
    }

    private void touchpoint(Row row) throws JourneyFormatException {
        requireWithinHeader(row);
        String stageName = cell(row, SheetField.STAGE).strip();
        String title = cell(row, SheetField.TITLE).strip();
        if (stageName.isEmpty() || title.isEmpty()) {
            if (stageName.isEmpty() && title.isEmpty() && isEmpty(row)) {
                return;
            }
            SheetField missing = title.isEmpty() ? SheetField.TITLE : SheetField.STAGE;
            throw problem(row, columns.columnOf(missing).getAsInt(), stageName.isEmpty() && title.isEmpty()
                    ? Messages.text("imports.sheet.noStageNorTitle")
                    : title.isEmpty() ? Messages.text("imports.sheet.noTitle", stageName)
                    : Messages.text("imports.sheet.noStage", title));
        }
        Stage stage = stages.computeIfAbsent(stageName, name -> new Stage(Ids.next("stage"), name));
        String pathId = path(stage, cell(row, SheetField.PATH).strip());
        Lane lane = lanes.add(stage.id(), cell(row, SheetField.LANE).strip());
        String cellKey = stage.id() + "\n" + lane.id();
        int order = cellSizes.merge(cellKey, 1, Integer::sum) - 1;
        Touchpoint.Builder card = Touchpoint.builder(id(row), stage.id(), lane.id()).order(order).title(title)
                .pathId(pathId);
        fill(row, card);
        Touchpoint touchpoint = card.build();
        touchpoints.add(touchpoint);
        lineOfTouchpoint.put(touchpoint.id(), row.line());
    }

    /** The id of the stage's path of that name, added to the stage on first use; "" for the main track. */
    private String path(Stage stage, String name) {
        if (name.isEmpty() || name.equalsIgnoreCase(MAIN_TRACK)) {
            return "";
        }
        Stage current = stages.get(stage.name());
        Optional<StagePath> known = current.paths().stream().filter(p -> p.name().equals(name)).findFirst();
        if (known.isPresent()) {
            return known.get().id();
        }
        StagePath added = new StagePath(Ids.next("path"), name);
        List<StagePath> paths = new ArrayList<>(current.paths());
        paths.add(added);
        stages.put(stage.name(), current.withPaths(paths));
        return added.id();
    }

    /** Every field but stage, lane and title, each read where its column is, so a problem names that column. */
    private void fill(Row row, Touchpoint.Builder card) throws JourneyFormatException {
        SheetField field = SheetField.DESCRIPTION;
        try {
            card.description(cell(row, field));
            field = SheetField.CHANNEL;
            card.channel(SheetCells.channel(cell(row, field)));
            field = SheetField.OWNER;
            card.owner(cell(row, field));
            field = SheetField.EMOTION;
            card.emotion(SheetCells.emotion(cell(row, field), cell(row, SheetField.EMOTION_LABEL)));
            field = SheetField.EXPECTATIONS;
            card.expectations(SheetCells.lines(cell(row, field)));
            field = SheetField.PAIN_POINTS;
            card.painPoints(SheetCells.painPoints(cell(row, field)));
            field = SheetField.OPPORTUNITIES;
            List<String> ids = new ArrayList<>();
            for (String line : SheetCells.lines(cell(row, field))) {
                Opportunity note = Opportunity.idea(Opportunity.noteId(card.build().id(), ids.size() + 1), line, null);
                opportunities.add(note);
                ids.add(note.id());
            }
            card.opportunityIds(ids);
            field = SheetField.EVIDENCE;
            card.evidence(SheetCells.evidence(cell(row, field)));
            field = SheetField.EXPECTED_SCORE;
            card.expectedScore(counted(SheetCells.rating(cell(row, field))));
        } catch (IllegalArgumentException e) {
            throw problem(row, columns.columnOf(field).orElse(0), e.getMessage());
        }
        Map<String, Double> satisfaction = new LinkedHashMap<>();
        List<Integer> ratingColumns = columns.satisfactionColumns();
        for (int i = 0; i < ratingColumns.size(); i++) {
            int column = ratingColumns.get(i);
            try {
                Double rating = counted(SheetCells.rating(raw(row, column)));
                if (rating != null) {
                    satisfaction.put(segments.get(i).id(), rating);
                }
            } catch (IllegalArgumentException e) {
                throw problem(row, column, e.getMessage());
            }
        }
        card.satisfaction(satisfaction);
    }

    private Double counted(Double rating) {
        if (rating != null) {
            ratings.accept(rating);
        }
        return rating;
    }

    /** The narrowest of the studio's scales that holds every rating; 1–5 when there are none. */
    private RatingScale scale() {
        if (ratings.getCount() == 0 || ratings.getMin() >= 1 && ratings.getMax() <= 5) {
            return RatingScale.ONE_TO_FIVE;
        }
        return ratings.getMin() >= 1 && ratings.getMax() <= 7 ? RatingScale.ONE_TO_SEVEN : RatingScale.ZERO_TO_TEN;
    }

    /** The sheet's id when it has a new one; a fresh one (with a warning when the sheet gave one twice) else. */
    private String id(Row row) {
        String given = cell(row, SheetField.ID).strip();
        if (!given.isEmpty() && !lineOfTouchpoint.containsKey(given)) {
            return given;
        }
        if (!given.isEmpty()) {
            warnings.add(Messages.text("imports.sheet.idTwice", sheet.source(), row.line(), given,
                    lineOfTouchpoint.get(given)));
        }
        return Ids.next("tp");
    }

    private void requireWithinHeader(Row row) throws JourneyFormatException {
        for (int i = sheet.header().size(); i < row.cells().size(); i++) {
            if (!row.cells().get(i).isBlank()) {
                throw new JourneyFormatException(sheet.source(), (int) row.line(), i + 1, Messages.text(
                        "imports.sheet.outsideHeader", i + 1, sheet.header().size()));
            }
        }
    }

    private boolean isEmpty(Row row) {
        for (int i = 0; i < row.cells().size() && i < sheet.header().size(); i++) {
            if (columns.field(i).isPresent() && !row.cells().get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private String cell(Row row, SheetField field) {
        OptionalInt column = columns.columnOf(field);
        return column.isPresent() ? raw(row, column.getAsInt()) : "";
    }

    private static String raw(Row row, int column) {
        return column < row.cells().size() ? SheetCells.unguarded(row.cells().get(column)) : "";
    }

    private JourneyFormatException problem(Row row, int column, String message) {
        return new JourneyFormatException(sheet.source(), (int) row.line(), column + 1,
                Messages.text("imports.sheet.inColumn", sheet.header().get(column).strip(), message));
    }

    private int lineOf(ValidationProblem problem) {
        for (Map.Entry<String, Long> touchpoint : lineOfTouchpoint.entrySet()) {
            if (problem.path().startsWith("touchpoints[" + touchpoint.getKey() + "]")) {
                return touchpoint.getValue().intValue();
            }
        }
        return 0;
    }
}

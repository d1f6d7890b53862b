package org.journeystudio.ratings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.survey.NotApplicableCodes;
import org.journeystudio.survey.RatingColumnDetector;
import org.journeystudio.survey.ScaleChoices;
import org.journeystudio.survey.ScaleForm;
import org.journeystudio.survey.SegmentLabels;
import org.journeystudio.survey.SurveyException;
import org.journeystudio.survey.SurveyColumn;
import org.journeystudio.survey.SurveyFormat;
import org.journeystudio.survey.SurveyLayout;
import org.journeystudio.survey.SurveyReader;
import org.journeystudio.survey.SurveyRow;
import org.journeystudio.survey.TextScales;

/**
 * The choices of a survey import before it runs, with the defaults the wizard offers: which column says who the
 * respondents are, which columns rate which touchpoint, the scale and the not-applicable codes. The wizard edits
 * one of these; the command line fills one from its options; both turn it into the same {@link SurveyImportPlan}.
 * Not thread-safe: one owner at a time.
 */
public final class SurveyImportDraft {
    /** Rows read ahead to detect rating columns and count a column's labels. */
    public static final int SAMPLE_ROWS = 300;
    /** A column with more labels than this is free text, not a segment. */
    static final int SEGMENT_CANDIDATE_MAX_LABELS = 20;

    private final SurveyFormat format;
    private final List<SurveyRow> sample;
    private final JourneyMap map;
    private final List<String> segmentCandidates;
    private final List<RatingPick> ratingPicks;
    private String segment;
    private String secondSegment;
    private AnswerScale scale;
    private List<ScaleForm> labelOrders = List.of();
    private NotApplicableCodes notApplicable = NotApplicableCodes.defaults();

    /**
     * A column offered as a rating, whether it is used, the touchpoint it rates, and where it goes on the map when
     * that is a new touchpoint.
     */
    public static final class RatingPick {
        private final SurveyColumn column;
        private final boolean mayBeTextScale;
        private boolean used;
        private TouchpointChoice target;
        private NewTouchpointPlace place;

        RatingPick(SurveyColumn column, boolean used, boolean mayBeTextScale, TouchpointChoice target,
                   NewTouchpointPlace place) {
            this.column = column;
            this.used = used;
            this.mayBeTextScale = mayBeTextScale;
            this.target = target;
            this.place = place;
        }

        public SurveyColumn column() {
            return column;
        }

        public boolean used() {
            return used;
        }

        /** True for an unticked column of a few short answers no catalogue orders: a scale the user may order. */
        public boolean mayBeTextScale() {
            return mayBeTextScale;
        }

        public void use(boolean use) {
            this.used = use;
        }

        public TouchpointChoice target() {
            return target;
        }

        public void target(TouchpointChoice choice) {
            this.target = choice;
        }

        /** Where a new touchpoint for this column goes (used only when it matches none); null: the map has no room. */
        public NewTouchpointPlace place() {
            return place;
        }

        public void place(NewTouchpointPlace newPlace) {
            this.place = newPlace;
        }
    }

    SurveyImportDraft(SurveyFormat format, List<SurveyRow> sample, JourneyMap map) {
        this.format = format;
        this.sample = List.copyOf(sample);
        this.map = map;
        List<SurveyColumn> detected = RatingColumnDetector.detect(format, sample, Set.of(), NotApplicableCodes.defaults(),
                List.of());
        Set<Integer> ratingIndexes = new HashSet<>();
        detected.forEach(r -> ratingIndexes.add(r.index()));
        List<SurveyColumn> segments = new ArrayList<>();
        List<RatingPick> picks = new ArrayList<>();
        for (SurveyColumn column : format.columns()) {
            if (format.layout().isBookkeeping(column.name())) {
                continue;
            }
            boolean rating = ratingIndexes.contains(column.index());
            if (!rating) {
                segments.add(column);
            }
            // The first column is a respondent id or a time stamp in every export we know: never a rating.
            if (rating || column.index() > 0) {
                boolean textScale = !rating && TextScales.mayBeScale(column, sample, NotApplicableCodes.defaults());
                picks.add(new RatingPick(column, rating, textScale,
                        TouchpointChoice.forColumn(column.shortName(), map),
                        NewTouchpointPlace.proposed(column.name(), map)));
            }
        }
        this.segmentCandidates = segments.stream().map(SurveyColumn::name).toList();
        this.ratingPicks = List.copyOf(picks);
        SurveyColumn proposed = SegmentProposal.propose(segments, sample);
        this.segment = proposed == null ? null : proposed.name();
    }

    /** Reads the file's format and first rows (a few hundred: quick) for a map the ratings go into. */
    public static SurveyImportDraft read(Path file, JourneyMap map) {
        SurveyFormat format = SurveyReader.inspect(file);
        List<SurveyRow> sample = new ArrayList<>();
        try (SurveyReader.SurveyRows rows = SurveyReader.open(format)) {
            while (rows.hasNext() && sample.size() < SAMPLE_ROWS) {
                sample.add(rows.next());
            }
        }
        return new SurveyImportDraft(format, sample, map);
    }

    public SurveyFormat format() {
        return format;
    }

    /** The rows read ahead, in file order. */
    public List<SurveyRow> sample() {
        return sample;
    }

    /** Columns that may say who a respondent is: every column that is neither bookkeeping nor a rating. */
    public List<String> segmentCandidates() {
        return segmentCandidates;
    }

    /** Every column that may rate a touchpoint; detected rating columns come ticked. */
    public List<RatingPick> ratingPicks() {
        return ratingPicks;
    }

    public String segment() {
        return segment;
    }

    public void segment(String column) {
        this.segment = column;
    }

    /** The second segment column to cross with the first, or null. */
    public String secondSegment() {
        return secondSegment;
    }

    public void secondSegment(String column) {
        this.secondSegment = column;
    }

    /** The scale of every numeric rating column, or null to detect it per column. */
    public void scale(AnswerScale chosen) {
        this.scale = chosen;
    }

    public AnswerScale scale() {
        return scale;
    }

    /** Text scales in the user's order, lowest first, tried before the catalogue. */
    public void labelOrders(List<ScaleForm> orders) {
        this.labelOrders = List.copyOf(orders);
    }

    public List<ScaleForm> labelOrders() {
        return labelOrders;
    }

    public void notApplicable(NotApplicableCodes codes) {
        this.notApplicable = codes;
    }

    /**
     * Ticks exactly the named columns (by the text of any header row, or the grid row alone) as ratings; says
     * which name matches no column.
     */
    public void useRatings(List<String> columns) {
        Set<Integer> wanted = new HashSet<>();
        for (String name : columns) {
            int index = column(name).index();
            RatingPick pick = ratingPicks.stream().filter(p -> p.column.index() == index).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(Messages.text("survey.bookkeepingColumn", name,
                            format.source().getFileName().toString())));
            wanted.add(pick.column.index());
        }
        ratingPicks.forEach(p -> p.used = wanted.contains(p.column.index()));
    }

    /**
     * The text scales among the chosen rating columns, from the sample rows read with {@code notApplicable}; a
     * column of more different answers than a scale has is refused as free text.
     */
    public List<TextScales.Found> textScales(NotApplicableCodes notApplicable) {
        List<TextScales.Found> found = TextScales.found(format, chosenRatings().stream().map(p -> p.column).toList(),
                sample, notApplicable);
        for (TextScales.Found scale : found) {
            if (!scale.known() && scale.answers().size() > TextScales.MAX_ANSWERS) {
                throw new IllegalArgumentException(Messages.text("survey.freeTextColumn", scale.columns().get(0).name(),
                        scale.answers().size()));
            }
        }
        return found;
    }

    /** True when a second segment column is chosen: the heatmap then shows the two crossed. */
    public boolean crossed() {
        return secondSegment != null;
    }

    public List<RatingPick> chosenRatings() {
        return ratingPicks.stream().filter(p -> p.used).toList();
    }

    /**
     * The segment columns kept: the picked one (or two) first, then the other columns with few labels, kept so
     * the heatmap can switch segments without importing again.
     */
    public List<SurveyColumn> keptSegments() {
        if (segment == null) {
            throw new IllegalArgumentException(Messages.text("survey.chooseSegmentColumn"));
        }
        List<SurveyColumn> kept = new ArrayList<>(List.of(column(segment)));
        if (secondSegment != null) {
            if (column(secondSegment).index() == column(segment).index()) {
                throw new IllegalArgumentException(Messages.text("survey.sameSegmentColumns"));
            }
            kept.add(column(secondSegment));
        }
        Set<Integer> ratings = new HashSet<>();
        chosenRatings().forEach(p -> ratings.add(p.column.index()));
        for (String name : segmentCandidates) {
            SurveyColumn column = format.column(name);
            if (!kept.contains(column) && !ratings.contains(column.index())
                    && distinctLabels(column) <= SEGMENT_CANDIDATE_MAX_LABELS) {
                kept.add(column);
            }
        }
        return kept;
    }

    /** The plan for these choices; {@code labelNames} per kept segment column (null: every label as spelled). */
    public SurveyImportPlan plan(List<Map<String, String>> labelNames) {
        List<RatingPick> picks = chosenRatings();
        if (picks.isEmpty()) {
            throw new IllegalArgumentException(Messages.text("survey.tickARatingColumn"));
        }
        List<SurveyColumn> segments = keptSegments();
        for (RatingPick pick : picks) {
            if (segments.subList(0, crossed() ? 2 : 1).contains(pick.column)) {
                throw new IllegalArgumentException(Messages.text("survey.segmentAndRating", pick.column.name()));
            }
        }
        List<Map<String, String>> names = labelNames != null ? labelNames
                : segments.stream().map(s -> Map.<String, String>of()).toList();
        return SurveyImports.plan(format, segments, picks.stream().map(p -> p.column).toList(),
                new ScaleChoices(scale, labelOrders, notApplicable), names);
    }

    /**
     * The plan with every segment label named as the wizard first offers it (its most frequent spelling), which
     * takes one read through the whole file: what an import without the wizard's label step uses.
     */
    public SurveyImportPlan planWithLabelsAsFound(BooleanSupplier cancelled) {
        SurveyImportPlan columns = plan(null);
        List<SegmentLabelRow> labels = SegmentLabelRow.of(columns, SurveyScan.of(columns, cancelled));
        return plan(SegmentLabelRow.names(columns.segments().size(), labels));
    }

    /** Per chosen rating column, the touchpoint it rates: the matched one, or a fresh id for a new one. */
    public List<String> touchpointIds() {
        return chosenRatings().stream().map(p -> p.target.id() != null ? p.target.id() : Ids.next("tp")).toList();
    }

    /** Per chosen rating column, where its touchpoint goes if it is a new one (null where the map has no room). */
    public List<NewTouchpointPlace> places() {
        return chosenRatings().stream().map(p -> p.place).toList();
    }

    /** "Encoding UTF-8  ·  delimiter comma  ·  layout Google Forms (1 header row)  ·  8 columns". */
    public String formatFacts() {
        String charset = format.encoding().charset().displayName();
        String encoding = format.encoding().bomLength() > 0 ? Messages.text("survey.encodingWithBom", charset)
                : charset;
        String layout = format.layout() == SurveyLayout.SPREADSHEET ? Messages.text("survey.layoutSpreadsheet")
                : format.layout().displayName();
        return Messages.text("survey.formatFacts", encoding, delimiterName(format.delimiter()), layout,
                format.headerRows(), format.columns().size());
    }

    /** The map the ratings go into. */
    public JourneyMap map() {
        return map;
    }

    /** The column {@code name} names: the text of any of its header rows, or its grid row alone. */
    private SurveyColumn column(String name) {
        if (format.columns().stream().noneMatch(c -> c.answersTo(name))) {
            throw new IllegalArgumentException(Messages.text("survey.noSuchColumn", name,
                    format.source().getFileName().toString(), columnNames()));
        }
        try {
            return format.column(name);
        } catch (SurveyException e) {
            throw new IllegalArgumentException(e.getMessage(), e); // a name that several columns answer to
        }
    }

    private String columnNames() {
        return String.join(", ", format.columns().stream().map(c -> "'" + c.shortName() + "'").toList());
    }

    private long distinctLabels(SurveyColumn column) {
        return sample.stream().filter(r -> column.index() < r.values().size())
                .map(r -> SegmentLabels.key(r.values().get(column.index()))).distinct().count();
    }

    private static String delimiterName(char delimiter) {
        return switch (delimiter) {
            case ',' -> Messages.text("survey.delimiter.comma");
            case ';' -> Messages.text("survey.delimiter.semicolon");
            case '\t' -> Messages.text("survey.delimiter.tab");
            default -> Messages.text("survey.delimiter.other", String.valueOf(delimiter));
        };
    }
}

package org.journeystudio.usecase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Stage;
import org.journeystudio.ratings.NewTouchpointPlace;
import org.journeystudio.ratings.SegmentLabelRow;
import org.journeystudio.ratings.SurveyImportDraft;
import org.journeystudio.ratings.SurveyImportPlan;
import org.journeystudio.ratings.SurveyImported;
import org.journeystudio.ratings.SurveyScan;
import org.journeystudio.ratings.TextScaleChoices;
import org.journeystudio.ratings.TouchpointChoice;
import org.journeystudio.survey.NotApplicableCodes;
import org.journeystudio.survey.ScaleChoices;
import org.journeystudio.survey.SurveyException;
import org.journeystudio.survey.SurveyFormat;
import org.journeystudio.survey.TextScales;

/**
 * The survey import wizard without a toolkit: its steps, what Next and Back do on each, the choices so far (a
 * {@link SurveyImportDraft}), the look through the whole file, the labels to rename and the rows that cannot be
 * read, and the message that says why the wizard cannot go on. A window shows it and runs the {@link StepWork}
 * it hands out off the UI thread; tests drive it directly. Use it from one thread; only
 * {@link StepWork#run} runs elsewhere, on values fixed when the work was handed out.
 */
public final class SurveyImportWizard {
    /** The second segment column's choice for "do not cross". */
    public static final String NO_SECOND = "(none)";
    public static final String DETECT_SCALE = "Detect per column";
    static final String CANCELLED = "Cancelled; nothing was imported.";

    /** The wizard's pages, in order. */
    public enum Step {
        CHOOSE_FILE("1 · Choose a survey export", "CSV from Google Forms, SurveyMonkey, Qualtrics, Typeform or a "
                + "spreadsheet. Encoding, delimiter and layout are detected."),
        COLUMNS("2 · Segments, ratings and touchpoints", "Pick who the respondents are and which touchpoint each "
                + "rating column rates. Detected rating columns are ticked; a column that matches no touchpoint "
                + "becomes a new one in the stage chosen beside it."),
        SCALES("3 · Order the answer scales", "Each text scale of the rating columns, lowest answer first, and the "
                + "number each answer counts as. Drag an answer (or select it and press Alt+Up / Alt+Down) to reorder; "
                + "tick \"not applicable\" to leave an answer out."),
        CHECK("4 · Check labels and unreadable rows", "These labels become map segments. Rename a label, or give "
                + "two the same name to merge them."),
        IMPORTING("5 · Importing", "Nothing is stored until the import is complete; Cancel leaves the library as "
                + "it was.");

        private final String title;
        private final String hint;

        Step(String title, String hint) {
            this.title = title;
            this.hint = hint;
        }

        public String title() {
            return title;
        }

        public String hint() {
            return hint;
        }
    }

    private final ImportSurveyIntoProject importer;
    private final JourneyMap map;
    private Step step = Step.CHOOSE_FILE;
    private boolean working;
    private String problem = "";
    private SurveyImportDraft draft;
    private String scale = DETECT_SCALE;
    private String notApplicable = "N/A";
    private TextScaleChoices textScales;
    private SurveyImportPlan scanPlan;
    private SurveyScan scan;
    private List<SegmentLabelRow> labelRows = List.of();
    private boolean skipBadRows;
    private SurveyImported imported;

    public SurveyImportWizard(ImportSurveyIntoProject importer, JourneyMap map) {
        this.importer = importer;
        this.map = map;
    }

    public Step step() {
        return step;
    }

    /** True from handing out step work until it is done, failed or cancelled. */
    public boolean working() {
        return working;
    }

    /** Why the last Next, read or import did not go on, for the user; empty when it did. */
    public String problem() {
        return problem;
    }

    public boolean canGoNext() {
        return !working && draft != null && step != Step.IMPORTING
                && (step != Step.SCALES || textScales.complete());
    }

    public boolean canGoBack() {
        return !working && (step == Step.COLUMNS || step == Step.SCALES || step == Step.CHECK);
    }

    public String nextLabel() {
        return step == Step.CHECK ? "Import" : "Next";
    }

    /** Reads the file's format and first rows; when done, the file page shows them. */
    public StepWork<SurveyImportDraft> read(Path file) {
        problem = "";
        working = true;
        return new StepWork<>("Reading " + file.getFileName() + "…", progress -> SurveyImportDraft.read(file, map),
                this::fileRead);
    }

    private void fileRead(SurveyImportDraft read) {
        working = false;
        draft = read;
    }

    /** Goes on from the current step: at once, or through work to run (empty when it cannot: see {@link #problem}). */
    public Optional<StepWork<?>> next() {
        problem = "";
        if (!canGoNext()) {
            return Optional.empty();
        }
        try {
            switch (step) {
                case CHOOSE_FILE -> step = Step.COLUMNS;
                case COLUMNS -> {
                    return Optional.ofNullable(columnsChosen());
                }
                case SCALES -> {
                    return Optional.of(scan());
                }
                case CHECK -> {
                    return Optional.ofNullable(importResponses());
                }
                default -> { }
            }
        } catch (SurveyException | IllegalArgumentException e) {
            problem = e.getMessage();
        }
        return Optional.empty();
    }

    public void back() {
        problem = "";
        if (canGoBack()) {
            step = step == Step.CHECK && textScales == null ? Step.COLUMNS : Step.values()[step.ordinal() - 1];
        }
    }

    /** The running work failed with {@code reason}; the wizard stays on (or returns to) the page it started from. */
    public void failed(String reason) {
        working = false;
        problem = reason;
        if (step == Step.IMPORTING) {
            step = Step.CHECK;
        }
        if (step == Step.CHOOSE_FILE) {
            draft = null;
        }
    }

    /** The user cancelled the running work; a cancelled read keeps the file read before, if any. */
    public void cancelled() {
        if (step == Step.CHOOSE_FILE) {
            working = false;
            problem = "";
        } else {
            failed(CANCELLED);
        }
    }

    /**
     * The scales page when the chosen ratings hold text answers (the user's choices kept while the scales found
     * stay the same), else the look through the whole file.
     */
    private StepWork<SurveyScan> columnsChosen() {
        List<TextScales.Found> found = draft.textScales(typedNotApplicable());
        if (found.isEmpty()) {
            textScales = null;
            return scan();
        }
        if (textScales == null || !textScales.found().equals(found)) {
            textScales = TextScaleChoices.of(found);
        }
        step = Step.SCALES;
        return null;
    }

    private StepWork<SurveyScan> scan() {
        scanPlan = plan(null);
        SurveyImportPlan planned = scanPlan;
        working = true;
        return new StepWork<>("Reading the whole file…", progress -> SurveyScan.of(planned, progress::cancelled),
                result -> {
                    working = false;
                    scan = result;
                    labelRows = SegmentLabelRow.of(scanPlan, scan);
                    skipBadRows = false;
                    step = Step.CHECK;
                });
    }

    private StepWork<SurveyImported> importResponses() {
        if (scan.badRowCount() > 0 && !skipBadRows) {
            problem = "Tick \"Skip these rows\" to import the rest, or Cancel.";
            return null;
        }
        SurveyImportPlan plan = plan(SegmentLabelRow.names(scanPlan.segments().size(), labelRows));
        List<String> touchpointIds = draft.touchpointIds();
        List<NewTouchpointPlace> places = draft.places();
        boolean crossed = draft.crossed();
        long total = scan.rowsRead();
        ImportSurveyIntoProject.Request request = new ImportSurveyIntoProject.Request(plan, touchpointIds, places,
                crossed, skipBadRows);
        String projectId = map.id();
        step = Step.IMPORTING;
        working = true;
        return new StepWork<>("Importing…", progress -> new SurveyImported(importer.storeResponses(projectId, request,
                n -> progress.report(n, total, "Imported " + n + " of " + total + " rows…"), progress::cancelled),
                plan, crossed, touchpointIds, places), result -> {
                    working = false;
                    imported = result;
                });
    }

    /** The draft with the choices typed so far, as the plan for {@code labelNames}. */
    private SurveyImportPlan plan(List<Map<String, String>> labelNames) {
        AnswerScale numeric = scale == null || scale.equals(DETECT_SCALE) ? null : AnswerScale.parse(scale);
        ScaleChoices choices = textScales == null ? new ScaleChoices(numeric, List.of(), typedNotApplicable())
                : textScales.choices(numeric, typedNotApplicable());
        draft.scale(choices.scale());
        draft.labelOrders(choices.orders());
        draft.notApplicable(choices.notApplicable());
        return draft.plan(labelNames);
    }

    private NotApplicableCodes typedNotApplicable() {
        return notApplicable.isBlank() || notApplicable.trim().equalsIgnoreCase("N/A")
                ? NotApplicableCodes.defaults() : NotApplicableCodes.parse(notApplicable);
    }

    /** The finished import, once the import's work is done. */
    public Optional<SurveyImported> imported() {
        return Optional.ofNullable(imported);
    }

    // The file page.

    /** The file's detected format, or null before a file is read. */
    public SurveyFormat format() {
        return draft == null ? null : draft.format();
    }

    public String fileName() {
        return draft == null ? "" : draft.format().source().getFileName().toString();
    }

    /** What was detected about the file: encoding, delimiter, layout and columns; empty before a file is read. */
    public String formatFacts() {
        return draft == null ? "" : draft.formatFacts();
    }

    /** The first {@code rows} rows of the file, as read. */
    public List<List<String>> preview(int rows) {
        return draft == null ? List.of() : draft.sample().stream().limit(rows).map(r -> r.values()).toList();
    }

    // The columns page.

    public List<String> segmentChoices() {
        return draft == null ? List.of() : draft.segmentCandidates();
    }

    public List<String> secondSegmentChoices() {
        List<String> choices = new ArrayList<>(List.of(NO_SECOND));
        choices.addAll(segmentChoices());
        return choices;
    }

    /** The segment column chosen (the draft's default at first), or null. */
    public String segment() {
        return draft == null ? null : draft.segment();
    }

    public void segment(String column) {
        if (draft != null) {
            draft.segment(column);
        }
    }

    /** The column to cross the segment column with, or {@link #NO_SECOND}. */
    public String secondSegment() {
        return draft == null || draft.secondSegment() == null ? NO_SECOND : draft.secondSegment();
    }

    public void secondSegment(String column) {
        if (draft != null) {
            draft.secondSegment(column == null || column.equals(NO_SECOND) ? null : column);
        }
    }

    public List<String> scaleChoices() {
        return List.of(DETECT_SCALE, "1-3", "1-4", "1-5", "1-6", "1-7", "1-10", "0-5", "0-10", "0-100");
    }

    public String scale() {
        return scale;
    }

    public void scale(String label) {
        this.scale = label;
    }

    /** The not-applicable codes as typed, comma separated. */
    public String notApplicable() {
        return notApplicable;
    }

    public void notApplicable(String codes) {
        this.notApplicable = codes == null ? "" : codes;
    }

    /** The stages a new touchpoint may go into. */
    public List<Stage> stageChoices() {
        return map.stages();
    }

    /** The lanes a new touchpoint may go into; the wizard offers the choice only when there are several. */
    public List<Lane> laneChoices() {
        return NewTouchpointPlace.cardLanes(map);
    }

    public List<SurveyImportDraft.RatingPick> ratingPicks() {
        return draft == null ? List.of() : draft.ratingPicks();
    }

    /** The name of the stage an existing touchpoint is in ("" for a new one), shown beside a matched column. */
    public String stageOf(TouchpointChoice choice) {
        return map.touchpoint(choice.id() == null ? "" : choice.id()).flatMap(t -> map.stage(t.stageId()))
                .map(Stage::name).orElse("");
    }

    /** What a rating column can rate: a new touchpoint or one of the map's. */
    public List<TouchpointChoice> touchpointChoices() {
        return TouchpointChoice.all(map);
    }

    // The scales page.

    /** The text scales of the chosen rating columns and the user's choices about them; null when there are none. */
    public TextScaleChoices textScales() {
        return textScales;
    }

    /** Where the counts on the scales page come from: "Counts from all 14 rows." or the first rows only. */
    public String countsNote() {
        int rows = draft == null ? 0 : draft.sample().size();
        return rows < SurveyImportDraft.SAMPLE_ROWS ? "Counts from all " + rows + " rows."
                : "Counts from the first " + rows + " rows of the file.";
    }

    // The check page.

    public List<SegmentLabelRow> labelRows() {
        return labelRows;
    }

    public String badRowsTitle() {
        return scan == null ? "" : scan.badRowsTitle();
    }

    public List<String> badRowLines() {
        return scan == null ? List.of() : scan.badRowLines();
    }

    public boolean skipBadRows() {
        return skipBadRows;
    }

    public void skipBadRows(boolean skip) {
        this.skipBadRows = skip;
    }
}

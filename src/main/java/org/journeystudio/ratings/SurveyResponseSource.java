package org.journeystudio.ratings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.journeystudio.store.ImportCancelledException;
import org.journeystudio.store.ResponseSink;
import org.journeystudio.store.ResponseSource;
import org.journeystudio.survey.RatingAnswers;
import org.journeystudio.survey.RatingColumn;
import org.journeystudio.survey.SegmentLabels;
import org.journeystudio.survey.SurveyColumn;
import org.journeystudio.survey.SurveyException;
import org.journeystudio.survey.SurveyReader;
import org.journeystudio.survey.SurveyRow;

/**
 * Streams a survey file into the library with the shared record reader: one record in memory at a time, labels
 * normalised as the plan says, unreadable records skipped (or, when skipping was not agreed, the import stopped
 * with the line and reason). Reports progress every few thousand rows and stops when cancelled.
 */
public final class SurveyResponseSource implements ResponseSource {
    private static final int REPORT_EVERY = 4096;
    private static final int SPELLINGS_KEPT = 10_000;

    private final SurveyImportPlan plan;
    private final boolean skipBadRows;
    private final LongConsumer progress;
    private final BooleanSupplier cancelled;
    private final List<Map<String, Spelling>> spellings = new ArrayList<>();
    private final List<SegmentLabels> shown = new ArrayList<>();

    public SurveyResponseSource(SurveyImportPlan plan, boolean skipBadRows, LongConsumer progress,
                                BooleanSupplier cancelled) {
        this.plan = plan;
        this.skipBadRows = skipBadRows;
        this.progress = progress;
        this.cancelled = cancelled;
        plan.segments().forEach(s -> {
            spellings.add(new HashMap<>());
            shown.add(new SegmentLabels());
        });
    }

    @Override
    public void writeTo(ResponseSink sink) {
        List<RatingColumn> ratings = plan.ratings();
        List<SurveyColumn> segments = plan.segments();
        String[] labels = new String[segments.size()];
        int[] values = new int[ratings.size()];
        long rows = 0;
        long kept = 0;
        try (SurveyReader.SurveyRows records = SurveyReader.open(plan.format())) {
            while (records.hasNext()) {
                SurveyRow row = records.next();
                if (++rows % REPORT_EVERY == 0) {
                    if (cancelled.getAsBoolean()) {
                        throw new ImportCancelledException();
                    }
                    progress.accept(rows);
                }
                String problem = problem(plan, row, values);
                if (problem != null) {
                    if (!skipBadRows) {
                        throw new SurveyException(plan.format().source() + ":" + row.line() + ": " + problem);
                    }
                    sink.skipped(row.line());
                    continue;
                }
                for (int s = 0; s < labels.length; s++) {
                    labels[s] = label(s, row.values().get(segments.get(s).index()));
                }
                for (int r = 0; r < values.length; r++) {
                    if (values[r] == RatingAnswers.OPTED_OUT) {
                        values[r] = ResponseSink.OPTED_OUT; // the library keeps opt-outs apart from empty answers
                    }
                }
                sink.accept(row.line(), labels, values);
                kept++;
            }
        }
        if (cancelled.getAsBoolean()) {
            throw new ImportCancelledException();
        }
        if (kept == 0) {
            // Rolled back like any failure: an import of nobody would only hide that nothing was read.
            throw new SurveyException(plan.format().source() + ": no answer row could be read"
                    + (rows == 0 ? " (the file has none after its header)" : " (all " + rows + " were left out)")
                    + "; nothing was imported");
        }
        nameLabels(sink);
        progress.accept(rows);
    }

    /**
     * The label a raw spelling is stored under: the user's name for it, or its normalised key, shown at the end
     * as its most frequent spelling. Remembered per spelling: a column has few spellings and a file many rows.
     */
    private String label(int s, String raw) {
        Map<String, Spelling> known = spellings.get(s);
        Spelling spelling = known.get(raw);
        if (spelling == null) {
            String named = plan.namedLabel(s, raw);
            spelling = new Spelling(named != null ? named : SegmentLabels.key(raw), named != null);
            if (known.size() < SPELLINGS_KEPT) {
                known.put(raw, spelling);
            } else if (!spelling.named) {
                shown.get(s).count(raw, 1);
            }
        }
        spelling.times++;
        return spelling.label;
    }

    /** Tells the sink how each normalised key is shown: its most frequent spelling, as the headless heatmap does. */
    private void nameLabels(ResponseSink sink) {
        for (int s = 0; s < spellings.size(); s++) {
            SegmentLabels labels = shown.get(s);
            spellings.get(s).forEach((raw, spelling) -> {
                if (!spelling.named) {
                    labels.count(raw, spelling.times);
                }
            });
            for (String key : labels.keys()) {
                sink.name(s, key, labels.display(key));
            }
        }
    }

    /** What is known about one raw spelling. */
    private static final class Spelling {
        final String label;
        final boolean named;
        long times;

        Spelling(String label, boolean named) {
            this.label = label;
            this.named = named;
        }
    }

    /** Fills {@code values} from the row; returns why the row cannot be used, or null. */
    static String problem(SurveyImportPlan plan, SurveyRow row, int[] values) {
        return RatingAnswers.readRow(row, plan.format().fieldCount(), plan.ratings(), plan.notApplicable(), values);
    }
}

package org.journeystudio.ui.survey;

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
    private final List<Map<String, String>> spellings = new ArrayList<>();

    public SurveyResponseSource(SurveyImportPlan plan, boolean skipBadRows, LongConsumer progress,
                                BooleanSupplier cancelled) {
        this.plan = plan;
        this.skipBadRows = skipBadRows;
        this.progress = progress;
        this.cancelled = cancelled;
        plan.segments().forEach(s -> spellings.add(new HashMap<>()));
    }

    @Override
    public void writeTo(ResponseSink sink) {
        List<RatingColumn> ratings = plan.ratings();
        List<SurveyColumn> segments = plan.segments();
        int fields = plan.format().fieldCount();
        String[] labels = new String[segments.size()];
        int[] values = new int[ratings.size()];
        long rows = 0;
        try (SurveyReader.SurveyRows records = SurveyReader.open(plan.format())) {
            while (records.hasNext()) {
                SurveyRow row = records.next();
                if (++rows % REPORT_EVERY == 0) {
                    if (cancelled.getAsBoolean()) {
                        throw new ImportCancelledException();
                    }
                    progress.accept(rows);
                }
                String problem = row.values().size() != fields ? "has " + row.values().size()
                        + " fields but the header has " + fields : read(row, values);
                if (problem != null) {
                    if (!skipBadRows) {
                        throw new SurveyException(plan.format().file() + ":" + row.line() + ": " + problem);
                    }
                    sink.skipped(row.line());
                    continue;
                }
                for (int s = 0; s < labels.length; s++) {
                    labels[s] = label(s, row.values().get(segments.get(s).index()));
                }
                sink.accept(row.line(), labels, values);
            }
        }
        if (cancelled.getAsBoolean()) {
            throw new ImportCancelledException();
        }
        progress.accept(rows);
    }

    /** The plan's label for a raw spelling, remembered: a column has few spellings and a file many rows. */
    private String label(int s, String raw) {
        Map<String, String> known = spellings.get(s);
        String label = known.get(raw);
        if (label == null) {
            label = plan.label(s, raw);
            if (known.size() < SPELLINGS_KEPT) {
                known.put(raw, label);
            }
        }
        return label;
    }

    /** Fills {@code values} from the row; returns why the row cannot be used, or null. */
    private String read(SurveyRow row, int[] values) {
        List<RatingColumn> ratings = plan.ratings();
        for (int i = 0; i < values.length; i++) {
            RatingColumn rating = ratings.get(i);
            String raw = row.values().get(rating.column().index());
            int value = RatingAnswers.read(raw, rating.scale(), plan.notApplicable());
            if (value < RatingAnswers.NOT_APPLICABLE) {
                return RatingAnswers.problem(raw, value, rating);
            }
            values[i] = value;
        }
        return null;
    }
}

package org.journeystudio.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts a survey record by record through {@link SurveyReader}: the general path, for every encoding and
 * layout. A row is counted whole or not at all: the first problem found makes it a bad row.
 */
public final class RecordTallier {
    private final TallyPlan plan;
    private final SurveyTally tally;
    private final int[] values;
    private final List<String> spellings = new ArrayList<>(2);
    /** Per segment column, the spellings met: checked only when a row opens a new group. */
    private final List<Set<String>> labels = new ArrayList<>();

    public RecordTallier(TallyPlan plan) {
        this.plan = plan;
        this.tally = new SurveyTally(SurveyTally.pointsOf(plan.ratings()));
        this.values = new int[plan.ratings().size()];
        plan.segmentColumns().forEach(c -> labels.add(new HashSet<>()));
    }

    /** Reads the whole survey. */
    public static SurveyTally tally(TallyPlan plan) {
        RecordTallier tallier = new RecordTallier(plan);
        try (SurveyReader.SurveyRows rows = SurveyReader.open(plan.format())) {
            while (rows.hasNext()) {
                tallier.add(rows.next());
            }
        }
        return tallier.result();
    }

    public void add(SurveyRow row) {
        tally.countRead(1);
        String problem = RatingAnswers.readRow(row, plan.format().fieldCount(), plan.ratings(), plan.notApplicable(),
                values);
        if (problem != null) {
            tally.addBadRow(new BadRow(row.line(), problem));
            return;
        }
        spellings.clear();
        for (SurveyColumn segment : plan.segmentColumns()) {
            spellings.add(row.values().get(segment.index()));
        }
        int groups = tally.groups().size();
        SurveyTally.Group group = tally.group(spellings);
        if (tally.groups().size() > groups) {
            checkLimits();
        }
        group.addRows(1);
        for (int i = 0; i < values.length; i++) {
            if (values[i] >= 0) {
                group.cell(i).add(values[i]);
            } else if (values[i] == RatingAnswers.OPTED_OUT) {
                group.cell(i).addOptedOut(1);
            }
        }
    }

    /** The same limits, with the same messages, as the byte reader's {@link ByteGroupCounts}. */
    private void checkLimits() {
        for (int k = 0; k < labels.size(); k++) {
            if (labels.get(k).add(spellings.get(k)) && labels.get(k).size() > SurveyLimits.MAX_SEGMENT_LABELS) {
                throw SurveyLimits.tooManyLabels(plan.format().source(), plan.segmentColumns().get(k).name());
            }
        }
        SurveyLimits.checkCells(plan.format().source(), values.length, tally.groups().size());
    }

    public SurveyTally result() {
        return tally;
    }
}

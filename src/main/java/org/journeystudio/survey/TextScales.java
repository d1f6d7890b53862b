package org.journeystudio.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text scales among a survey's rating columns, as a person orders them: the columns of one grid question,
 * and columns read on the same catalogue form or with the same answers, form one scale; its answers come in the catalogue form's order, or in the
 * order first seen when no form orders them. Also tells which text columns may be a scale the user orders.
 */
public final class TextScales {
    /** A text column with more distinct answers than this is free text, not a scale. */
    public static final int MAX_ANSWERS = 11;
    /** An answer longer than this is a comment, not a point of a scale. */
    private static final int MAX_ANSWER_LENGTH = 40;

    private TextScales() {
    }

    /**
     * One point of a found scale.
     *
     * @param label the answer as shown: the form's label, or the spelling first seen
     * @param count how many answers in the sample were this point (in any spelling)
     * @param keys  the {@link AnswerText#key}s that stand for this point: every spelling the form accepts
     */
    public record Answer(String label, long count, Set<String> keys) {
        public Answer {
            keys = Set.copyOf(keys);
        }
    }

    /**
     * A text scale found among rating columns.
     *
     * @param columns the rating columns read on it, in file order
     * @param answers its points in the proposed order, lowest first
     * @param form    the catalogue form that orders it, or null when the user must
     * @param optOuts the opt-out answers found in those columns ("N/A", "Don't know"), as first spelled, with counts
     */
    public record Found(List<SurveyColumn> columns, List<Answer> answers, ScaleForm form, Map<String, Long> optOuts) {
        public Found {
            columns = List.copyOf(columns);
            answers = List.copyOf(answers);
            optOuts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(optOuts));
        }

        /** True when a catalogue form orders the answers. */
        public boolean known() {
            return form != null;
        }
    }

    /** The text scales of {@code columns} (numeric columns are left out), read from the sample rows. */
    public static List<Found> found(SurveyFormat format, List<SurveyColumn> columns, Collection<SurveyRow> sample,
                                    NotApplicableCodes notApplicable) {
        Map<String, List<SurveyColumn>> grids = new LinkedHashMap<>();
        Map<String, ColumnEvidence> evidence = new LinkedHashMap<>();
        for (SurveyColumn column : columns) {
            ColumnEvidence own = ColumnEvidence.of(RatingColumnDetector.answers(column, sample), notApplicable);
            if (RatingColumnDetector.readsAsText(own, List.of())) {
                String question = SurveyColumn.question(column.name());
                grids.computeIfAbsent(question, q -> new ArrayList<>()).add(column);
                evidence.computeIfAbsent(question, q -> new ColumnEvidence()).addAll(own);
            }
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<SurveyColumn>> grid : grids.entrySet()) {
            Group group = new Group(grid.getValue(), evidence.get(grid.getKey()));
            Group same = groups.stream().filter(g -> g.sameScaleAs(group)).findFirst().orElse(null);
            if (same == null) {
                groups.add(group);
            } else {
                same.absorb(group);
            }
        }
        return groups.stream().map(Group::found).toList();
    }

    /**
     * True when the column's sample answers may be a text scale no catalogue form orders: 2 to
     * {@link #MAX_ANSWERS} distinct short words, so the user can tick it and give the order.
     */
    public static boolean mayBeScale(SurveyColumn column, Collection<SurveyRow> sample,
                                     NotApplicableCodes notApplicable) {
        ColumnEvidence evidence = ColumnEvidence.of(RatingColumnDetector.answers(column, sample), notApplicable);
        int distinct = evidence.words.size();
        return evidence.numbers == 0 && distinct >= 2 && distinct <= MAX_ANSWERS
                && evidence.words.values().stream().allMatch(w -> w.length() <= MAX_ANSWER_LENGTH)
                && ScaleCatalogue.formFor(evidence.words.keySet()) == null;
    }

    /** Columns whose answers are read on one scale, as they are being gathered. */
    private static final class Group {
        private final List<SurveyColumn> columns = new ArrayList<>();
        private final ColumnEvidence evidence = new ColumnEvidence();

        Group(List<SurveyColumn> columns, ColumnEvidence evidence) {
            this.columns.addAll(columns);
            this.evidence.addAll(evidence);
        }

        ScaleForm form() {
            return ScaleCatalogue.formFor(evidence.words.keySet());
        }

        /**
         * Read on the same catalogue form, or (for scales no form orders) the same answers or one set inside the
         * other: the user's order of the larger then reads both, as the import would.
         */
        boolean sameScaleAs(Group other) {
            ScaleForm form = form();
            ScaleForm theirForm = other.form();
            if (form != null || theirForm != null) {
                return form == theirForm;
            }
            Set<String> mine = evidence.words.keySet();
            Set<String> theirs = other.evidence.words.keySet();
            return mine.containsAll(theirs) || theirs.containsAll(mine);
        }

        void absorb(Group other) {
            columns.addAll(other.columns);
            columns.sort(java.util.Comparator.comparingInt(SurveyColumn::index));
            evidence.addAll(other.evidence);
        }

        Found found() {
            ScaleForm form = form();
            List<Answer> answers = new ArrayList<>();
            if (form == null) {
                evidence.words.forEach((key, shown) -> answers.add(new Answer(shown, evidence.wordCounts.get(key),
                        Set.of(key))));
            } else {
                for (int point = 0; point < form.labels().size(); point++) {
                    Set<String> keys = new LinkedHashSet<>();
                    int p = point;
                    form.points().forEach((key, at) -> {
                        if (at == p) {
                            keys.add(key);
                        }
                    });
                    long count = keys.stream().mapToLong(k -> evidence.wordCounts.getOrDefault(k, 0L)).sum();
                    answers.add(new Answer(form.labels().get(point), count, keys));
                }
            }
            return new Found(columns, answers, form, evidence.optOuts);
        }
    }
}

package org.journeystudio.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.journeystudio.i18n.Messages;

/**
 * Finds the rating columns of a survey from a sample of its rows and chooses each one's scale. A rating column
 * holds whole numbers 0–10, numbers up to 100 under a heading that asks for a rating, or words of one ordered
 * scale (the user's orders first, then the {@link ScaleCatalogue}); opt-outs are allowed anywhere. The export's
 * bookkeeping columns, 0/1 flags and row counters (1, 2, 3, ...) are left out.
 */
public final class RatingColumnDetector {
    /** Headings that ask for a rating, so a 0–100 column under them is a slider, not an age or an amount. */
    private static final Pattern RATING_WORDS = Pattern.compile("rat(e|ing)|score|satisf|likel|recommend|agree|easy"
            + "|ease|effort|slider|scale|experience|happy|how (well|good|much|easy)");

    private RatingColumnDetector() {
    }

    /** The columns that look like ratings, in file order. */
    public static List<SurveyColumn> detect(SurveyFormat format, List<SurveyRow> sample, Set<Integer> excluded,
                                            NotApplicableCodes notApplicable, List<ScaleForm> orders) {
        List<SurveyColumn> found = new ArrayList<>();
        for (SurveyColumn column : format.columns()) {
            if (excluded.contains(column.index()) || isBookkeeping(format, column)) {
                continue;
            }
            ColumnEvidence evidence = ColumnEvidence.of(answers(column, sample), notApplicable);
            if (evidence.hasWords() ? formFor(evidence, orders) != null : looksNumeric(column, evidence)) {
                found.add(column);
            }
        }
        return found;
    }

    private static boolean isBookkeeping(SurveyFormat format, SurveyColumn column) {
        return format.layout().isBookkeeping(column.name())
                || column.aliases().stream().anyMatch(a -> format.layout().isBookkeeping(a));
    }

    private static boolean looksNumeric(SurveyColumn column, ColumnEvidence evidence) {
        if (evidence.numbers == 0 || evidence.countsRows() || evidence.min < 0 || evidence.max < 2) {
            return false;
        }
        if (evidence.allWhole() && evidence.max <= 10) {
            return true;
        }
        String heading = (column.name() + " " + String.join(" ", column.aliases())).toLowerCase(Locale.ROOT);
        return evidence.max <= 100 && (evidence.writtenAsDecimals() || RATING_WORDS.matcher(heading).find());
    }

    /**
     * Each column's scale, from the sample: {@code given} for numeric columns when set; text columns on the
     * form that orders their words; numeric columns on the range their numbers span. The columns of one grid
     * question share one scale, chosen from all their answers, so a grid reads on one scale even where one row
     * lacks the neutral answer or the top score. The result is in {@code columns}' order.
     */
    public static List<ColumnScale> scales(SurveyFormat format, List<SurveyColumn> columns,
                                           Collection<SurveyRow> sample, ScaleChoices choices) {
        List<ColumnEvidence> evidence = new ArrayList<>(columns.size());
        List<String> groupOf = new ArrayList<>(columns.size());
        Map<String, ColumnEvidence> byGroup = new LinkedHashMap<>();
        for (SurveyColumn column : columns) {
            ColumnEvidence own = ColumnEvidence.of(answers(column, sample), choices.notApplicable());
            String group;
            if (readsAsText(own, choices.orders())) {
                if (formFor(own, choices.orders()) == null) {
                    throw unordered(format, column, own);
                }
                group = "words:" + SurveyColumn.question(column.name());
            } else {
                group = "numbers:" + SurveyColumn.question(column.name());
            }
            evidence.add(own);
            groupOf.add(group);
            byGroup.computeIfAbsent(group, g -> new ColumnEvidence()).addAll(own);
        }
        List<ColumnScale> scales = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            scales.add(scaleOf(format, columns.get(i), evidence.get(i), byGroup.get(groupOf.get(i)), choices));
        }
        return scales;
    }

    private static ColumnScale scaleOf(SurveyFormat format, SurveyColumn column, ColumnEvidence own,
                                       ColumnEvidence shared, ScaleChoices choices) {
        ColumnScale scale;
        if (readsAsText(own, choices.orders())) {
            ScaleForm form = formFor(shared, choices.orders());
            scale = ColumnScale.text(form != null ? form : formFor(own, choices.orders()));
        } else if (choices.scale() != null) {
            scale = ColumnScale.numeric(choices.scale());
        } else if (shared.numbers == 0) {
            scale = ColumnScale.numeric(NumericRange.DEFAULT);
        } else {
            scale = ColumnScale.detected(NumericRange.of(shared, format.source(), column.name()));
        }
        return scale.withOptOutNumbers(own.optOutNumbers);
    }

    /**
     * True when a column's answers are words of a scale. A column of numbers with a few stray words that no scale
     * orders ("lots", "x") is numeric: those words are bad answers, listed row by row like any other.
     */
    static boolean readsAsText(ColumnEvidence evidence, List<ScaleForm> orders) {
        if (!evidence.hasWords()) {
            return false;
        }
        long wordAnswers = evidence.wordCounts.values().stream().mapToLong(Long::longValue).sum();
        return evidence.numbers <= wordAnswers || formFor(evidence, orders) != null;
    }

    /** The user's order holding every word, else the catalogue's form, else null. */
    static ScaleForm formFor(ColumnEvidence evidence, List<ScaleForm> orders) {
        for (ScaleForm order : orders) {
            if (order.holdsAll(evidence.words.keySet())) {
                return order;
            }
        }
        return ScaleCatalogue.formFor(evidence.words.keySet());
    }

    private static SurveyException unordered(SurveyFormat format, SurveyColumn column, ColumnEvidence evidence) {
        List<String> shown = evidence.words.values().stream().limit(12).toList();
        // The answers are quoted as the file spells them, like a command's arguments, in every language.
        return new SurveyException(Messages.text("imports.unknownScale", format.source(), column.name(),
                "'" + String.join("', '", shown) + "'" + (evidence.words.size() > shown.size() ? " …" : ""),
                String.join("|", shown)));
    }

    static List<String> answers(SurveyColumn column, Collection<SurveyRow> sample) {
        List<String> answers = new ArrayList<>(sample.size());
        for (SurveyRow row : sample) {
            if (column.index() < row.values().size()) {
                answers.add(row.values().get(column.index())); // a short row is reported as bad later
            }
        }
        return answers;
    }
}

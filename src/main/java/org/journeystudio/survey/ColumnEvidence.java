package org.journeystudio.survey;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a sample of one column's answers says about its scale: the range and finest step of its numbers, the
 * distinct words (by {@link AnswerText#key}) with the spelling first seen and their counts, the opt-out answers,
 * and the numbers the export labels as opt-outs.
 */
final class ColumnEvidence {
    private static final double[] STEPS = {1, 0.5, 0.1, 0.01};
    /**
     * Distinct words kept at most: more than any scale has spellings, so such a column is free text (names,
     * dates, comments) and the rest of its words need no reading.
     */
    static final int MOST_WORDS = 64;

    int numbers;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    private int finestStep;
    private double last;
    private boolean stepsByOne = true;
    /** Some plain number is written without a decimal point: sliders write every answer as "68.0000000000". */
    private boolean writtenWhole;
    /** Distinct text answers: key → spelling first seen. */
    final Map<String, String> words = new LinkedHashMap<>();
    final Map<String, Long> wordCounts = new LinkedHashMap<>();
    /** Opt-out answers as first spelled, with counts. */
    final Map<String, Long> optOuts = new LinkedHashMap<>();
    final Set<Double> optOutNumbers = new TreeSet<>();
    private final Map<String, String> optOutSpellings = new LinkedHashMap<>();

    /** Reads the sample answers of one column. */
    static ColumnEvidence of(Collection<String> answers, NotApplicableCodes notApplicable) {
        ColumnEvidence evidence = new ColumnEvidence();
        for (String raw : answers) {
            evidence.add(raw, notApplicable);
        }
        return evidence;
    }

    void add(String raw, NotApplicableCodes notApplicable) {
        String text = raw.trim();
        if (text.isEmpty()) {
            return;
        }
        LabelledNumber number = LabelledNumber.parse(text);
        if (number != null) {
            if (number.isLabelled() && notApplicable.matchesText(AnswerText.key(number.label()))) {
                optOutNumbers.add(number.value());
                countOptOut(text);
                return;
            }
            addNumber(number.value());
            writtenWhole |= !number.isLabelled() && text.indexOf('.') < 0 && text.indexOf(',') < 0;
            return;
        }
        if (words.size() >= MOST_WORDS) {
            return;
        }
        String key = AnswerText.key(text);
        if (key.isEmpty() || OptOutAnswers.isNotShown(key)) {
            return;
        }
        if (notApplicable.matchesText(key)) {
            countOptOut(text);
            return;
        }
        words.computeIfAbsent(key, k -> AnswerText.display(text));
        wordCounts.merge(key, 1L, Long::sum);
    }

    private void countOptOut(String text) {
        String key = AnswerText.key(text);
        String shown = optOutSpellings.computeIfAbsent(key, k -> AnswerText.display(text));
        optOuts.merge(shown, 1L, Long::sum);
    }

    private void addNumber(double value) {
        if (numbers > 0 && value != last + 1) {
            stepsByOne = false;
        }
        last = value;
        numbers++;
        min = Math.min(min, value);
        max = Math.max(max, value);
        while (finestStep < STEPS.length - 1 && !isMultiple(value, STEPS[finestStep])) {
            finestStep++;
        }
    }

    private static boolean isMultiple(double value, double step) {
        double ratio = value / step;
        return Math.abs(ratio - Math.rint(ratio)) < 1e-6;
    }

    boolean hasWords() {
        return !words.isEmpty();
    }

    /** 1, 2, 3, ... in every row: a respondent number, not a rating. */
    boolean countsRows() {
        return stepsByOne && numbers >= 3 && words.isEmpty();
    }

    /** True when every plain number was written with a decimal point, as slider exports write them. */
    boolean writtenAsDecimals() {
        return numbers > 0 && !writtenWhole;
    }

    boolean allWhole() {
        return finestStep == 0;
    }

    /** The finest step every number is a multiple of (1, 0.5, 0.1 or 0.01). */
    double step() {
        return STEPS[finestStep];
    }

    void addAll(ColumnEvidence other) {
        numbers += other.numbers;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        finestStep = Math.max(finestStep, other.finestStep);
        writtenWhole |= other.writtenWhole;
        other.words.forEach(words::putIfAbsent);
        other.wordCounts.forEach((k, v) -> wordCounts.merge(k, v, Long::sum));
        other.optOuts.forEach((k, v) -> optOuts.merge(k, v, Long::sum));
        optOutNumbers.addAll(other.optOutNumbers);
    }
}

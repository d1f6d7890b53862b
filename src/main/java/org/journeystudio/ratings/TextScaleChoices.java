package org.journeystudio.ratings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.survey.NotApplicableCodes;
import org.journeystudio.survey.ScaleChoices;
import org.journeystudio.survey.ScaleForm;
import org.journeystudio.survey.SurveyColumn;
import org.journeystudio.survey.TextScales;

/**
 * The user's choices about the text scales of an import: for each scale found, its answers in the order the user
 * put them and the answers they marked as not applicable. Scales no catalogue form orders must be ordered before
 * the import can go on; the choices then become the orders and not-applicable answers the import reads with.
 */
public final class TextScaleChoices {
    private final List<TextScales.Found> found;
    private final List<Scale> scales;

    /** One text scale as the user orders it. */
    public static final class Scale {
        private final TextScales.Found found;
        private final List<TextScales.Answer> answers;
        private final Set<TextScales.Answer> notApplicable = new HashSet<>();
        private boolean confirmed;

        Scale(TextScales.Found found) {
            this.found = found;
            this.answers = new ArrayList<>(found.answers());
        }

        /** The columns read on this scale, by name. */
        public List<String> columns() {
            return found.columns().stream().map(SurveyColumn::name).toList();
        }

        /** "Agreement", "Custom: reordered Agreement", or "Custom: put the answers in order". */
        public String family() {
            if (!found.known()) {
                return "Custom: put the answers in order";
            }
            return changed() ? "Custom: reordered " + found.form().family() : found.form().family();
        }

        /** True when no catalogue form orders the answers: the user must. */
        public boolean needsOrder() {
            return !found.known();
        }

        /** The answers in the current order, lowest first, including those marked not applicable. */
        public List<TextScales.Answer> answers() {
            return List.copyOf(answers);
        }

        /** The number the answer at {@code index} stands for (1 for the lowest), or 0 when it is not applicable. */
        public int number(int index) {
            if (notApplicable.contains(answers.get(index))) {
                return 0;
            }
            int number = 0;
            for (int i = 0; i <= index; i++) {
                number += notApplicable.contains(answers.get(i)) ? 0 : 1;
            }
            return number;
        }

        /** Moves the answer at {@code from} to {@code to}; the order counts as given. */
        public void move(int from, int to) {
            if (from == to || from < 0 || to < 0 || from >= answers.size() || to >= answers.size()) {
                return;
            }
            answers.add(to, answers.remove(from));
            confirmed = true;
        }

        public boolean notApplicable(int index) {
            return notApplicable.contains(answers.get(index));
        }

        /**
         * Marks the answer at {@code index} as not applicable (left out of every statistic) or as a point again.
         * With every answer marked, the columns' numbers alone are read (a stray word in a numeric column).
         */
        public void notApplicable(int index, boolean marked) {
            if (marked) {
                notApplicable.add(answers.get(index));
            } else {
                notApplicable.remove(answers.get(index));
            }
        }

        /** True once the user moved an answer or said the order shown is right. */
        public boolean confirmed() {
            return confirmed;
        }

        public void confirm(boolean right) {
            this.confirmed = right;
        }

        /** "N/A — not applicable: 3 answers", one line per opt-out answer found. */
        public List<String> optOutLines() {
            return found.optOuts().entrySet().stream().map(e -> e.getKey() + " — not applicable: " + e.getValue()
                    + (e.getValue() == 1 ? " answer" : " answers")).toList();
        }

        /** Why this scale cannot be used as it is, or empty. */
        String problem() {
            String name = String.join(", ", columns());
            if (answers.size() - notApplicable.size() == 1) {
                return "A scale needs two answers (" + name + "): mark the last one \"not applicable\" too, or go "
                        + "Back and untick the column.";
            }
            if (needsOrder() && !confirmed && notApplicable.size() < answers.size()) {
                return "Put the answers of " + name + " in order, lowest first (drag, or Alt+Up / Alt+Down), or tick "
                        + "\"The order is right\".";
            }
            return "";
        }

        /** True when the user's order differs from the catalogue's, or answers are marked not applicable. */
        private boolean changed() {
            return !notApplicable.isEmpty() || !answers.equals(found.answers());
        }

        /** The order the import reads this scale with, or null when the catalogue's reads it as shown. */
        private ScaleForm order() {
            if (found.known() && !changed()) {
                return null;
            }
            List<String> labels = new ArrayList<>();
            Map<String, Integer> points = new HashMap<>();
            for (TextScales.Answer answer : answers) {
                if (!notApplicable.contains(answer)) {
                    answer.keys().forEach(key -> points.put(key, labels.size()));
                    labels.add(answer.label());
                }
            }
            return new ScaleForm("Custom", labels, points);
        }
    }

    private TextScaleChoices(List<TextScales.Found> found) {
        this.found = List.copyOf(found);
        this.scales = found.stream().map(Scale::new).toList();
    }

    /** The choices for these scales, each as proposed. */
    public static TextScaleChoices of(List<TextScales.Found> found) {
        return new TextScaleChoices(found);
    }

    /** The scales these choices are about, as found. */
    public List<TextScales.Found> found() {
        return found;
    }

    public List<Scale> scales() {
        return scales;
    }

    /** Why the import cannot go on with these choices yet (the first scale still to order), or empty. */
    public String problem() {
        return scales.stream().map(Scale::problem).filter(p -> !p.isEmpty()).findFirst().orElse("");
    }

    public boolean complete() {
        return problem().isEmpty();
    }

    /**
     * The user's orders, the scale with fewest spellings first: an import reads a column on the first order that
     * holds all its answers, so a smaller scale inside a larger one keeps its own order.
     */
    public List<ScaleForm> orders() {
        return scales.stream().map(Scale::order).filter(o -> o != null)
                .sorted(Comparator.comparingInt(o -> o.points().size())).toList();
    }

    /** Every spelling of the answers marked not applicable. */
    public Set<String> notApplicableAnswers() {
        return scales.stream().flatMap(s -> s.notApplicable.stream()).flatMap(a -> a.keys().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** What the import reads with: the numeric scale, these orders, and the codes typed plus the answers marked. */
    public ScaleChoices choices(AnswerScale numericScale, NotApplicableCodes typed) {
        return new ScaleChoices(numericScale, orders(), typed.withAnswers(notApplicableAnswers()));
    }
}

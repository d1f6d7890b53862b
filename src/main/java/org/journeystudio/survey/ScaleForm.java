package org.journeystudio.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.AnswerScale;

/**
 * One ordered list of answer texts, lowest first, and the spellings each point also goes by: a form of a
 * catalogue family ("Agreement, 5 points") or an order the user gave.
 *
 * @param family the family's name ("Agreement"), or "Custom" for a user's order
 * @param labels each point's label as shown, lowest first
 * @param points each accepted {@link AnswerText#key} and the point index (from 0) it stands for
 */
public record ScaleForm(String family, List<String> labels, Map<String, Integer> points) {
    public ScaleForm {
        labels = List.copyOf(labels);
        points = Map.copyOf(points);
    }

    /** A form from point specs such as {@code "Neither agree nor disagree|neutral|neither"}, lowest first. */
    static ScaleForm of(String family, String... specs) {
        List<String> labels = new ArrayList<>();
        Map<String, Integer> points = new HashMap<>();
        for (int i = 0; i < specs.length; i++) {
            String[] spellings = specs[i].split("\\|");
            labels.add(spellings[0]);
            for (String spelling : spellings) {
                points.putIfAbsent(AnswerText.key(spelling), i);
            }
        }
        return new ScaleForm(family, labels, points);
    }

    /** The user's own order of answers, lowest first ("Too slow|A bit slow|Just right"). */
    public static ScaleForm custom(List<String> labels) {
        String[] specs = labels.stream().map(AnswerText::display).toArray(String[]::new);
        ScaleForm form = of("Custom", specs);
        if (form.points().size() != labels.size()) {
            // Shown to the user through the command line's --label-order.
            throw new IllegalArgumentException(Messages.text("imports.answerTwice", String.join(" | ", labels)));
        }
        return form;
    }

    /** True when every answer key is one of this form's spellings. */
    boolean holdsAll(Collection<String> keys) {
        return points.keySet().containsAll(keys);
    }

    /** The point index of an answer key, or -1. */
    public int point(String key) {
        Integer point = points.get(key);
        return point == null ? -1 : point;
    }

    public AnswerScale scale() {
        return AnswerScale.ordered(labels);
    }
}

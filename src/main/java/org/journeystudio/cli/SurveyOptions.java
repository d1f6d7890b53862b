package org.journeystudio.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.cli.Options;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.survey.NotApplicableCodes;
import org.journeystudio.survey.ScaleForm;

/** The options that say how to read a survey export, shared by {@code heatmap} and {@code import-survey}. */
final class SurveyOptions {
    private SurveyOptions() {
    }

    /**
     * {@code --segment} (once or twice), {@code --rating} (repeatable) or {@code --ratings}, {@code --scale},
     * {@code --label-order} (repeatable), {@code --na}, {@code --skip-bad-rows}.
     */
    static Options add(Options options) {
        return options
                .addOption(Subcommand.valued("segment", "COLUMN",
                        "Segment column, by the text of any header row; give it twice for cross segments (A × B)."))
                .addOption(Subcommand.valued("rating", "COLUMN",
                        "A rating column; repeat for more. Detected from the answers when no rating is named."))
                .addOption(Subcommand.valued("ratings", "COL,COL",
                        "Rating columns, comma-separated; quote a name that holds a comma: '\"A, B\",C'."))
                .addOption(Subcommand.valued("scale", "MIN-MAX",
                        "Scale of every numeric rating column, e.g. 1-4, 1-5, 0-10, 0-100 (default: found per "
                                + "column from the answers)."))
                .addOption(Subcommand.valued("label-order", "A|B|…",
                        "Answers of a text scale, lowest first, e.g. \"Too slow|A bit slow|Just right\"; applies "
                                + "to every column whose answers all fall in it. Repeat for more scales."))
                .addOption(Subcommand.valued("na", "CODES",
                        "Answers meaning not applicable, separated by | or commas, e.g. \"99|No experience\". "
                                + "Empty and opt-out answers (N/A, Don't know, Prefer not to say …) always are; "
                                + "by default so is 0 on a scale that starts at 1."))
                .addOption(Subcommand.flag("skip-bad-rows",
                        "Leave out rows that cannot be read (listed on the error output) instead of failing."));
    }

    /** The one or two segment columns asked for. */
    static List<String> segments(CommandCall call) {
        List<String> segments = call.values("segment");
        if (segments.isEmpty()) {
            throw new UsageException("missing --segment COLUMN: which column holds the segments?");
        }
        if (segments.size() > 2) {
            throw new UsageException("--segment can be given once or twice (for A × B), not " + segments.size()
                    + " times");
        }
        return segments;
    }

    /** The rating columns named by {@code --rating} and {@code --ratings}, or empty to detect them. */
    static List<String> ratings(CommandCall call) {
        List<String> ratings = new ArrayList<>(call.values("rating"));
        String list = call.value("ratings");
        if (list != null) {
            ratings.addAll(splitQuoted(list));
        }
        return ratings;
    }

    /** Splits on commas outside double quotes; {@code ""} inside quotes is one quote. */
    static List<String> splitQuoted(String list) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < list.length() && list.charAt(i + 1) == '"') {
                    part.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        if (quoted) {
            throw new UsageException("--ratings: a quote is never closed in " + list);
        }
        parts.add(part.toString());
        return parts.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The scale of every numeric rating column, or null to choose one per column. */
    static AnswerScale scale(CommandCall call) {
        String scale = call.value("scale");
        if (scale == null) {
            return null;
        }
        try {
            return AnswerScale.parse(scale);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--scale: " + e.getMessage());
        }
    }

    /** The text scales given in the user's order. */
    static List<ScaleForm> labelOrders(CommandCall call) {
        List<ScaleForm> orders = new ArrayList<>();
        for (String order : call.values("label-order")) {
            List<String> labels = Arrays.stream(order.split("\\|")).map(String::trim).filter(s -> !s.isEmpty())
                    .toList();
            if (labels.size() < 2) {
                throw new UsageException("--label-order needs at least two answers separated by |, lowest first, "
                        + "not '" + order + "'");
            }
            try {
                orders.add(ScaleForm.custom(labels));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--label-order: " + e.getMessage());
            }
        }
        return orders;
    }

    static NotApplicableCodes notApplicable(CommandCall call) {
        String notApplicable = call.value("na");
        return notApplicable == null ? NotApplicableCodes.defaults() : NotApplicableCodes.parse(notApplicable);
    }
}

package org.journeystudio.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.cli.Options;
import org.journeystudio.i18n.Messages;
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
                .addOption(Subcommand.valued("segment", "COLUMN", Messages.text("help.survey.option.segment")))
                .addOption(Subcommand.valued("rating", "COLUMN", Messages.text("help.survey.option.rating")))
                .addOption(Subcommand.valued("ratings", "COL,COL", Messages.text("help.survey.option.ratings")))
                .addOption(Subcommand.valued("scale", "MIN-MAX", Messages.text("help.survey.option.scale")))
                .addOption(Subcommand.valued("label-order", "A|B|…", Messages.text("help.survey.option.labelOrder")))
                .addOption(Subcommand.valued("na", "CODES", Messages.text("help.survey.option.na")))
                .addOption(Subcommand.flag("skip-bad-rows", Messages.text("help.survey.option.skipBadRows")));
    }

    /** The one or two segment columns asked for. */
    static List<String> segments(CommandCall call) {
        List<String> segments = call.values("segment");
        if (segments.isEmpty()) {
            throw new UsageException(Messages.text("cli.missingSegment"));
        }
        if (segments.size() > 2) {
            throw new UsageException(Messages.text("cli.tooManySegments", segments.size()));
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
            throw new UsageException(Messages.text("cli.quoteNotClosed", list));
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
                throw new UsageException(Messages.text("cli.labelOrderTooShort", order));
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

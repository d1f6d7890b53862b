package org.journeystudio.cli;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.cli.Options;
import org.journeystudio.model.RatingScale;
import org.journeystudio.survey.NotApplicableCodes;

/** The options that say how to read a survey export, shared by {@code heatmap} and {@code import-survey}. */
final class SurveyOptions {
    private SurveyOptions() {
    }

    /** {@code --segment} (once or twice), {@code --ratings}, {@code --scale}, {@code --na}, {@code --skip-bad-rows}. */
    static Options add(Options options) {
        return options
                .addOption(Subcommand.valued("segment", "COLUMN",
                        "Segment column; give it twice for cross segments (A × B)."))
                .addOption(Subcommand.valued("ratings", "COL,COL",
                        "Rating columns (comma-separated); detected from the answers when left out."))
                .addOption(Subcommand.valued("scale", "SCALE",
                        "Rating scale of every rating column: 1-5, 1-7 or 0-10 (default: chosen per column)."))
                .addOption(Subcommand.valued("na", "CODES",
                        "Comma-separated answers meaning not applicable (default: empty, N/A, and 0 on 1-5)."))
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

    /** The rating columns named, or empty to detect them. */
    static List<String> ratings(CommandCall call) {
        String ratings = call.value("ratings");
        return ratings == null ? List.of() : Arrays.stream(ratings.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The scale of every rating column, or null to choose one per column. */
    static RatingScale scale(CommandCall call) {
        String scale = call.value("scale");
        if (scale == null) {
            return null;
        }
        try {
            return RatingScale.fromLabel(scale);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--scale: " + e.getMessage());
        }
    }

    static NotApplicableCodes notApplicable(CommandCall call) {
        String notApplicable = call.value("na");
        return notApplicable == null ? NotApplicableCodes.defaults() : NotApplicableCodes.parse(notApplicable);
    }
}

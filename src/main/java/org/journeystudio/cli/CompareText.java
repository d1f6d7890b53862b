package org.journeystudio.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.journeystudio.compare.FieldChange;
import org.journeystudio.compare.MapComparison;
import org.journeystudio.compare.OpportunityChange;
import org.journeystudio.compare.SatisfactionDelta;
import org.journeystudio.compare.StageEmotion;
import org.journeystudio.compare.TouchpointChange;

/**
 * Prints a comparison for a person: a summary, then stage by stage the emotion's change and the touchpoints
 * added (+), removed (-), moved (&gt;) and changed (~) with each field's old → new text, then the satisfaction
 * cells that moved, with n and a star where the two 95% intervals are apart.
 */
final class CompareText {
    private CompareText() {
    }

    static void print(MapComparison comparison, String before, String after, PrintWriter out) {
        out.println("Old: " + before);
        out.println("New: " + after);
        out.println(comparison.scaleNote().isEmpty() ? "Ratings on " + comparison.scale().label() + "."
                : comparison.scaleNote());
        out.println("Touchpoints: " + comparison.added().size() + " added, " + comparison.removed().size()
                + " removed, " + comparison.changed().size() + " changed, " + comparison.unchanged() + " unchanged.");
        Map<String, List<String>> byStage = new LinkedHashMap<>();
        Map<String, StageEmotion> emotions = new LinkedHashMap<>();
        for (StageEmotion stage : comparison.stages()) {
            byStage.putIfAbsent(stage.stage(), new ArrayList<>());
            emotions.putIfAbsent(stage.stage(), stage);
        }
        comparison.added().forEach(t -> lines(byStage, t).add("  + added    " + t.title()));
        comparison.removed().forEach(t -> lines(byStage, t).add("  - removed  " + t.title()));
        for (TouchpointChange t : comparison.changed()) {
            List<String> lines = lines(byStage, t);
            String kind = t.moved() ? "  > moved    " : t.renamed() ? "  ~ renamed  " : "  ~ changed  ";
            lines.add(kind + t.title());
            for (FieldChange field : t.fields()) {
                lines.add("      " + field.field() + ": " + shown(field.before()) + " → " + shown(field.after()));
            }
        }
        byStage.forEach((stage, lines) -> {
            StageEmotion emotion = emotions.get(stage);
            boolean moved = emotion != null && (emotion.delta() == null ? emotion.before() != null
                    || emotion.after() != null : emotion.delta() != 0);
            if (!lines.isEmpty() || moved) {
                out.println();
                out.println(stage + (emotion == null ? "" : "  (emotion " + signed(emotion.before()) + " → "
                        + signed(emotion.after()) + (emotion.delta() == null ? "" : ", " + signed(emotion.delta()))
                        + ")"));
                lines.forEach(out::println);
            }
        });
        printSatisfaction(comparison, out);
        if (!comparison.opportunities().isEmpty()) {
            out.println();
            out.println("Action plan: " + comparison.opportunities().size() + " opportunities changed.");
            for (OpportunityChange o : comparison.opportunities()) {
                out.println("  " + (o.kind().equals("added") ? "+" : o.kind().equals("removed") ? "-" : "~") + " "
                        + o.kind() + "  " + o.title());
                o.fields().forEach(f -> out.println("      " + f.field() + ": " + shown(f.before()) + " → "
                        + shown(f.after())));
            }
        }
    }

    private static List<String> lines(Map<String, List<String>> byStage, TouchpointChange t) {
        return byStage.computeIfAbsent(t.stage(), s -> new ArrayList<>());
    }

    private static void printSatisfaction(MapComparison comparison, PrintWriter out) {
        List<SatisfactionDelta> moved = comparison.satisfaction().stream()
                .filter(d -> d.delta() == null || Math.abs(d.delta()) > 1e-9).toList();
        out.println();
        if (moved.isEmpty()) {
            out.println("Satisfaction: no rating changed" + (comparison.satisfaction().isEmpty() ? "."
                    : " (" + comparison.satisfaction().size() + " rated cells)."));
            return;
        }
        out.println("Satisfaction, new - old on " + comparison.scale().label()
                + " (* the 95% intervals do not overlap: a change beyond noise):");
        for (SatisfactionDelta d : moved) {
            String n = d.nBefore() == null && d.nAfter() == null ? ""
                    : ", n " + (d.nBefore() == null ? "-" : d.nBefore()) + " → " + (d.nAfter() == null ? "-" : d.nAfter());
            out.println("  " + d.touchpoint() + " · " + d.segment() + ": " + rating(d.before()) + " → "
                    + rating(d.after()) + (d.delta() == null ? "" : " (" + signed(d.delta()) + ")") + n
                    + (Boolean.TRUE.equals(d.apart()) ? " *" : ""));
        }
        int same = comparison.satisfaction().size() - moved.size();
        if (same > 0) {
            out.println("  " + same + " rated cell" + (same == 1 ? "" : "s") + " unchanged.");
        }
    }

    /** A field's text on one line, or "(none)" for an empty one. */
    private static String shown(String text) {
        return text.isEmpty() ? "(none)" : text.strip().replaceAll("\\s*\\R\\s*", " / ");
    }

    private static String rating(Double value) {
        return value == null ? "(none)" : plain(value);
    }

    private static String signed(Double value) {
        if (value == null) {
            return "(none)";
        }
        return (value > 0 ? "+" : "") + String.format(Locale.ROOT, "%.2f", value);
    }

    /** The value to four decimals: 4.1 - 3.2 is 0.9, not 0.8999999999999995. */
    static double rounded(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    /** The rounded value without trailing zeros: "4", "3.25". */
    static String plain(double value) {
        return BigDecimal.valueOf(rounded(value)).stripTrailingZeros().toPlainString();
    }
}

package org.journeystudio.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.compare.FieldChange;
import org.journeystudio.compare.MapComparison;
import org.journeystudio.compare.OpportunityChange;
import org.journeystudio.compare.SatisfactionDelta;
import org.journeystudio.compare.StageEmotion;
import org.journeystudio.compare.TouchpointChange;
import org.journeystudio.i18n.Messages;

/**
 * Prints a comparison for a person: a summary, then stage by stage the emotion's change and the touchpoints
 * added (+), removed (-), moved (&gt;) and changed (~) with each field's old → new text, then the satisfaction
 * cells that moved, with n and a star where the two 95% intervals are apart.
 */
final class CompareText {
    private CompareText() {
    }

    static void print(MapComparison comparison, String before, String after, PrintWriter out) {
        out.println(Messages.text("cli.compareOld", before));
        out.println(Messages.text("cli.compareNew", after));
        out.println(comparison.scaleNote().isEmpty() ? Messages.text("cli.compareScale", comparison.scale().label())
                : comparison.scaleNote());
        out.println(Messages.text("cli.compareTouchpoints", comparison.added().size(), comparison.removed().size(),
                comparison.changed().size(), comparison.unchanged()));
        Marks marks = new Marks();
        Map<String, List<String>> byStage = new LinkedHashMap<>();
        Map<String, StageEmotion> emotions = new LinkedHashMap<>();
        for (StageEmotion stage : comparison.stages()) {
            byStage.putIfAbsent(stage.stage(), new ArrayList<>());
            emotions.putIfAbsent(stage.stage(), stage);
        }
        comparison.added().forEach(t -> lines(byStage, t).add("  + " + marks.added + t.title()));
        comparison.removed().forEach(t -> lines(byStage, t).add("  - " + marks.removed + t.title()));
        for (TouchpointChange t : comparison.changed()) {
            List<String> lines = lines(byStage, t);
            lines.add((t.moved() ? "  > " + marks.moved : t.renamed() ? "  ~ " + marks.renamed : "  ~ " + marks.changed)
                    + t.title());
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
                out.println(emotion == null ? stage : Messages.text(emotion.delta() == null ? "cli.compareEmotion"
                        : "cli.compareEmotionDelta", stage, signed(emotion.before()), signed(emotion.after()),
                        signed(emotion.delta())));
                lines.forEach(out::println);
            }
        });
        printSatisfaction(comparison, out);
        if (!comparison.opportunities().isEmpty()) {
            out.println();
            out.println(Messages.text("cli.compareActionPlan", comparison.opportunities().size()));
            for (OpportunityChange o : comparison.opportunities()) {
                out.println("  " + (o.kind().equals("added") ? "+ " + marks.added : o.kind().equals("removed")
                        ? "- " + marks.removed : "~ " + marks.changed) + o.title());
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
            out.println(comparison.satisfaction().isEmpty() ? Messages.text("cli.compareNoRatingChanged")
                    : Messages.text("cli.compareNoRatingChangedOf", comparison.satisfaction().size()));
            return;
        }
        out.println(Messages.text("cli.compareSatisfaction", comparison.scale().label()));
        for (SatisfactionDelta d : moved) {
            String n = d.nBefore() == null && d.nAfter() == null ? ""
                    : ", n " + (d.nBefore() == null ? "-" : d.nBefore()) + " → " + (d.nAfter() == null ? "-" : d.nAfter());
            out.println("  " + d.touchpoint() + " · " + d.segment() + ": " + rating(d.before()) + " → "
                    + rating(d.after()) + (d.delta() == null ? "" : " (" + signed(d.delta()) + ")") + n
                    + (Boolean.TRUE.equals(d.apart()) ? " *" : ""));
        }
        int same = comparison.satisfaction().size() - moved.size();
        if (same > 0) {
            out.println("  " + Messages.text("cli.compareCellsUnchanged", same));
        }
    }

    /** The words that mark a touchpoint's line, each padded to the longest so the titles line up. */
    private static final class Marks {
        private final List<String> words = List.of("cli.compareAdded", "cli.compareRemoved", "cli.compareMoved",
                "cli.compareRenamed", "cli.compareChanged").stream().map(key -> Messages.text(key)).toList();
        private final int width = words.stream().mapToInt(String::length).max().orElse(0) + 2;
        final String added = padded(0);
        final String removed = padded(1);
        final String moved = padded(2);
        final String renamed = padded(3);
        final String changed = padded(4);

        private String padded(int index) {
            String word = words.get(index);
            return word + " ".repeat(width - word.length());
        }
    }

    /** A field's text on one line, or "(none)" for an empty one. */
    private static String shown(String text) {
        return text.isEmpty() ? Messages.text("cli.compareNone") : text.strip().replaceAll("\\s*\\R\\s*", " / ");
    }

    private static String rating(Double value) {
        if (value == null) {
            return Messages.text("cli.compareNone");
        }
        BigDecimal shown = BigDecimal.valueOf(rounded(value)).stripTrailingZeros();
        return Messages.number(shown.doubleValue(), Math.max(0, shown.scale()));
    }

    /** A change for a reader: its sign always shown, two decimals in the language's way (+0.50, -1,25). */
    private static String signed(Double value) {
        if (value == null) {
            return Messages.text("cli.compareNone");
        }
        return (value > 0 ? "+" : "") + Messages.number(value, 2);
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

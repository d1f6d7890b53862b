package org.journeystudio.render;

import java.util.List;
import org.journeystudio.compare.FieldChange;
import org.journeystudio.compare.OpportunityChange;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.OpportunityStatus;
import org.journeystudio.style.Palette;
import org.journeystudio.style.Rgb;

/**
 * Lays out the action plan's changes, tagged as the touchpoint changes above them are: a tag (ADDED, REMOVED,
 * CHANGED), the opportunity's title, then each changed field "Owner: old → new" in the language in use.
 */
final class CompareOpportunities {
    private static final double TAG_HEIGHT = 16;
    private static final double INDENT = 28;
    private static final int LINES_PER_FIELD = 3;

    private CompareOpportunities() {
    }

    /** Lays the list out from {@code top}; returns its height. */
    static double layOut(CompareMarks marks, List<OpportunityChange> changes, double top, double width) {
        if (changes.isEmpty()) {
            marks.text(0, top + 14, Messages.text("comparison.noOpportunityChanged"), CompareType.BODY,
                    Palette.INK_MUTED, width);
            return 22;
        }
        double y = top;
        for (OpportunityChange change : changes) {
            String tag = Messages.text("comparison.opportunityTag." + change.kind());
            double w = CompareType.TAG.width(tag) + 12;
            marks.rect(new Box(14, y, w, TAG_HEIGHT), tagFill(change.kind()), null, 0);
            marks.text(20, CompareType.TAG.baselineIn(y, TAG_HEIGHT), tag, CompareType.TAG, tagInk(change.kind()), w);
            String title = change.title().isBlank() ? Messages.text("comparison.untitledOpportunity")
                    : change.title().strip().replaceAll("\\s+", " ");
            marks.text(14 + w + 10, CompareType.STRONG.baselineIn(y, TAG_HEIGHT), title, CompareType.STRONG,
                    Palette.INK, width - w - 24);
            y += TAG_HEIGHT + 4;
            for (FieldChange field : change.fields()) {
                y += marks.wrapped(INDENT, y, detail(field), CompareType.BODY, Palette.INK_SOFT, width - INDENT,
                        LINES_PER_FIELD);
            }
            y += 8;
        }
        return y - top;
    }

    /** "Status: Idea → Done", the field named as the action plan's columns are. */
    static String detail(FieldChange field) {
        String key = "comparison.opportunityField." + field.field();
        String name = Messages.has(key) ? Messages.text(key) : field.field();
        return Messages.text("comparison.fieldChange", name, shown(field.field(), field.before()),
                shown(field.field(), field.after()));
    }

    /** A field's value as shown: a status or evidence in the language in use, free text on one line. */
    private static String shown(String field, String value) {
        if (value.isBlank()) {
            return Messages.text("comparison.none");
        }
        OpportunityStatus status = field.equals("status") ? ModelWords.statusNamed(value) : null;
        if (status != null) {
            return ModelWords.status(status);
        }
        if (field.equals("evidence")) {
            for (Evidence evidence : Evidence.values()) {
                if (evidence.name().equalsIgnoreCase(value)) {
                    return ModelWords.evidence(evidence);
                }
            }
        }
        return value.strip().replaceAll("\\s+", " ");
    }

    private static Rgb tagFill(String kind) {
        return switch (kind) {
            case "added" -> Palette.OPPORTUNITY_NOTE;
            case "removed" -> Palette.PAIN_NOTE;
            default -> Palette.CHANNEL_PILL;
        };
    }

    private static Rgb tagInk(String kind) {
        return switch (kind) {
            case "added" -> Palette.OPPORTUNITY_EDGE.darker();
            case "removed" -> Palette.PAIN_EDGE_SEVERE;
            default -> Palette.INK_SOFT;
        };
    }
}

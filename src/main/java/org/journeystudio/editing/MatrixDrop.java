package org.journeystudio.editing;

import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.EditOpportunity;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PriorityRule;

/** The edit that dropping a bubble of the value–effort matrix elsewhere makes: one undo step. */
public final class MatrixDrop {
    private MatrixDrop() {
    }

    /**
     * The one edit a bubble dropped at ({@code effort}, {@code value}) makes: the effort rounded to 1–5, and both
     * values moved by the same whole step so their weighted mean follows the drop (an unset value takes the
     * dropped value). The weights add up to 1, so the step moves the value by itself whatever the rule's weight.
     */
    public static MapCommand dropAt(JourneyMap map, Opportunity o, PriorityRule rule, double value, double effort) {
        Double now = rule.value(o);
        int step = (int) Math.round(value - (now == null ? value : now));
        int dropped = clamp(value);
        Opportunity moved = o.withEffort(clamp(effort))
                .withCustomerValue(o.customerValue() == null ? dropped : clamp(o.customerValue() + step))
                .withBusinessValue(o.businessValue() == null ? dropped : clamp(o.businessValue() + step));
        // Named for the gesture, so the editor's Undo menu says what it takes back.
        return new EditOpportunity(moved, "Move '" + (o.title().isBlank() ? "untitled" : o.title())
                + "' in the value–effort matrix");
    }

    private static int clamp(double rating) {
        return (int) Math.max(Opportunity.MIN_RATING, Math.min(Opportunity.MAX_RATING, Math.round(rating)));
    }
}

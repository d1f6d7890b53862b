package org.journeystudio.editing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.EditOpportunity;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Kpi;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.OpportunityStatus;

/**
 * What a person types into a backlog cell, turned into the one command that edits the opportunity, or refused with
 * a sentence that names the field ("Effort must be 1 to 5 or empty, not 7").
 */
public final class BacklogInput {
    /** The editable fields of a row. */
    public enum Field {
        TITLE, OWNER, STATUS, DUE, EFFORT, CUSTOMER_VALUE, BUSINESS_VALUE, DESCRIPTION, KPI_NAME, KPI_BASELINE,
        KPI_TARGET
    }

    private BacklogInput() {
    }

    /** The edit, or an {@link IllegalArgumentException} whose message says what is wrong with {@code typed}. */
    public static MapCommand edit(JourneyMap map, Opportunity o, Field field, String typed) {
        return EditOpportunity.of(map, apply(o, field, typed));
    }

    /** The opportunity with {@code typed} in {@code field}, or an {@link IllegalArgumentException} naming the field. */
    public static Opportunity apply(Opportunity o, Field field, String typed) {
        String text = typed == null ? "" : typed.strip();
        Kpi kpi = o.kpi();
        return switch (field) {
            case TITLE -> o.withTitle(text);
            case OWNER -> o.withOwner(text);
            case STATUS -> o.withStatus(OpportunityStatus.parse(text));
            case DUE -> o.withDue(date(text));
            case EFFORT -> o.withEffort(rating(text, "Effort"));
            case CUSTOMER_VALUE -> o.withCustomerValue(rating(text, "Customer value"));
            case BUSINESS_VALUE -> o.withBusinessValue(rating(text, "Business value"));
            case DESCRIPTION -> o.withDescription(text);
            case KPI_NAME -> o.withKpi(new Kpi(text, kpi.baseline(), kpi.target()));
            case KPI_BASELINE -> o.withKpi(new Kpi(kpi.name(), text, kpi.target()));
            case KPI_TARGET -> o.withKpi(new Kpi(kpi.name(), kpi.baseline(), text));
        };
    }

    private static LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Due date must be a date such as 2027-03-31, or empty, not '" + text
                    + "'");
        }
    }

    private static Integer rating(String text, String field) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= Opportunity.MIN_RATING && value <= Opportunity.MAX_RATING) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, with the same words as a number out of range
        }
        throw new IllegalArgumentException(field + " must be 1 to 5 or empty, not '" + text + "'");
    }
}

package org.journeystudio.model;

import java.time.LocalDate;
import org.journeystudio.i18n.Messages;

/**
 * An improvement the team means to make, tracked from idea to done. It belongs to the map, not to one card:
 * touchpoints and pain points name the opportunities that address them ({@link Touchpoint#opportunityIds()},
 * {@link PainPoint#opportunityIds()}), so one opportunity can fix several pain points across stages.
 *
 * @param due           when it should be done, or {@code null}
 * @param effort        1 (a day's work) to 5 (a project), or {@code null} when not rated yet
 * @param customerValue 1 to 5, or {@code null}
 * @param businessValue 1 to 5, or {@code null}
 * @param evidence      why the team believes in it (a to-be idea unless observed)
 * @param sharedId      the library item this opportunity is one use of ({@link SharedItem}), or {@code null}; its
 *                      links from touchpoints and pain points stay the map's own
 */
public record Opportunity(
        String id,
        String title,
        String description,
        String owner,
        OpportunityStatus status,
        LocalDate due,
        Integer effort,
        Integer customerValue,
        Integer businessValue,
        Kpi kpi,
        Evidence evidence,
        String sharedId) {
    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    public Opportunity {
        id = Checks.id(id, "opportunity");
        title = Checks.text(title);
        description = Checks.text(description);
        owner = Checks.text(owner);
        status = status == null ? OpportunityStatus.IDEA : status;
        effort = rating(effort, "effort");
        customerValue = rating(customerValue, "customerValue");
        businessValue = rating(businessValue, "businessValue");
        kpi = kpi == null ? Kpi.NONE : kpi;
        evidence = evidence == null ? Evidence.PROPOSED : evidence;
        sharedId = SharedItem.checkedId(sharedId);
    }

    /** An opportunity of this map alone. */
    public Opportunity(String id, String title, String description, String owner, OpportunityStatus status,
                       LocalDate due, Integer effort, Integer customerValue, Integer businessValue, Kpi kpi,
                       Evidence evidence) {
        this(id, title, description, owner, status, due, effort, customerValue, businessValue, kpi, evidence, null);
    }

    /** A new idea with only a title, as a note on a card or a pain point turned into an opportunity starts. */
    public static Opportunity idea(String id, String title, Evidence evidence) {
        return new Opportunity(id, title, "", "", OpportunityStatus.IDEA, null, null, null, null, Kpi.NONE, evidence,
                null);
    }

    /**
     * The id an opportunity note of a touchpoint gets when it becomes an opportunity (a file of format 5 or
     * older, a library before schema 11, a spreadsheet's "Opportunities" cell): the {@code n}th note, from 1.
     * Fixed rather than random, so reading the same old text twice gives the same opportunities.
     */
    public static String noteId(String touchpointId, int n) {
        return "opp-" + touchpointId + "-" + n;
    }

    /** Throws naming the field (key {@code model.badRating.<field>}) when {@code value} is neither unset nor 1 to 5. */
    public static Integer rating(Integer value, String field) {
        if (value != null && (value < MIN_RATING || value > MAX_RATING)) {
            throw new IllegalArgumentException(Messages.text("model.badRating." + field, MIN_RATING, MAX_RATING, value));
        }
        return value;
    }

    public Opportunity withTitle(String value) {
        return new Opportunity(id, value, description, owner, status, due, effort, customerValue, businessValue, kpi,
                evidence, sharedId);
    }

    public Opportunity withDescription(String value) {
        return new Opportunity(id, title, value, owner, status, due, effort, customerValue, businessValue, kpi,
                evidence, sharedId);
    }

    public Opportunity withOwner(String value) {
        return new Opportunity(id, title, description, value, status, due, effort, customerValue, businessValue, kpi,
                evidence, sharedId);
    }

    public Opportunity withStatus(OpportunityStatus value) {
        return new Opportunity(id, title, description, owner, value, due, effort, customerValue, businessValue, kpi,
                evidence, sharedId);
    }

    public Opportunity withDue(LocalDate value) {
        return new Opportunity(id, title, description, owner, status, value, effort, customerValue, businessValue, kpi,
                evidence, sharedId);
    }

    public Opportunity withEffort(Integer value) {
        return new Opportunity(id, title, description, owner, status, due, value, customerValue, businessValue, kpi,
                evidence, sharedId);
    }

    public Opportunity withCustomerValue(Integer value) {
        return new Opportunity(id, title, description, owner, status, due, effort, value, businessValue, kpi,
                evidence, sharedId);
    }

    public Opportunity withBusinessValue(Integer value) {
        return new Opportunity(id, title, description, owner, status, due, effort, customerValue, value, kpi,
                evidence, sharedId);
    }

    public Opportunity withKpi(Kpi value) {
        return new Opportunity(id, title, description, owner, status, due, effort, customerValue, businessValue, value,
                evidence, sharedId);
    }

    public Opportunity withEvidence(Evidence value) {
        return new Opportunity(id, title, description, owner, status, due, effort, customerValue, businessValue, kpi,
                value, sharedId);
    }

    public Opportunity withId(String value) {
        return new Opportunity(value, title, description, owner, status, due, effort, customerValue, businessValue,
                kpi, evidence, sharedId);
    }

    public Opportunity withSharedId(String value) {
        return new Opportunity(id, title, description, owner, status, due, effort, customerValue, businessValue,
                kpi, evidence, value);
    }

    /** This opportunity with every field of {@code source} but the id (the map's own), shared id included. */
    public Opportunity withSharedContentOf(Opportunity source) {
        return source.withId(id);
    }
}

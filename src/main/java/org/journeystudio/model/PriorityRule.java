package org.journeystudio.model;

import java.util.Comparator;

/**
 * How the backlog ranks opportunities: priority = value ÷ effort, where value is the weighted mean of customer and
 * business value (50/50 unless the team weighs them otherwise). An opportunity without a value or an effort has no
 * priority and ranks last.
 *
 * @param customerWeight the share of customer value in the value, 0 to 1
 */
public record PriorityRule(double customerWeight) {
    public static final PriorityRule DEFAULT = new PriorityRule(0.5);

    public PriorityRule {
        if (!(customerWeight >= 0 && customerWeight <= 1)) {
            throw new IllegalArgumentException("The weight of customer value must be between 0 and 1, not "
                    + customerWeight);
        }
    }

    /** The weighted mean of the two values; one alone when the other is unset; null when neither is set. */
    public Double value(Opportunity o) {
        Integer customer = o.customerValue();
        Integer business = o.businessValue();
        if (customer == null || business == null) {
            return customer != null ? Double.valueOf(customer) : business != null ? Double.valueOf(business) : null;
        }
        return customerWeight * customer + (1 - customerWeight) * business;
    }

    /** Value ÷ effort, or null when either is unknown. */
    public Double priority(Opportunity o) {
        Double value = value(o);
        return value == null || o.effort() == null ? null : value / o.effort();
    }

    /** Highest priority first; those without one last, in their given order (the sort is stable). */
    public Comparator<Opportunity> highestFirst() {
        return Comparator.comparing(this::priority, Comparator.nullsLast(Comparator.reverseOrder()));
    }

    /** The rule in words, for the backlog's column tooltip and the exports' documentation. */
    public String describe() {
        long customer = Math.round(customerWeight * 100);
        return "Priority = value ÷ effort, where value = " + customer + " % customer value + " + (100 - customer)
                + " % business value (each 1–5); empty when the value or the effort is not rated.";
    }
}

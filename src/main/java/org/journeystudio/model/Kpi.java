package org.journeystudio.model;

/**
 * The measure that tells whether an opportunity worked, e.g. "CSAT at delivery" from 3.1 to 4.0. Baseline and
 * target are the team's words (a number, a percentage, "2 days"), so they stay text.
 */
public record Kpi(String name, String baseline, String target) {
    public static final Kpi NONE = new Kpi("", "", "");

    public Kpi {
        name = Checks.text(name);
        baseline = Checks.text(baseline);
        target = Checks.text(target);
    }

    public boolean isEmpty() {
        return name.isEmpty() && baseline.isEmpty() && target.isEmpty();
    }

    /** "CSAT at delivery 3.1 → 4.0"; parts that are missing are left out. */
    public String summary() {
        String change = baseline.isEmpty() && target.isEmpty() ? ""
                : baseline.isEmpty() ? "→ " + target
                : target.isEmpty() ? baseline
                : baseline + " → " + target;
        return (name + " " + change).strip();
    }
}

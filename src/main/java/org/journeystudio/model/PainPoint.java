package org.journeystudio.model;

import java.util.List;

/**
 * Something that hurts at a touchpoint; severity 1 (minor) to 3 (severe).
 *
 * @param opportunityIds the map's opportunities that address this pain point, in the order they were linked
 */
public record PainPoint(String text, int severity, Evidence evidence, List<String> opportunityIds) {
    public static final int MIN_SEVERITY = 1;
    public static final int MAX_SEVERITY = 3;

    public PainPoint {
        text = Checks.text(text);
        if (severity < MIN_SEVERITY || severity > MAX_SEVERITY) {
            throw new IllegalArgumentException("Pain point severity must be 1, 2 or 3, not " + severity);
        }
        evidence = evidence == null ? Evidence.ASSUMED : evidence;
        opportunityIds = Checks.distinctIds(opportunityIds);
    }

    public PainPoint(String text, int severity, Evidence evidence) {
        this(text, severity, evidence, List.of());
    }

    public PainPoint(String text, int severity) {
        this(text, severity, Evidence.ASSUMED, List.of());
    }

    public PainPoint withOpportunityIds(List<String> ids) {
        return new PainPoint(text, severity, evidence, ids);
    }
}

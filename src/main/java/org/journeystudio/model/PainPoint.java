package org.journeystudio.model;

import java.util.List;
import org.journeystudio.i18n.Messages;

/**
 * Something that hurts at a touchpoint; severity 1 (minor) to 3 (severe).
 *
 * @param opportunityIds the map's opportunities that address this pain point, in the order they were linked
 * @param sharedId       the library item this pain point is one use of ({@link SharedItem}), or {@code null};
 *                       its links to opportunities stay the map's own
 */
public record PainPoint(String text, int severity, Evidence evidence, List<String> opportunityIds, String sharedId) {
    public static final int MIN_SEVERITY = 1;
    public static final int MAX_SEVERITY = 3;

    public PainPoint {
        text = Checks.text(text);
        if (severity < MIN_SEVERITY || severity > MAX_SEVERITY) {
            throw new IllegalArgumentException(Messages.text("model.painSeverity", severity));
        }
        evidence = evidence == null ? Evidence.ASSUMED : evidence;
        opportunityIds = Checks.distinctIds(opportunityIds);
        sharedId = SharedItem.checkedId(sharedId);
    }

    public PainPoint(String text, int severity, Evidence evidence, List<String> opportunityIds) {
        this(text, severity, evidence, opportunityIds, null);
    }

    public PainPoint(String text, int severity, Evidence evidence) {
        this(text, severity, evidence, List.of());
    }

    public PainPoint(String text, int severity) {
        this(text, severity, Evidence.ASSUMED, List.of());
    }

    public PainPoint withOpportunityIds(List<String> ids) {
        return new PainPoint(text, severity, evidence, ids, sharedId);
    }

    public PainPoint withSharedId(String id) {
        return new PainPoint(text, severity, evidence, opportunityIds, id);
    }

    /** This pain point with the text, severity and evidence of {@code source}, and its shared id. */
    public PainPoint withSharedContentOf(PainPoint source) {
        return new PainPoint(source.text, source.severity, source.evidence, opportunityIds, source.sharedId);
    }
}

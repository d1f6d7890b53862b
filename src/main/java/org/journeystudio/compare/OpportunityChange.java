package org.journeystudio.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;

/**
 * An opportunity of the action plan added, removed or changed between two states (matched by id, as scenarios and
 * versions keep them), with its changed fields as a user reads them.
 *
 * @param kind   "added", "removed" or "changed"
 * @param fields the changed fields; empty unless changed
 */
public record OpportunityChange(String kind, String title, List<FieldChange> fields) {

    public OpportunityChange {
        fields = List.copyOf(fields);
    }

    /** The plan's changes, in the new state's order, removed ones last. */
    static List<OpportunityChange> between(JourneyMap before, JourneyMap after) {
        List<OpportunityChange> changes = new ArrayList<>();
        for (Opportunity now : after.opportunities()) {
            Opportunity old = before.opportunity(now.id()).orElse(null);
            if (old == null) {
                changes.add(new OpportunityChange("added", now.title(), List.of()));
            } else if (!old.equals(now)) {
                changes.add(new OpportunityChange("changed", now.title(), fields(old, now)));
            }
        }
        before.opportunities().stream().filter(o -> after.opportunity(o.id()).isEmpty())
                .forEach(o -> changes.add(new OpportunityChange("removed", o.title(), List.of())));
        return changes;
    }

    private static List<FieldChange> fields(Opportunity old, Opportunity now) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "title", old, now, Opportunity::title);
        field(fields, "description", old, now, Opportunity::description);
        field(fields, "owner", old, now, Opportunity::owner);
        field(fields, "status", old, now, o -> o.status().displayName());
        field(fields, "due", old, now, o -> o.due() == null ? "" : o.due().toString());
        field(fields, "effort", old, now, o -> text(o.effort()));
        field(fields, "customerValue", old, now, o -> text(o.customerValue()));
        field(fields, "businessValue", old, now, o -> text(o.businessValue()));
        field(fields, "kpi", old, now, o -> o.kpi().summary());
        field(fields, "evidence", old, now, o -> o.evidence().name().toLowerCase(java.util.Locale.ROOT));
        return fields;
    }

    private static void field(List<FieldChange> into, String name, Opportunity old, Opportunity now,
                              Function<Opportunity, String> value) {
        if (!Objects.equals(value.apply(old), value.apply(now))) {
            into.add(new FieldChange(name, value.apply(old), value.apply(now)));
        }
    }

    private static String text(Integer rating) {
        return rating == null ? "" : rating.toString();
    }
}

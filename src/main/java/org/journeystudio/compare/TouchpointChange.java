package org.journeystudio.compare;

import java.util.List;

/**
 * A touchpoint that is only in one state, or in both with some fields changed.
 *
 * @param beforeId the touchpoint's id in the old state, or empty when it was added
 * @param afterId  its id in the new state, or empty when it was removed
 * @param stage    the name of its stage (in the new state when it has one)
 * @param title    its title (the new one when it has one)
 * @param match    how the two were matched; null when the touchpoint is in one state only
 * @param fields   what changed, in the file's field order; empty for an added or removed touchpoint
 */
public record TouchpointChange(String beforeId, String afterId, String stage, String title, MatchKind match,
                               List<FieldChange> fields) {
    public TouchpointChange {
        fields = List.copyOf(fields);
    }

    /** The id to name it by: the new one, or the old one for a removed touchpoint. */
    public String id() {
        return afterId.isEmpty() ? beforeId : afterId;
    }

    public boolean moved() {
        return fields.stream().anyMatch(f -> f.field().equals("stage") || f.field().equals("lane"));
    }

    public boolean renamed() {
        return fields.stream().anyMatch(f -> f.field().equals("title"));
    }

    public List<String> fieldNames() {
        return fields.stream().map(FieldChange::field).toList();
    }
}

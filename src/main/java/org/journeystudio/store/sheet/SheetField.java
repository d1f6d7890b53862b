package org.journeystudio.store.sheet;

import java.util.List;
import java.util.Locale;
import org.journeystudio.i18n.Messages;

/**
 * What a column of a touchpoint spreadsheet fills, with the header names that say so (compared without case,
 * spaces, hyphens or underscores mattering). {@link #SATISFACTION} may fill several columns, one per segment;
 * every other field at most one.
 */
public enum SheetField {
    ID("touchpoint id", "id", "card id", "touchpoint no", "no"),
    STAGE("stage", "phase", "step", "journey stage", "journey phase", "stage name", "phase name"),
    /** The stage's path (a parallel track: "Click &amp; collect"); "Main track" or empty for none. */
    PATH("path", "track", "branch", "variant", "journey path"),
    LANE("lane", "swimlane", "swim lane", "layer", "row"),
    TITLE("touchpoint", "title", "name", "touchpoint name", "touchpoint title", "card",
            "customer action", "action", "activity"),
    DESCRIPTION("description", "details", "detail", "notes", "note", "comment", "comments"),
    CHANNEL("channel", "channels", "medium", "touchpoint channel"),
    OWNER("owner", "responsible", "team", "department", "accountable"),
    EMOTION("emotion", "emotion score", "feeling", "mood", "sentiment"),
    EMOTION_LABEL("emotion label", "feeling label", "mood label", "emotion word"),
    EXPECTATIONS("expectations", "expectation", "customer expectations", "needs", "goals"),
    PAIN_POINTS("pain points", "pain point", "painpoints", "pains", "pain", "problems",
            "issues", "frustrations"),
    OPPORTUNITIES("opportunities", "opportunity", "ideas", "improvements", "actions"),
    EVIDENCE("evidence", "source", "confidence"),
    EXPECTED_SCORE("expected score", "expected", "expectation score", "target score",
            "expected rating"),
    SATISFACTION;

    private final List<String> names;

    SheetField(String... names) {
        this.names = List.of(names);
    }

    /** The field's name in the language in use, as the column-mapping dialog shows it. */
    public String label() {
        return Messages.text("imports.sheet.field." + name().toLowerCase(Locale.ROOT));
    }

    /** Whether several columns may fill this field (one segment's satisfaction each). */
    public boolean repeats() {
        return this == SATISFACTION;
    }

    /** Whether a map cannot be made without this field: a touchpoint needs its stage and its title. */
    public boolean required() {
        return this == STAGE || this == TITLE;
    }

    /** Whether {@code header}, written any usual way, names this field. */
    boolean isNamedBy(String header) {
        return names.contains(normalised(header));
    }

    /** Lower case, with runs of spaces, hyphens, underscores, dots and slashes as one space. */
    static String normalised(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_./-]+", " ").strip();
    }
}

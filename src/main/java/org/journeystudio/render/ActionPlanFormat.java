package org.journeystudio.render;

import java.util.Arrays;
import java.util.Locale;

/** The action plan's export formats, by the word the command line and the Export menu use. */
public enum ActionPlanFormat {
    /** Every field and link, for a spreadsheet. */
    CSV("csv", "Action plan (CSV)"),
    /** The columns Jira's CSV importer maps by name. */
    JIRA("jira", "Action plan for Jira (CSV)"),
    /** The columns Azure Boards' CSV import requires and reads. */
    AZURE("azure", "Action plan for Azure Boards (CSV)"),
    /** Every field and link, in the schema docs/action-plan.md describes. */
    JSON("json", "Action plan (JSON)");

    private final String word;
    private final String label;

    ActionPlanFormat(String word, String label) {
        this.word = word;
        this.label = label;
    }

    public String word() {
        return word;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return this == JSON ? ".json" : ".csv";
    }

    /** The format a word names; throws naming the words there are. */
    public static ActionPlanFormat of(String word) {
        String wanted = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.word.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--format must be csv, jira, azure or json, not '"
                        + word + "'"));
    }
}

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
    JSON("json", "Action plan (JSON)"),
    /** The value–effort matrix as a picture, drawn like the window shows it with every opportunity. */
    MATRIX_PNG("matrix-png", "Value–effort matrix (PNG)"),
    MATRIX_SVG("matrix-svg", "Value–effort matrix (SVG)"),
    MATRIX_PDF("matrix-pdf", "Value–effort matrix (PDF)");

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
        return switch (this) {
            case JSON -> ".json";
            case MATRIX_PNG -> ".png";
            case MATRIX_SVG -> ".svg";
            case MATRIX_PDF -> ".pdf";
            default -> ".csv";
        };
    }

    /** Whether it draws the matrix rather than listing the opportunities. */
    public boolean picture() {
        return this == MATRIX_PNG || this == MATRIX_SVG || this == MATRIX_PDF;
    }

    /** The format a word names; throws naming the words there are. */
    public static ActionPlanFormat of(String word) {
        String wanted = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.word.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--format must be csv, jira, azure, json, "
                        + "matrix-png, matrix-svg or matrix-pdf, not '"
                        + word + "'"));
    }
}

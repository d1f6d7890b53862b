package org.journeystudio.ui.export;

/** The style classes the export views set from code; the rest are in their FXML, the rules in export.css. */
final class ExportStyles {
    static final String EXPORT_PROGRESS = "export-progress";

    private ExportStyles() {
    }
}

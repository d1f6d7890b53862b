package org.journeystudio.render;

/** The caller cancelled an export; the target file is left as it was before the export began. */
public class ExportCancelledException extends RuntimeException {
    public ExportCancelledException() {
        super("The export was cancelled");
    }
}

package org.journeystudio.render;

/**
 * What an export tells its caller while it runs, and how the caller stops it: a window binds a progress bar
 * and a cancel button to this, the command line passes {@link #NONE}.
 */
public interface ExportMonitor {
    /** Ignores progress and never cancels. */
    ExportMonitor NONE = new ExportMonitor() {
    };

    /** Called now and then with the share of the work done, 0 to 1. */
    default void progress(double done) {
    }

    /** Polled while exporting; once it answers true the export stops with {@link ExportCancelledException}. */
    default boolean isCancelled() {
        return false;
    }

    /** Throws when the caller has cancelled; painters call it between items. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new ExportCancelledException();
        }
    }
}

package org.journeystudio.render;

/** Counts the items an export has written, reports progress, and checks for a cancel every few items. */
final class ExportProgress {
    /** How many items are written between two reports and cancel checks. */
    private static final int CHECK_EVERY = 64;

    private final ExportMonitor monitor;
    private final int total;
    private int done;

    ExportProgress(ExportMonitor monitor, int total) {
        this.monitor = monitor;
        this.total = Math.max(1, total);
        monitor.checkCancelled();
    }

    void step() {
        done++;
        if (done % CHECK_EVERY == 0 || done == total) {
            monitor.checkCancelled();
            monitor.progress(Math.min(1, done / (double) total));
        }
    }
}

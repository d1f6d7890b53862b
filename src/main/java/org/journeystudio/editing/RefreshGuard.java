package org.journeystudio.editing;

/**
 * Tells a panel's control listeners apart from the user: while the panel fills its fields from the map, the
 * listeners those fields fire must not turn into edits (and undo steps) of their own.
 */
public final class RefreshGuard {
    private boolean refreshing;

    /** Runs {@code update} as a refresh from the map. */
    public void run(Runnable update) {
        boolean was = refreshing;
        refreshing = true;
        try {
            update.run();
        } finally {
            refreshing = was;
        }
    }

    /** Whether a refresh is running now. */
    public boolean active() {
        return refreshing;
    }
}

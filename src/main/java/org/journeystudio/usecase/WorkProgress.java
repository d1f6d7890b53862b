package org.journeystudio.usecase;

/**
 * What long work tells whoever started it, and how it learns it should stop: a window shows the report in a
 * progress bar and cancels from a button; the command line passes {@link #NONE}.
 */
public interface WorkProgress {
    /** Never cancelled; reports go nowhere. */
    WorkProgress NONE = new WorkProgress() {
        @Override
        public boolean cancelled() {
            return false;
        }

        @Override
        public void report(long done, long total, String message) {
        }
    };

    /** True once the caller no longer wants the result; the work stops before its next change. */
    boolean cancelled();

    /** {@code done} of {@code total} steps are done ({@code total} 0: not known); {@code message} says so in words. */
    void report(long done, long total, String message);
}

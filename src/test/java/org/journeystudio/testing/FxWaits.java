package org.journeystudio.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting in UI tests for what the FX thread does, with a time-out that fails the test rather than erring. */
public final class FxWaits {
    private FxWaits() {
    }

    /** Waits up to ten seconds for {@code condition}, then for the events it left queued. */
    public static void waitFor(Callable<Boolean> condition) {
        waitUpTo(10, condition);
    }

    /** As {@link #waitFor}, for work that may take longer under load (a child JVM, a server, a whole export). */
    public static void waitUpTo(int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}

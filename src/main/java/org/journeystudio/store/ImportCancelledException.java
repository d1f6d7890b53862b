package org.journeystudio.store;

import java.util.concurrent.CancellationException;

/** Thrown by a {@link ResponseSource} when the user cancelled; the import is rolled back whole. */
public final class ImportCancelledException extends CancellationException {
    private static final long serialVersionUID = 1L;

    public ImportCancelledException() {
        super("The survey import was cancelled; the library is as it was before.");
    }
}

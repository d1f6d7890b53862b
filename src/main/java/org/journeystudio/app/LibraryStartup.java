package org.journeystudio.app;

import java.nio.file.Path;
import java.util.function.Predicate;
import org.journeystudio.store.DamagedLibraryException;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.LibraryCopies;

/**
 * Opens the studio's library; when the file is damaged and a kept copy exists, offers to put the copy back
 * (the damaged file is kept beside it) instead of only saying so.
 */
final class LibraryStartup {
    private LibraryStartup() {
    }

    /** Opens {@code folder}; {@code restoreWanted} is asked only when a damaged library has a kept copy. */
    static H2Library open(Path folder, Predicate<DamagedLibraryException> restoreWanted) {
        try {
            return H2Library.open(folder);
        } catch (DamagedLibraryException e) {
            if (e.keptOn().isEmpty() || !restoreWanted.test(e)) {
                throw e;
            }
            LibraryCopies.restoreNewest(folder);
            return H2Library.open(folder);
        }
    }
}

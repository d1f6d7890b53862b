package org.journeystudio.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.journeystudio.store.DamagedLibraryException;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.LibraryCopies;
import org.journeystudio.store.PostgresLibrary;
import org.journeystudio.store.TeamLibraryAddress;

/**
 * Opens the studio's library; when the file is damaged and a kept copy exists, offers to put the copy back
 * (the damaged file is kept beside it) instead of only saying so. A team library named on the command line is
 * connected with the password from PGPASSWORD or ~/.pgpass, or else through the connect dialog.
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

    /**
     * Connects to the team library at {@code address} (slow: not on the FX thread). With a password in
     * {@code environment}'s PGPASSWORD or in ~/.pgpass it connects at once, and a refusal is thrown as a
     * {@code LibraryException} in one sentence; without one, {@code ask} is given the address to ask for it (the
     * connect dialog, filled in), and empty means the user cancelled.
     */
    static Optional<PostgresLibrary> openTeam(String address, Map<String, String> environment,
            Function<TeamLibraryAddress, Optional<PostgresLibrary>> ask) {
        TeamLibraryAddress parsed = TeamLibraryAddress.parse(address, environment);
        if (parsed.hasStoredPassword(environment)) {
            return Optional.of(PostgresLibrary.open(parsed, environment));
        }
        return ask.apply(parsed);
    }
}

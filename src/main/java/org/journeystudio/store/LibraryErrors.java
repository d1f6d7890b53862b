package org.journeystudio.store;

import java.nio.file.Path;
import java.util.List;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.journeystudio.i18n.Messages;

/** Turns H2's errors into messages a user can act on, naming the library folder. */
final class LibraryErrors {
    private LibraryErrors() {
    }

    static LibraryException openElsewhere(Path folder) {
        return inUseBy(folder, "");
    }

    /** The library is held by the process {@code pid} (empty when it is not known). */
    static LibraryException inUseBy(Path folder, String pid) {
        return new LibraryException(pid.isEmpty() ? Messages.text("storage.inUse", folder)
                : Messages.text("storage.inUseByPid", folder, pid));
    }

    static boolean isLocked(SQLException e) {
        return e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1;
    }

    /** Why the library file could not be opened: in use elsewhere, or not a readable library at all. */
    static LibraryException opening(Path folder, Path file, SQLException e) {
        if (isLocked(e)) {
            return openElsewhere(folder);
        }
        List<Path> kept = LibraryCopies.kept(folder);
        String keptOn = kept.isEmpty() ? null : LibraryCopies.dateOf(kept.get(0));
        String message = keptOn == null ? Messages.text("storage.damaged", file, firstLine(e))
                : Messages.text("storage.damagedCopyKept", file, firstLine(e), keptOn,
                        "journey-studio restore-library --library " + folder);
        return new DamagedLibraryException(message, folder, keptOn, e);
    }

    /** A failed read or write of an open library; the transaction has been rolled back. */
    static LibraryException during(String action, String library, SQLException e) {
        // SQL states, which H2 and PostgreSQL share for these; H2's closed database has a code of its own.
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String key = switch (state) {
            case "22001" -> "storage.during.tooLong";
            case "23505" -> "storage.during.sameId";
            case "08003", "08006" -> "storage.during.connectionLost";
            default -> e.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED ? "storage.during.closed"
                    : "storage.during.other";
        };
        return new LibraryException(Messages.text(key, action, library, firstLine(e)), e);
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        String line = (end < 0 ? message : message.substring(0, end)).strip();
        // PostgreSQL's messages start with their severity, which says nothing to a user.
        return line.startsWith("ERROR: ") || line.startsWith("FATAL: ") ? line.substring(7) : line;
    }
}

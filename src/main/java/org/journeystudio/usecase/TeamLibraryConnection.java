package org.journeystudio.usecase;

import java.util.ArrayList;
import java.util.List;
import org.journeystudio.store.PostgresLibrary;
import org.journeystudio.store.TeamLibraryAddress;

/**
 * The logic behind "Connect to a team library…": the fields a user fills in (host, port, database, user, TLS mode)
 * checked and turned into a {@link TeamLibraryAddress}, whether a password must be asked for, and the connection
 * itself (slow: run it off the FX thread). The password is passed in for the connection only and never kept: the
 * address, which the recent libraries remember, has none.
 */
public final class TeamLibraryConnection {
    /** The TLS modes offered, in libpq's words, safest last; {@code prefer} is the driver's default. */
    public static final List<String> TLS_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");
    /** What the driver does without a TLS mode: TLS when the server offers it, without checking its certificate. */
    public static final String DEFAULT_TLS_MODE = "prefer";

    private TeamLibraryConnection() {
    }

    /** The dialog's fields as typed. */
    public record Fields(String host, String port, String database, String user, String tlsMode) {
    }

    /** What is wrong with the fields, one sentence each; empty when they make an address. */
    public static List<String> problems(Fields fields) {
        List<String> problems = new ArrayList<>();
        if (blank(fields.host())) {
            problems.add("Give the server's host name or address.");
        } else if (fields.host().strip().matches(".*[\\s/@:?].*")) {
            problems.add("The host is a name or an address, without spaces, '/', '@', ':' or '?'.");
        }
        if (port(fields.port()) < 0) {
            problems.add("The port is a whole number from 1 to 65535 (PostgreSQL's is 5432).");
        }
        if (blank(fields.database())) {
            problems.add("Give the name of the team's database.");
        } else if (fields.database().strip().matches(".*[\\s/?].*")) {
            problems.add("The database name has no spaces, '/' or '?'.");
        }
        if (blank(fields.user())) {
            problems.add("Give the user name the server knows you by.");
        } else if (fields.user().strip().matches(".*[\\s/@:?].*")) {
            problems.add("The user name has no spaces, '/', '@', ':' or '?'.");
        }
        if (!TLS_MODES.contains(fields.tlsMode())) {
            problems.add("Choose a TLS mode: " + String.join(", ", TLS_MODES) + ".");
        }
        return problems;
    }

    /** The address the fields name; call only when {@link #problems} is empty. */
    public static TeamLibraryAddress address(Fields fields) {
        if (!problems(fields).isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems(fields)));
        }
        // prefer is the driver's default: left out, a remembered address reads as it was typed.
        return new TeamLibraryAddress(fields.host().strip(), port(fields.port()), fields.database().strip(),
                fields.user().strip(), DEFAULT_TLS_MODE.equals(fields.tlsMode()) ? null : fields.tlsMode());
    }

    /** The fields of a remembered address, to fill the dialog in again. */
    public static Fields fields(TeamLibraryAddress address) {
        return new Fields(address.host(), Integer.toString(address.port()), address.database(), address.user(),
                address.sslMode() == null ? DEFAULT_TLS_MODE : address.sslMode());
    }

    /** Whether the password must be asked for: neither PGPASSWORD nor ~/.pgpass has one for this address. */
    public static boolean needsPassword(TeamLibraryAddress address) {
        return !address.hasStoredPassword(System.getenv());
    }

    /**
     * Connects (creating the tables in an empty database), with {@code password} when one was typed; refuses with
     * one sentence a wrong password, a host not reached within the time-out, a database that is not a Journey
     * Studio library and a server too old. Blocks for up to the time-out: never call it on the FX thread.
     */
    public static PostgresLibrary connect(TeamLibraryAddress address, char[] password) {
        return PostgresLibrary.open(address, password);
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text == null ? "" : text.strip());
            return port >= 1 && port <= 65535 ? port : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

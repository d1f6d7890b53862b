package org.journeystudio.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.journeystudio.i18n.Messages;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.JdbcLibrary;
import org.journeystudio.store.LibraryLocation;
import org.journeystudio.store.PostgresLibrary;
import org.journeystudio.store.TeamLibraryAddress;

/** A sub-command's parsed arguments, with typed access that turns bad values into {@link UsageException}s. */
final class CommandCall {
    static final String LIBRARY = "library";

    private final CommandLine parsed;
    private final List<String> tokens;
    /** The root {@code --library} as given: a folder or a team library's {@code postgresql://} address. */
    private final String rootLibrary;
    private final PrintWriter out;
    private final PrintWriter err;

    CommandCall(CommandLine parsed, List<String> tokens, String rootLibrary, PrintWriter out, PrintWriter err) {
        this.parsed = parsed;
        this.tokens = List.copyOf(tokens);
        this.rootLibrary = rootLibrary;
        this.out = out;
        this.err = err;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** Prints each warning of reading an input file on the error output, one line each. */
    void warn(List<String> warnings) {
        warnings.forEach(w -> err.println(Messages.text("cli.warning", StudioCommandLine.NAME, w)));
        err.flush();
    }

    /** Prints a note (an option that does not apply, say) on the error output. */
    void note(String note) {
        err.println(Messages.text("cli.note", StudioCommandLine.NAME, note));
    }

    /** The command's arguments as given, options and all: for a command whose options belong to an argument. */
    List<String> tokens() {
        return tokens;
    }

    /** The arguments that are not options, in order. */
    List<String> arguments() {
        return parsed.getArgList();
    }

    boolean has(String option) {
        return parsed.hasOption(option);
    }

    /** The option's value, or null when it is absent (or given without its optional value). */
    String value(String option) {
        return parsed.getOptionValue(option);
    }

    /** Every value of an option given more than once, in order; empty when absent. */
    List<String> values(String option) {
        String[] values = parsed.getOptionValues(option);
        return values == null ? List.of() : Arrays.asList(values);
    }

    String required(String option, String argName) {
        String value = value(option);
        if (value == null) {
            throw new UsageException(Messages.text("cli.missingOption", option, argName));
        }
        return value;
    }

    Path path(String option) {
        String value = value(option);
        return value == null ? null : toPath(value, "--" + option);
    }

    static Path toPath(String value, String what) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(Messages.text("cli.notAPath", what, value, e.getReason()));
        }
    }

    int intValue(String option, int fallback) {
        String value = value(option);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(Messages.text("cli.notAWholeNumber", option, value));
        }
    }

    Double doubleValue(String option) {
        String value = value(option);
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(Messages.text("cli.notANumber", option, value));
        }
    }

    /**
     * The library chosen with {@code --library} (after or before the command), the environment, or the default:
     * a team library when that is a {@code postgresql://} address, else the local library in that folder.
     */
    JdbcLibrary openLibrary() {
        String chosen = chosenLibrary();
        if (TeamLibraryAddress.isTeamLibrary(chosen)) {
            return PostgresLibrary.open(TeamLibraryAddress.parse(chosen));
        }
        return H2Library.open(libraryFolder());
    }

    /** The library an option such as {@code --from LIB} names: a team library's address, else a local folder. */
    JdbcLibrary openLibrary(String option) {
        String named = required(option, "LIB");
        if (TeamLibraryAddress.isTeamLibrary(named)) {
            return PostgresLibrary.open(TeamLibraryAddress.parse(named));
        }
        return H2Library.open(toPath(named, "--" + option));
    }

    /** The folder of the local library, not opened; a team library has none. */
    Path libraryFolder() {
        String chosen = chosenLibrary();
        if (TeamLibraryAddress.isTeamLibrary(chosen)) {
            throw new UsageException(Messages.text("cli.teamLibraryHasNoFolder", chosen));
        }
        return LibraryLocation.resolve(chosen == null ? null : toPath(chosen, "--library"));
    }

    /**
     * The option, else the root option, else a team library named by JOURNEY_STUDIO_LIBRARY (a folder named there is
     * found by {@link LibraryLocation} with the default).
     */
    private String chosenLibrary() {
        String chosen = has(LIBRARY) ? value(LIBRARY) : rootLibrary;
        return chosen != null ? chosen : teamLibraryFromEnvironment();
    }

    /** JOURNEY_STUDIO_LIBRARY when it holds a team library's address, else null. */
    static String teamLibraryFromEnvironment() {
        String variable = System.getenv(LibraryLocation.ENVIRONMENT_VARIABLE);
        return TeamLibraryAddress.isTeamLibrary(variable == null ? null : variable.strip()) ? variable.strip() : null;
    }
}

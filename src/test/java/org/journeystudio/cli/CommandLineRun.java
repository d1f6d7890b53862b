package org.journeystudio.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The command line run in-process as a user would type it, keeping what it printed for the test to read. */
final class CommandLineRun {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs {@code journey-studio args…} and returns its exit code. */
    int run(String... args) {
        return StudioCommandLine.standard().execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** What {@code args} would do without a command: run one, or open the window on a library and a file. */
    StudioCommandLine.Outcome outcome(String... args) {
        return StudioCommandLine.standard().run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Everything printed to standard output so far. */
    String out() {
        return out.toString();
    }

    /** Everything printed to standard error so far. */
    String err() {
        return err.toString();
    }
}

package org.journeystudio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.journeystudio.i18n.Messages;
import org.journeystudio.store.LogLocation;
import org.journeystudio.usecase.FailureSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failure nobody foresaw (a bug, a {@link StackOverflowError}, memory running out): its stack trace goes to
 * the log file and the user gets one line that says so and where the details are.
 */
final class InternalFailures {
    private static final Logger LOG = LoggerFactory.getLogger(InternalFailures.class);

    private InternalFailures() {
    }

    /** Logs {@code failure} with its trace and returns the line for the user (without the program's name). */
    static String report(Throwable failure, String[] args) {
        Path file = LogLocation.file();
        try {
            LOG.error("Internal error in '{} {}'", StudioCommandLine.NAME, String.join(" ", args), failure);
        } catch (Throwable loggingFailed) {
            // The user still gets the line below; a log that cannot be written must not become a second crash.
        }
        return Messages.text(Files.isRegularFile(file) ? "cli.internalError" : "cli.internalErrorNotLogged",
                FailureSummary.of(failure), file);
    }
}

package org.journeystudio.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.journeystudio.model.InvalidMapException;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.json.JourneyFormatException;
import picocli.CommandLine;

/** Builds the command line with one error policy: known failures print their message and exit 1, no stack trace. */
public final class StudioCommandLine {
    private StudioCommandLine() {
    }

    public static CommandLine create(StudioCommand root) {
        CommandLine commandLine = new CommandLine(root);
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            String message = userMessage(ex);
            if (message == null) {
                throw ex;
            }
            cmd.getErr().println("journey-studio: " + message);
            cmd.getErr().flush();
            return 1;
        });
        return commandLine;
    }

    private static String userMessage(Exception ex) {
        if (ex instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        if (ex instanceof LibraryException || ex instanceof JourneyFormatException
                || ex instanceof InvalidMapException || ex instanceof IOException) {
            return ex.getMessage();
        }
        return null;
    }
}

package org.journeystudio.app;

import org.journeystudio.cli.StudioCommand;
import org.journeystudio.cli.StudioCommandLine;
import picocli.CommandLine;

/**
 * The program's entry point. It does not extend {@code Application}, so the jar starts on a plain JDK with
 * JavaFX on the class path, and {@code --help} or a headless command never touches the toolkit.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        StudioCommand root = new StudioCommand();
        CommandLine commandLine = StudioCommandLine.create(root);
        CommandLine.ParseResult parsed;
        try {
            parsed = commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            commandLine.getErr().println(e.getMessage());
            e.getCommandLine().usage(commandLine.getErr());
            System.exit(2);
            return;
        }
        if (CommandLine.printHelpIfRequested(parsed)) {
            System.exit(0);
            return;
        }
        if (parsed.hasSubcommand()) {
            System.exit(commandLine.execute(args));
            return;
        }
        StudioApp.launchWith(root.library(), root.mapFile());
    }
}

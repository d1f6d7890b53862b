package org.journeystudio.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top-level command line. With no sub-command the studio window opens (the {@code app} layer decides
 * that); sub-commands do their work headless and never open a window.
 */
@Command(name = "journey-studio",
        mixinStandardHelpOptions = true,
        versionProvider = StudioVersion.class,
        subcommands = {ListCommand.class, ImportCommand.class, ExportCommand.class, HeatmapCommand.class,
                RenderCommand.class},
        description = {
            "Journey Studio: customer-journey maps and satisfaction heatmaps per segment.",
            "Without a command, opens the studio window."},
        footer = {"", "The library folder can also be set with the environment variable JOURNEY_STUDIO_LIBRARY."})
public class StudioCommand {

    @Option(names = "--library", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Library folder to use instead of the default per-user one.")
    Path library;

    public Path library() {
        return library;
    }
}

package org.journeystudio.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    @Parameters(arity = "0..1", paramLabel = "FILE.journey.json",
            description = "A map file to add to the library and open in the studio window.")
    Path mapFile;

    public Path library() {
        return library;
    }

    /** The map file to open at start-up, or null. */
    public Path mapFile() {
        return mapFile;
    }
}

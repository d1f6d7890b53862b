package org.journeystudio.cli;

import java.nio.file.Path;
import org.apache.commons.cli.Options;
import org.journeystudio.i18n.Messages;
import org.journeystudio.store.LibraryCopies;

/** {@code journey-studio restore-library}: puts back the newest kept copy of a library that cannot be opened. */
final class RestoreLibraryCommand implements Subcommand {
    @Override
    public String name() {
        return "restore-library";
    }

    @Override
    public String synopsis() {
        return "[--library DIR]";
    }

    @Override
    public String description() {
        return Messages.text("help.restoreLibrary.description", LibraryCopies.KEPT);
    }

    @Override
    public Options options() {
        return new Options().addOption(ProjectSelector.libraryOption());
    }

    @Override
    public int run(CommandCall call) {
        Path folder = call.libraryFolder();
        Path copy = LibraryCopies.restoreNewest(folder);
        call.out().println(Messages.text("cli.restored", folder, LibraryCopies.dateOf(copy)));
        return 0;
    }
}

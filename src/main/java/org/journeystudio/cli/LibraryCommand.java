package org.journeystudio.cli;

import org.journeystudio.store.H2Library;
import org.journeystudio.store.LibraryLocation;
import picocli.CommandLine.ParentCommand;

/** Gives a sub-command the library chosen with {@code --library}, the environment, or the default folder. */
abstract class LibraryCommand {
    @ParentCommand
    StudioCommand parent;

    H2Library openLibrary() {
        return H2Library.open(LibraryLocation.resolve(parent == null ? null : parent.library()));
    }
}

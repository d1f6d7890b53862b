package org.journeystudio.ui.canvas;

import org.journeystudio.edit.MapCommand;

/** Runs one finished gesture's command as its own undo step, reporting a refused command to the user. */
@FunctionalInterface
interface CommandRunner {
    /** True when the map changed. */
    boolean run(MapCommand command);
}

package org.journeystudio.store;

import java.util.List;

/** How a save over a loaded project ended: written, or refused because rows it changed had moved on. */
public sealed interface SaveOutcome {
    /**
     * Written: {@code now} is what the library holds after the save (this studio's changes with whatever others
     * saved meanwhile to rows this studio did not change) and the base of the next save.
     */
    record Saved(LoadedProject now) implements SaveOutcome {
    }

    /** Nothing written: {@code conflicts} name what both changed; {@code theirs} is what the library holds. */
    record Conflicted(List<RowConflict> conflicts, LoadedProject theirs) implements SaveOutcome {
        public Conflicted {
            conflicts = List.copyOf(conflicts);
        }
    }
}

package org.journeystudio.ui.library;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.journeystudio.model.SharedKind;
import org.journeystudio.store.LibraryException;
import org.journeystudio.usecase.SharedLibrary;

/**
 * Removing a persona, pain point or opportunity from the open journey: an item that other journeys share asks
 * first whether to remove it only here (an undoable step) or from every journey that uses it.
 */
public final class SharedRemoval {
    /** The library item a map's element is one use of: its kind, shared id and the words the question shows. */
    public record Item(SharedKind kind, String sharedId, String text) {
    }

    private SharedRemoval() {
    }

    /**
     * Runs {@code removeHere} at once for an item that no journey but {@code projectId} uses; otherwise asks, and
     * also removes it from the other journeys when the user says so. A failure there goes to {@code problem}.
     */
    public static void remove(Window owner, Optional<SharedLibrary> library, String projectId, Item item,
                              Runnable removeHere, Consumer<String> problem) {
        remove(owner, library, projectId, item, () -> true, removeHere, problem);
    }

    /**
     * As above, but an item that only this journey uses (or that is not shared: {@code item} empty) is removed
     * only when {@code confirmHere} says so; the here-or-everywhere question stands in for it otherwise.
     */
    public static void remove(Window owner, Optional<SharedLibrary> library, String projectId, Optional<Item> item,
                              BooleanSupplier confirmHere, Runnable removeHere, Consumer<String> problem) {
        if (item.isEmpty()) {
            if (confirmHere.getAsBoolean()) {
                removeHere.run();
            }
            return;
        }
        remove(owner, library, projectId, item.get(), confirmHere, removeHere, problem);
    }

    private static void remove(Window owner, Optional<SharedLibrary> library, String projectId, Item item,
                               BooleanSupplier confirmHere, Runnable removeHere, Consumer<String> problem) {
        List<String> others = library.map(l -> l.otherJourneys(item.kind(), item.sharedId(), projectId))
                .orElse(List.of());
        if (others.isEmpty()) {
            if (confirmHere.getAsBoolean()) {
                removeHere.run();
            }
            return;
        }
        LibraryDialogs.askWhere(owner, item.text(), others).ifPresent(where -> {
            removeHere.run();
            if (where == LibraryDialogs.Where.EVERYWHERE) {
                try {
                    library.get().removeEverywhere(item.kind(), item.sharedId());
                } catch (LibraryException e) {
                    problem.accept(e.getMessage());
                }
            }
        });
    }
}

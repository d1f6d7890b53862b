package org.journeystudio.killtest;

import java.nio.file.Path;
import org.journeystudio.editing.SaveQueue;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;

/**
 * A kill test's child: an editor that streams edits through the studio's own autosaver ({@link SaveQueue} into
 * {@link H2Library#save}), going on from the last edit stored, and prints "saved N" each time the queue reports
 * edit N saved, until the parent kills it.
 */
public final class KilledEditor {
    private KilledEditor() {
    }

    public static void main(String[] args) throws InterruptedException {
        H2Library library = H2Library.open(Path.of(args[0]));
        JourneyMap map = library.load(CrashEdits.PROJECT_ID).orElseThrow();
        long first = CrashEdits.editOf(map);
        // The queue numbers maps 1, 2, 3… in the order they are submitted: map k is edit first + k.
        SaveQueue queue = new SaveQueue(library, new SaveQueue.Outcome() {
            @Override
            public void saved(long number) {
                System.out.println("saved " + (first + number));
                System.out.flush();
            }

            @Override
            public void failed(long number, String problem) {
                System.out.println("failed " + (first + number) + ": " + problem);
                System.out.flush();
            }
        });
        System.out.println("ready " + first);
        System.out.flush();
        for (long edit = first + 1; edit < first + 1_000_000; edit++) {
            map = CrashEdits.apply(map, edit);
            queue.submit(map);
            Thread.sleep(1); // a fast typist: most edits are saved one by one, some are coalesced
        }
    }
}

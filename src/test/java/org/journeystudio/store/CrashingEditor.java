package org.journeystudio.store;

import java.nio.file.Path;
import org.journeystudio.model.JourneyMap;

/**
 * The crash test's child process: saves edit after edit to a library and prints "committed N" once each save
 * has returned, until the parent kills it.
 */
public final class CrashingEditor {
    private CrashingEditor() {
    }

    public static void main(String[] args) {
        H2Library library = H2Library.open(Path.of(args[0]));
        JourneyMap map = CrashEdits.initial();
        library.create(map);
        System.out.println("committed 0");
        System.out.flush();
        for (int edit = 1; edit < 100_000; edit++) {
            map = CrashEdits.apply(map, edit);
            library.save(map);
            System.out.println("committed " + edit);
            System.out.flush();
        }
        library.close();
    }
}

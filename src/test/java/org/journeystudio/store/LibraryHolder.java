package org.journeystudio.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.journeystudio.testing.SampleMaps;

/** The lock test's child process: keeps a library open, like a running studio window, until told to quit. */
public final class LibraryHolder {
    private LibraryHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (H2Library library = H2Library.open(Path.of(args[0]))) {
            library.create(SampleMaps.rich("held-map"));
            System.out.println("ready");
            System.out.flush();
            BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = input.readLine(); line != null && !line.equals("quit"); line = input.readLine()) {
                // Waits; the parent tries to open the same library meanwhile.
            }
        }
        System.out.println("closed");
        System.out.flush();
    }
}

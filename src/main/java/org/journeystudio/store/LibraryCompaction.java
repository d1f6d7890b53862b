package org.journeystudio.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shrinks the library file when it has grown well past its live data. The library never reuses free space while
 * open (`REUSE_SPACE=FALSE`, decision 0002: reuse lost saved edits when a studio was killed), so every save adds
 * to the file. On open, before the first write and under the library's lock, H2's own tool writes a compacted copy
 * beside the file and moves it over the file in one step: a studio killed while compacting leaves the library as
 * it was, and {@code MVStoreTool.compactCleanUp} finishes or removes the copy on the next open. Runs only when the file is at least {@link #FIRST_AT_BYTES} and
 * twice its size after the last compaction (kept in {@link #SIZE_FILE}), so most starts cost nothing.
 */
final class LibraryCompaction {
    static final long FIRST_AT_BYTES = 16L << 20;
    static final String SIZE_FILE = "library.compacted-size";
    private static final Logger LOG = LoggerFactory.getLogger(LibraryCompaction.class);

    private LibraryCompaction() {
    }

    /** Compacts {@code file} (the library in {@code folder}, not open) when it is worth it; never fails the open. */
    static void ifWorthIt(Path folder, Path file) {
        try {
            MVStoreTool.compactCleanUp(file.toString()); // after a studio killed while compacting
            long size = Files.size(file);
            if (size < Math.max(FIRST_AT_BYTES, 2 * lastCompactedSize(folder))) {
                return;
            }
            long start = System.nanoTime();
            MVStoreTool.compact(file.toString(), false);
            long compacted = Files.size(file);
            Files.writeString(folder.resolve(SIZE_FILE), Long.toString(compacted), StandardCharsets.UTF_8);
            LOG.info("Library compacted from {} to {} bytes in {} ms", size, compacted,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            // A library that cannot be compacted still opens: only its size is at stake.
            LOG.warn("Library not compacted: {}", e.toString());
        }
    }

    private static long lastCompactedSize(Path folder) {
        try {
            return Long.parseLong(Files.readString(folder.resolve(SIZE_FILE), StandardCharsets.UTF_8).trim());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}

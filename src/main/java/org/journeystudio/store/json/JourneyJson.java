package org.journeystudio.store.json;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.journeystudio.model.JourneyMap;

/**
 * Reads and writes one project as a {@code .journey.json} file (the interchange format, with a formatVersion).
 *
 * <p>Reading either returns a valid map or throws {@link JourneyFormatException} naming the problem and its line
 * and column; it never returns half a map and never lets a Jackson exception through.
 */
public final class JourneyJson {
    /** The version {@link #toJson} writes. */
    public static final int FORMAT_VERSION = JsonFormat.CURRENT_VERSION;
    /** Files larger than this are refused before parsing. */
    public static final int MAX_FILE_SIZE = JsonFormat.MAX_SIZE;

    private JourneyJson() {
    }

    public static JourneyMap read(Path file) throws IOException, JourneyFormatException {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return JourneyJsonReader.read(SourceText.read(file, source), source);
    }

    public static JourneyMap read(Reader reader, String sourceName) throws IOException, JourneyFormatException {
        return JourneyJsonReader.read(SourceText.read(reader, sourceName), sourceName);
    }

    /** Writes to a temporary file beside the target and moves it into place, so a crash never leaves half a file. */
    public static void write(JourneyMap map, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, toJson(map), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The file's text: pretty printed, fields in a fixed order, ending with a newline. */
    public static String toJson(JourneyMap map) {
        return JourneyJsonWriter.toJson(map);
    }
}

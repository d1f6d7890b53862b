package org.journeystudio.store.mermaid;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.BoundedFile;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.LimitExceededException;
import org.journeystudio.model.Limits;
import org.journeystudio.store.AtomicFile;
import org.journeystudio.store.json.JourneyFormatException;

/**
 * A map as a Mermaid {@code journey} diagram ({@code .mmd}), which GitHub, GitLab and Notion render, and back.
 * What the diagram cannot show travels in {@code %%} comment lines, so a map written here reads back unchanged;
 * a journey written by hand reads as a simple map. See {@code docs/mermaid-format.md}.
 *
 * <p>Problems are {@link JourneyFormatException}s, like a {@code .journey.json} file's: the same file:line:column
 * message reaches the user, and callers of either import handle one exception.
 */
public final class MermaidJourney {
    /** The file extension, without the dot. */
    public static final String EXTENSION = "mmd";

    /** A map read from a journey, and what the user should know about how it was read (file:line: message). */
    public record Import(JourneyMap map, List<String> warnings) {
        public Import {
            warnings = List.copyOf(warnings);
        }
    }

    private MermaidJourney() {
    }

    /** Whether {@code file} is named like a Mermaid diagram. */
    public static boolean isMermaid(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + EXTENSION);
    }

    /** The diagram's text: the same for the same map, {@code \n} line ends. */
    public static String toText(JourneyMap map) {
        return MermaidJourneyWriter.toText(map);
    }

    public static void write(JourneyMap map, OutputStream out) throws IOException {
        out.write(toText(map).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes through a temporary file beside the target, so a failure never leaves half a file. */
    public static void write(JourneyMap map, Path file) throws IOException {
        AtomicFile.write(file, out -> write(map, out));
    }

    public static Import read(Path file) throws IOException, JourneyFormatException {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = BoundedFile.readAll(file, Limits.MERMAID);
        } catch (LimitExceededException e) {
            throw new JourneyFormatException(source, 0, 0, e.problem());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new JourneyFormatException(source, 0, 0, Messages.text("imports.mermaid.notUtf8"));
        }
        String title = source.toLowerCase(java.util.Locale.ROOT).endsWith("." + EXTENSION)
                ? source.substring(0, source.length() - EXTENSION.length() - 1) : source;
        return read(text, source, title, Instant.now());
    }

    /**
     * Reads a journey's text.
     *
     * @param fallbackTitle the map's title when a journey without comments has none
     * @param now           when a map read from a journey without comments was made
     */
    public static Import read(String text, String source, String fallbackTitle, Instant now)
            throws JourneyFormatException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> warnings = new ArrayList<>();
        MermaidJourneyParser.Parsed parsed = MermaidJourneyParser.parse(body, source, warnings);
        JourneyMap map = StudioJourney.applies(parsed) ? StudioJourney.of(parsed, source, warnings)
                : PlainJourney.of(parsed, fallbackTitle, now);
        List<org.journeystudio.model.ValidationProblem> problems = org.journeystudio.model.MapValidator.validate(map);
        if (!problems.isEmpty()) {
            throw new JourneyFormatException(source, 0, 0, problems.get(0).message());
        }
        return new Import(map, warnings);
    }
}

package org.journeystudio.store.json;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.AtomicFile;

/**
 * Reads and writes one project as a {@code .journey.json} file (the interchange format, with a formatVersion).
 *
 * <p>Reading either returns a valid map or throws {@link JourneyFormatException} naming the problem and its line
 * and column; it never returns half a map and never lets a Jackson exception through.
 */
public final class JourneyJson {
    /** The version {@link #toJson} writes. */
    public static final int FORMAT_VERSION = JsonFormat.CURRENT_VERSION;

    private JourneyJson() {
    }

    public static JourneyMap read(Path file) throws IOException, JourneyFormatException {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return JourneyJsonReader.read(SourceText.read(file, source), source);
    }

    public static JourneyMap read(Reader reader, String sourceName) throws IOException, JourneyFormatException {
        return JourneyJsonReader.read(SourceText.read(reader, sourceName), sourceName);
    }

    /**
     * Reads what {@link #toJsonNamingImages} wrote: images the text does not hold are looked up in {@code images}
     * (the library's image table).
     */
    public static JourneyMap read(Reader reader, String sourceName, ImageSource images)
            throws IOException, JourneyFormatException {
        return JourneyJsonReader.readFile(SourceText.read(reader, sourceName), sourceName, images).map();
    }

    /**
     * The map's text with its touchpoints naming their images by hash and no {@code "images"} section: for the
     * library's versions, which would otherwise hold every picture again in each version.
     */
    public static String toJsonNamingImages(JourneyMap map) {
        return JourneyJsonWriter.toJson(JourneyFile.of(map), false);
    }

    /** The file's map and the versions exported with it. */
    public static JourneyFile readFile(Path file) throws IOException, JourneyFormatException {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return JourneyJsonReader.readFile(SourceText.read(file, source), source, ImageSource.NONE);
    }

    /** Writes the map with the versions in {@code content}, like {@link #write(JourneyMap, Path)}. */
    public static void write(JourneyFile content, Path file) throws IOException {
        AtomicFile.write(file, out -> out.write(toJson(content).getBytes(StandardCharsets.UTF_8)));
    }

    /** The text of a file with the map and its versions. */
    public static String toJson(JourneyFile content) {
        return JourneyJsonWriter.toJson(content);
    }

    /** Writes to a temporary file beside the target and moves it into place, so a crash never leaves half a file. */
    public static void write(JourneyMap map, Path file) throws IOException {
        AtomicFile.write(file, out -> out.write(toJson(map).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A list of touchpoints in the file's touchpoint layout: how the library keeps a scenario that is not shown.
     * An image is written as its hash only; the caller keeps the image itself.
     */
    public static String touchpointsToJson(java.util.List<org.journeystudio.model.Touchpoint> touchpoints) {
        return JourneyJsonWriter.touchpointsToJson(touchpoints);
    }

    /**
     * Reads back what {@link #touchpointsToJson} wrote, whose touchpoints name their images by hash only;
     * {@code images} finds them. {@code sourceName} names the text in a problem's message.
     */
    public static java.util.List<org.journeystudio.model.Touchpoint> touchpointsFromJson(String json, String sourceName,
            ImageSource images) throws JourneyFormatException {
        return JourneyJsonReader.touchpoints(json, sourceName, images, notes -> { });
    }

    /**
     * Like {@link #touchpointsFromJson(String, String, ImageSource)}; a touchpoint kept before format 6 may hold
     * opportunity notes, and the opportunities they become (with {@link org.journeystudio.model.Opportunity#noteId}
     * ids, which its touchpoint now names) go to {@code notes}.
     */
    public static java.util.List<org.journeystudio.model.Touchpoint> touchpointsFromJson(String json, String sourceName,
            ImageSource images, java.util.function.Consumer<org.journeystudio.model.Opportunity> notes)
            throws JourneyFormatException {
        return JourneyJsonReader.touchpoints(json, sourceName, images, notes);
    }

    /** The file's text: pretty printed, fields in a fixed order, ending with a newline. */
    public static String toJson(JourneyMap map) {
        return JourneyJsonWriter.toJson(JourneyFile.of(map));
    }
    /** Stages, segments or personas as a one-line JSON array in the file's layout, for formats that embed them. */
    public static String stagesToJson(java.util.List<org.journeystudio.model.Stage> stages) {
        return JourneyJsonWriter.stagesToJson(stages);
    }

    public static java.util.List<org.journeystudio.model.Stage> stagesFromJson(String json, String sourceName)
            throws JourneyFormatException {
        return JourneyJsonReader.stages(json, sourceName);
    }

    public static String segmentsToJson(java.util.List<org.journeystudio.model.Segment> segments) {
        return JourneyJsonWriter.segmentsToJson(segments);
    }

    public static java.util.List<org.journeystudio.model.Segment> segmentsFromJson(String json, String sourceName)
            throws JourneyFormatException {
        return JourneyJsonReader.segments(json, sourceName);
    }

    public static String personasToJson(java.util.List<org.journeystudio.model.Persona> personas) {
        return JourneyJsonWriter.personasToJson(personas);
    }

    public static java.util.List<org.journeystudio.model.Persona> personasFromJson(String json, String sourceName)
            throws JourneyFormatException {
        return JourneyJsonReader.personas(json, sourceName);
    }
}

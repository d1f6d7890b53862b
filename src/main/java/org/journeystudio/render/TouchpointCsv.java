package org.journeystudio.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.PathGroup;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * The map as a spreadsheet: one row per touchpoint in journey order, one column per segment's satisfaction.
 * UTF-8 with a byte-order mark and RFC 4180 quoting, so spreadsheet programs open accents and line breaks right;
 * lists (expectations, pain points, opportunities) are one line per entry inside their cell.
 */
public final class TouchpointCsv {
    /** The fixed columns, before one "Satisfaction: …" column per segment. */
    public static final List<String> FIXED_COLUMNS = List.of("Touchpoint ID", "Stage", "Lane", "Touchpoint",
            "Description", "Channel", "Owner", "Emotion", "Emotion label", "Expectations", "Pain points",
            "Opportunities", "Evidence", "Expected score");
    public static final String SATISFACTION_PREFIX = "Satisfaction: ";
    /** After "Stage" in a map whose stages have paths: the card's path, "Main track" for none. */
    public static final String PATH_COLUMN = "Path";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private TouchpointCsv() {
    }

    /**
     * The column names; a segment whose name another segment shares is told apart by its id. A map with paths
     * has a "Path" column after "Stage", so a spreadsheet can group the touchpoints by path.
     */
    public static List<String> header(JourneyMap map) {
        List<String> header = new ArrayList<>(FIXED_COLUMNS);
        if (hasPaths(map)) {
            header.add(2, PATH_COLUMN);
        }
        for (Segment segment : map.segments()) {
            long sameName = map.segments().stream().filter(s -> s.name().equals(segment.name())).count();
            header.add(SATISFACTION_PREFIX + segment.name() + (sameName > 1 ? " (" + segment.id() + ")" : ""));
        }
        return header;
    }

    public static void write(JourneyMap map, OutputStream out, ExportMonitor monitor) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(header(map).toArray(String[]::new)).build());
        List<Touchpoint> touchpoints = map.touchpointsInJourneyOrder();
        ExportProgress progress = new ExportProgress(monitor, touchpoints.size());
        for (Touchpoint t : touchpoints) {
            printer.printRecord(values(map, t).stream().map(TouchpointCsv::cell).toList());
            progress.step();
        }
        printer.flush();
    }

    /**
     * A touchpoint's row as the spreadsheet holds it, column by column as in {@link #header}: text as it is, a
     * number as a {@code Double}, an empty cell as "". The CSV and the {@code .xlsx} export write the same values.
     */
    public static List<Object> values(JourneyMap map, Touchpoint t) {
        List<Object> row = new ArrayList<>();
        row.add(t.id());
        row.add(map.stage(t.stageId()).map(Stage::name).orElse(t.stageId()));
        if (hasPaths(map)) {
            row.add(PathGroup.nameOf(map, t));
        }
        row.add(map.lane(t.laneId()).map(Lane::title).orElse(t.laneId()));
        row.add(t.title());
        row.add(t.description());
        row.add(t.channel().label());
        row.add(t.owner());
        row.add((double) t.emotion().score());
        row.add(t.emotion().displayLabel());
        row.add(String.join("\n", t.expectations()));
        row.add(t.painPoints().stream().map(TouchpointCsv::pain).collect(Collectors.joining("\n")));
        row.add(map.opportunitiesAt(t).stream().map(Opportunity::title).collect(Collectors.joining("\n")));
        row.add(t.evidence().name().toLowerCase(Locale.ROOT));
        row.add(t.expectedScore() == null ? "" : t.expectedScore());
        for (Segment segment : map.segments()) {
            Double rating = t.satisfaction().get(segment.id());
            row.add(rating == null ? "" : rating);
        }
        return row;
    }

    private static boolean hasPaths(JourneyMap map) {
        return map.stages().stream().anyMatch(s -> !s.paths().isEmpty());
    }

    private static String cell(Object value) {
        return value instanceof Double number ? number(number) : text((String) value);
    }

    private static String pain(PainPoint p) {
        return p.text() + " (severity " + p.severity() + ")";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /**
     * Free text that a spreadsheet would take for a formula (starting with =, +, -, @) gets a leading apostrophe,
     * the usual guard against formula injection; spreadsheets show the text without it. Text that starts with an
     * apostrophe gets one too, so that reading the sheet back ({@code store.sheet}) removes exactly one.
     */
    public static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r'".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}

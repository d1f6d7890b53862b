package org.journeystudio.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.render.ExportFormat;
import org.journeystudio.render.ExportOptions;
import org.journeystudio.render.MapExporter;
import org.journeystudio.render.PageFit;
import org.journeystudio.render.PageSize;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.json.JourneyJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code journey-studio render (MAP.journey.json | --project NAME) --out FILE}: the map, or its heatmap, as PNG,
 * SVG, PDF or CSV, chosen by the extension of {@code --out}. Headless: it never opens a window.
 */
@Command(name = "render",
        description = {"Writes a map, or its satisfaction heatmap, as PNG, SVG, PDF or CSV (by the extension of --out).",
            "Runs headless: no display is needed."},
        footer = {"", "Examples:",
            "  journey-studio render shop.journey.json --out shop.pdf --page A3",
            "  journey-studio render shop.journey.json --out shop.png --scale 2",
            "  journey-studio render --project \"Online retailer\" --out heat.svg --heatmap"})
public class RenderCommand extends LibraryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "MAP.journey.json", description = "The map file to render.")
    Path mapFile;

    @Option(names = "--project", paramLabel = "NAME", description = "Render a project of the library instead "
            + "(title or id; the library is chosen with --library).")
    String project;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The file to write: .png, .svg, .pdf or .csv.")
    Path out;

    @Option(names = "--scale", paramLabel = "N", description = "PNG pixels per map unit: 1, 2, 4… (up to 8; "
            + "default 1).")
    Double scale;

    @Option(names = "--transparent", description = "PNG: leave the background transparent instead of white.")
    boolean transparent;

    @Option(names = "--page", paramLabel = "A4|A3|Letter|Tabloid", description = "PDF paper size, landscape "
            + "(default A4).")
    String page;

    @Option(names = "--poster", description = "PDF: tile the map at print size across pages, with crop marks, "
            + "instead of fitting it onto one page.")
    boolean poster;

    @Option(names = "--heatmap", arity = "0..1", fallbackValue = "", paramLabel = "SEGMENT",
            description = "Render the satisfaction heatmap instead of the map: of one segment (name or id), or of "
                    + "every segment when none is given.")
    String heatmap;

    @Override
    public Integer call() throws Exception {
        // Exports paint with AWT; headless keeps it from looking for a display (or a dock icon on macOS).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        JourneyMap map = loadMap();
        ExportOptions options = options();
        if (heatmap != null) {
            options = options.withHeatmap(segmentIds(map));
        }
        try {
            MapExporter.export(map, options, out, null);
        } catch (IllegalArgumentException e) {
            // What the options ask is more than this map allows (a PNG too large at this scale).
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Rendered '" + map.title() + "'" + (heatmap != null ? " (heatmap)" : "") + " to " + out);
        stdout.flush();
        return 0;
    }

    private ExportOptions options() {
        ExportFormat format;
        try {
            format = ExportFormat.ofFile(out);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--out: " + e.getMessage());
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "--out: the folder " + folder + " does not exist");
        }
        ExportOptions options = ExportOptions.of(format).withTransparent(transparent)
                .withFit(poster ? PageFit.POSTER : PageFit.FIT_TO_PAGE);
        if (scale != null) {
            if (!(scale > 0 && scale <= ExportOptions.MAX_SCALE)) {
                throw new ParameterException(spec.commandLine(), "--scale must be above 0 and at most "
                        + (int) ExportOptions.MAX_SCALE + ", not " + scale);
            }
            options = options.withScale(scale);
        }
        if (page != null) {
            try {
                options = options.withPage(PageSize.fromLabel(page));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--page: " + e.getMessage());
            }
        }
        warnAboutUnusedOptions(format);
        return options;
    }

    private void warnAboutUnusedOptions(ExportFormat format) {
        String name = format.name();
        PrintWriter err = spec.commandLine().getErr();
        if (format != ExportFormat.PNG && (scale != null || transparent)) {
            err.println("journey-studio: note: --scale and --transparent apply to PNG only, not " + name);
        }
        if (format != ExportFormat.PDF && (page != null || poster)) {
            err.println("journey-studio: note: --page and --poster apply to PDF only, not " + name);
        }
        if (format == ExportFormat.CSV && heatmap != null) {
            err.println("journey-studio: note: a CSV always holds every segment's scores; --heatmap is ignored");
        }
        err.flush();
    }

    private JourneyMap loadMap() throws Exception {
        if (mapFile == null && heatmap != null && heatmap.endsWith(".json")) {
            // "render --heatmap shop.journey.json …": the optional segment swallowed the map file; give it back.
            mapFile = Path.of(heatmap);
            heatmap = "";
        }
        if ((mapFile == null) == (project == null)) {
            throw new ParameterException(spec.commandLine(),
                    "Give either a MAP.journey.json file or --project NAME, " + (mapFile == null ? "not neither" : "not both"));
        }
        if (mapFile != null) {
            return JourneyJson.read(mapFile);
        }
        try (H2Library library = openLibrary()) {
            String id = ProjectSelector.find(library, project, spec).id();
            return library.load(id).orElseThrow();
        }
    }

    /** The segment --heatmap names, matched by id, then by name ignoring case; none named means every segment. */
    private List<String> segmentIds(JourneyMap map) {
        String wanted = heatmap.strip();
        if (wanted.isEmpty()) {
            if (map.segments().isEmpty()) {
                throw new ParameterException(spec.commandLine(), "The map '" + map.title()
                        + "' has no segments, so it has no heatmap");
            }
            return List.of();
        }
        List<Segment> matches = map.segment(wanted).map(List::of).orElseGet(() -> map.segments().stream()
                .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))).toList());
        if (matches.size() != 1) {
            throw new ParameterException(spec.commandLine(), (matches.isEmpty() ? "No segment called '"
                    : "Several segments are called '") + wanted + "' in '" + map.title() + "'; its segments are: "
                    + String.join(", ", map.segments().stream().map(s -> s.name() + " (" + s.id() + ")").toList()));
        }
        return List.of(matches.get(0).id());
    }
}

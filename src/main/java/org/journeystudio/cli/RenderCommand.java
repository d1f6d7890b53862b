package org.journeystudio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.journeystudio.i18n.Messages;
import org.journeystudio.compare.RatingSpreads;
import org.journeystudio.layout.MapView;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.render.ExportFormat;
import org.journeystudio.render.ExportOptions;
import org.journeystudio.render.MapExporter;
import org.journeystudio.render.PageFit;
import org.journeystudio.render.PageSize;
import org.journeystudio.store.JdbcLibrary;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.usecase.JourneyFiles;
import org.journeystudio.usecase.LibraryRatingSpreads;
import org.journeystudio.usecase.MapFileReader;
import org.journeystudio.usecase.OpenProject;

/**
 * {@code journey-studio render (MAP.journey.json | MAP.mmd | --project NAME) --out FILE}: the map, or its heatmap,
 * as PNG, SVG, PDF, CSV or Excel, or the map as a PowerPoint deck or Markdown report, chosen by the extension of
 * {@code --out}.
 * A project's Markdown report gives the number of survey answers behind each rating. Headless: no window.
 */
final class RenderCommand implements Subcommand {
    @Override
    public String name() {
        return "render";
    }

    @Override
    public String synopsis() {
        return "(MAP.journey.json | MAP.mmd | --project NAME [--library DIR]) --out FILE [OPTIONS]";
    }

    @Override
    public String description() {
        return Messages.text("help.render.description");
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Subcommand.valued("project", "NAME", Messages.text("help.render.option.project")))
                .addOption(ProjectSelector.libraryOption())
                .addOption(ScenarioOption.option(Messages.text("help.render.option.scenario")))
                .addOption(Subcommand.valued("out", "FILE", Messages.text("help.render.option.out")))
                .addOption(Subcommand.valued("scale", "N", Messages.text("help.render.option.scale",
                        (int) ExportOptions.MAX_SCALE)))
                .addOption(Subcommand.flag("transparent", Messages.text("help.render.option.transparent")))
                .addOption(Subcommand.valued("page", "A4|A3|Letter|Tabloid", Messages.text("help.render.option.page")))
                .addOption(Subcommand.valued("view", "journey|blueprint", Messages.text("help.render.option.view")))
                .addOption(Subcommand.flag("poster", Messages.text("help.render.option.poster")))
                .addOption(Option.builder().longOpt("heatmap").hasArg().optionalArg(true).argName("SEGMENT")
                        .desc(Messages.text("help.render.option.heatmap")).build());
    }

    @Override
    public String footer() {
        return Messages.text("help.render.footer") + "\n\n" + Subcommand.examples(
                "journey-studio render shop.journey.json --out shop.pdf --page A3",
                "journey-studio render shop.journey.json --out shop.png --scale 2",
                "journey-studio render shop.journey.json --out shop.pptx",
                "journey-studio render --project \"Online retailer\" --out report.md   "
                        + Messages.text("help.render.picturesIn", "report-files/"),
                "journey-studio render --project \"Online retailer\" --out heat.svg --heatmap",
                "journey-studio render shop.journey.json --scenario To-be --out to-be.pdf",
                "journey-studio render hotel.journey.json --view blueprint --out hotel.pdf",
                "journey-studio render shop.journey.json --out shop.mmd",
                "journey-studio render shop.mmd --out shop.pdf");
    }

    /** The arguments of one run, read once. */
    private record Request(Path mapFile, String project, Path out, Double scale, boolean transparent, String page,
                           boolean poster, String heatmap, MapView view) {
    }

    @Override
    public int run(CommandCall call) throws Exception {
        // Exports paint with AWT; headless keeps it from looking for a display (or a dock icon on macOS).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Request request = request(call);
        ExportOptions options = options(request, call);
        Shown shown = load(request, call, options.format() == ExportFormat.MD);
        JourneyMap map = shown.map();
        if (request.heatmap() != null) {
            options = options.withHeatmap(segmentIds(map, request.heatmap()));
        }
        try {
            MapExporter.export(map, options, shown.spreads(), request.out(), null);
        } catch (IllegalArgumentException e) {
            // What the options ask is more than this map allows (a PNG too large at this scale).
            throw new UsageException(e.getMessage());
        }
        boolean whole = options.format() == ExportFormat.PPTX || options.format() == ExportFormat.MD;
        if (options.format() == ExportFormat.MD) {
            call.out().println(Messages.text("cli.renderedReport", map.title(), request.out(),
                    MapExporter.filesFolder(request.out()).getFileName()));
        } else {
            call.out().println(Messages.text(request.heatmap() != null && !whole ? "cli.renderedHeatmap"
                    : "cli.rendered", map.title(), request.out()));
        }
        return 0;
    }

    private static Request request(CommandCall call) {
        List<String> files = call.arguments();
        if (files.size() > 1) {
            throw new UsageException(Messages.text("cli.oneMapFile", files.size(), files));
        }
        Path mapFile = files.isEmpty() ? null : CommandCall.toPath(files.get(0), "MAP.journey.json");
        String heatmap = call.has("heatmap") ? Objects.requireNonNullElse(call.value("heatmap"), "") : null;
        if (mapFile == null && heatmap != null && (heatmap.endsWith(".json") || heatmap.endsWith(".mmd"))) {
            // "render --heatmap shop.journey.json …": the optional segment swallowed the map file; give it back.
            mapFile = CommandCall.toPath(heatmap, "MAP.journey.json");
            heatmap = "";
        }
        String project = call.value("project");
        ProjectSelector.checkOneSource(mapFile == null ? List.of() : List.of(mapFile.toString()), project);
        Path out = CommandCall.toPath(call.required("out", "FILE"), "--out");
        return new Request(mapFile, project, out, call.doubleValue("scale"), call.has("transparent"),
                call.value("page"), call.has("poster"), heatmap, view(call.value("view")));
    }

    private static MapView view(String value) {
        if (value == null) {
            return MapView.JOURNEY;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "journey" -> MapView.JOURNEY;
            case "blueprint" -> MapView.BLUEPRINT;
            default -> throw new UsageException(Messages.text("cli.viewExpected", value));
        };
    }

    private static ExportOptions options(Request request, CommandCall call) {
        ExportFormat format;
        try {
            format = ExportFormat.ofFile(request.out());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--out: " + e.getMessage());
        }
        Path folder = request.out().toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UsageException(Messages.text("cli.outFolderMissing", folder));
        }
        ExportOptions options = ExportOptions.of(format).withTransparent(request.transparent())
                .withFit(request.poster() ? PageFit.POSTER : PageFit.FIT_TO_PAGE).withView(request.view());
        Double scale = request.scale();
        if (scale != null) {
            if (!(scale > 0 && scale <= ExportOptions.MAX_SCALE)) {
                throw new UsageException(Messages.text("cli.scaleOutOfRange", (int) ExportOptions.MAX_SCALE,
                        scale));
            }
            options = options.withScale(scale);
        }
        if (request.page() != null) {
            try {
                options = options.withPage(PageSize.fromLabel(request.page()));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--page: " + e.getMessage());
            }
        }
        warnAboutUnusedOptions(request, format, call);
        return options;
    }

    private static void warnAboutUnusedOptions(Request request, ExportFormat format, CommandCall call) {
        String name = format.name();
        if (format != ExportFormat.PNG && (request.scale() != null || request.transparent())) {
            call.note(Messages.text("cli.notePngOnly", name));
        }
        if (format != ExportFormat.PDF && (request.page() != null || request.poster())) {
            call.note(Messages.text("cli.notePdfOnly", name));
        }
        boolean picture = format == ExportFormat.PNG || format == ExportFormat.SVG || format == ExportFormat.PDF
                || format == ExportFormat.PPTX || format == ExportFormat.MD;
        if (request.view() == MapView.BLUEPRINT && (!picture || request.heatmap() != null)) {
            call.note(request.heatmap() != null ? Messages.text("cli.noteBlueprintNotHeatmap")
                    : Messages.text("cli.noteBlueprintPicturesOnly", name));
        }
        if (format == ExportFormat.MERMAID && request.heatmap() != null) {
            call.note(Messages.text("cli.noteMermaidIgnoresHeatmap"));
        }
        if ((format == ExportFormat.CSV || format == ExportFormat.XLSX) && request.heatmap() != null) {
            call.note(Messages.text("cli.noteTableHasEverySegment", name));
        }
        if ((format == ExportFormat.PPTX || format == ExportFormat.MD) && request.heatmap() != null) {
            call.note(Messages.text("cli.noteExportHasHeatmap", name));
        }
        call.err().flush();
    }

    /** The map in the scenario asked for, and the n behind its ratings where the library has them. */
    private record Shown(JourneyMap map, RatingSpreads spreads) {
    }

    private static Shown load(Request request, CommandCall call, boolean withSpreads) throws Exception {
        String scenario = call.value(ScenarioOption.NAME);
        if (request.mapFile() != null) {
            MapFileReader.Read read = MapFileReader.read(JourneyFiles.json(), request.mapFile());
            call.warn(read.warnings());
            return new Shown(ScenarioOption.showing(read.content().map(), scenario), RatingSpreads.NONE);
        }
        try (JdbcLibrary library = call.openLibrary()) {
            ProjectSummary found = ProjectSelector.find(library, request.project());
            JourneyMap map = ScenarioOption.showing(new OpenProject(library).load(found.id(), found.title()), scenario);
            return new Shown(map, withSpreads ? LibraryRatingSpreads.of(library, map) : RatingSpreads.NONE);
        }
    }

    /** The segment --heatmap names, matched by id, then by name ignoring case; none named means every segment. */
    private static List<String> segmentIds(JourneyMap map, String heatmap) {
        String wanted = heatmap.strip();
        if (wanted.isEmpty()) {
            if (map.segments().isEmpty()) {
                throw new UsageException(Messages.text("cli.noSegments", map.title()));
            }
            return List.of();
        }
        List<Segment> matches = map.segment(wanted).map(List::of).orElseGet(() -> map.segments().stream()
                .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))).toList());
        if (matches.size() != 1) {
            throw new UsageException(Messages.text(matches.isEmpty() ? "cli.noSuchSegment" : "cli.severalSegments",
                    wanted, map.title(),
                    String.join(", ", map.segments().stream().map(s -> s.name() + " (" + s.id() + ")").toList())));
        }
        return List.of(matches.get(0).id());
    }
}

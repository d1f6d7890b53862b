package org.journeystudio.render;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.journeystudio.compare.RatingSpreads;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.PathGroup;
import org.journeystudio.model.Persona;
import org.journeystudio.model.ScenarioNames;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * A map as a Markdown report for wikis and READMEs: title, scenario and personas; the map as a picture (its
 * emotion curve included); a section per stage with a table of its touchpoints, their pain points and
 * opportunities (in a stage with paths, per track under its own heading); and the satisfaction heatmap as a table
 * ({@link MarkdownHeatmap}). Only the customer's touchpoints are listed, as on the heatmap; backstage steps show
 * in the picture.
 */
final class MarkdownReport {
    private final JourneyMap map;
    private final RatingSpreads spreads;
    private final StringBuilder out = new StringBuilder(1 << 16);

    private MarkdownReport(JourneyMap map, RatingSpreads spreads) {
        this.map = map;
        this.spreads = spreads;
    }

    /**
     * The report's text; {@code pictureLink} is the map picture's path relative to the report, already a link
     * target ({@link MarkdownText#link}).
     */
    static String of(JourneyMap map, RatingSpreads spreads, LocalDate date, String pictureLink) {
        return new MarkdownReport(map, spreads).write(date, pictureLink);
    }

    private String write(LocalDate date, String pictureLink) {
        out.append("# ").append(MarkdownText.inline(map.title().isBlank() ? Messages.text("report.untitledMap")
                : map.title())).append("\n\n");
        if (!map.scenario().isBlank()) {
            out.append(Messages.text("report.scenarioLine", MarkdownText.inline(map.scenario()))).append("  \n");
        }
        if (map.scenarios().list().size() > 1) {
            out.append(Messages.text("report.shownScenario",
                    MarkdownText.inline(ScenarioNames.shown(map.scenarios().active())),
                    map.scenarios().list().stream().map(s -> MarkdownText.inline(ScenarioNames.shown(s)))
                            .collect(Collectors.joining(", ")))).append("  \n");
        }
        out.append(Messages.text("report.exportedOn", ReportWords.longDate(date))).append("\n\n");
        if (!map.description().isBlank()) {
            paragraph(map.description());
        }
        personas();
        out.append("## ").append(Messages.text("report.theJourney")).append("\n\n![")
                .append(Messages.text("report.mapPicture")).append("](").append(pictureLink).append(")\n\n");
        List<Touchpoint> touchpoints = map.customerTouchpoints();
        for (int i = 0; i < map.stages().size(); i++) {
            Stage stage = map.stages().get(i);
            stage(i + 1, stage, touchpoints.stream().filter(t -> t.stageId().equals(stage.id())).toList());
        }
        MarkdownHeatmap.append(out, map, spreads);
        return out.toString();
    }

    private void paragraph(String text) {
        for (String part : text.strip().split("\\R\\s*\\R")) {
            out.append(MarkdownText.inline(part)).append("\n\n");
        }
    }

    private void personas() {
        if (map.personas().isEmpty()) {
            return;
        }
        out.append("## ").append(Messages.text("report.personas")).append("\n\n");
        for (Persona p : map.personas()) {
            out.append("- **").append(MarkdownText.inline(p.name().isBlank() ? Messages.text("report.unnamedPersona") : p.name()))
                    .append("**");
            map.segment(p.segmentId()).map(Segment::name).filter(n -> !n.isBlank())
                    .ifPresent(n -> out.append(' ').append(Messages.text("report.personaSegment", MarkdownText.inline(n))));
            if (!p.description().isBlank()) {
                out.append(": ").append(MarkdownText.inline(p.description()));
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private void stage(int number, Stage stage, List<Touchpoint> inStage) {
        out.append("## ").append(number).append(". ")
                .append(MarkdownText.inline(stage.name().isBlank() ? Messages.text("report.unnamedStage") : stage.name())).append("\n\n");
        if (!stage.description().isBlank()) {
            paragraph(stage.description());
        }
        if (inStage.isEmpty()) {
            out.append(Messages.text("report.noTouchpointsYet")).append("\n\n");
            return;
        }
        if (stage.paths().isEmpty()) {
            touchpoints(inStage);
            return;
        }
        // A stage with paths lists each track under its own heading, as the heatmap groups them.
        for (PathGroup group : PathGroup.of(stage, inStage)) {
            out.append("### ").append(MarkdownText.inline(group.name().isBlank() ? Messages.text("report.unnamedPath") : group.name()))
                    .append("\n\n");
            touchpoints(group.touchpoints());
        }
    }

    /** A table of the touchpoints, then their pain points and opportunities. */
    private void touchpoints(List<Touchpoint> inStage) {
        out.append("| ").append(Messages.text("report.touchpoint")).append(" | ").append(Messages.text("report.channel"))
                .append(" | ").append(Messages.text("report.emotion")).append(" | ")
                .append(Messages.text("report.satisfaction")).append(" |\n|---|---|---|---|\n");
        for (Touchpoint t : inStage) {
            out.append("| ").append(MarkdownText.cell(ReportWords.title(t)))
                    .append(" | ").append(MarkdownText.cell(ModelWords.channel(t.channel())))
                    .append(" | ").append(MarkdownText.cell(ModelWords.emotion(t.emotion()))).append(" (")
                    .append(t.emotion().score() > 0 ? "+" : "").append(t.emotion().score()).append(')')
                    .append(" | ").append(satisfaction(t)).append(" |\n");
        }
        out.append('\n');
        list(Messages.text("report.painPoints"), inStage, t -> t.painPoints().stream().map(MarkdownReport::pain).toList());
        list(Messages.text("report.opportunities"), inStage, t -> map.opportunitiesAt(t).stream().map(Opportunity::title).toList());
    }

    /** Each segment's rating, "New customers 4.2 · Regulars 3.8", or a dash when the touchpoint has none. */
    private String satisfaction(Touchpoint t) {
        String rated = map.segments().stream().filter(s -> t.satisfaction().containsKey(s.id()))
                .map(s -> MarkdownText.cell(s.name()) + " " + MarkdownHeatmap.number(t.satisfaction().get(s.id())))
                .collect(Collectors.joining(" · "));
        return rated.isEmpty() ? "–" : rated;
    }

    private void list(String heading, List<Touchpoint> inStage,
                      java.util.function.Function<Touchpoint, List<String>> entries) {
        StringBuilder items = new StringBuilder();
        for (Touchpoint t : inStage) {
            for (String entry : entries.apply(t)) {
                items.append("- *").append(MarkdownText.inline(ReportWords.title(t)))
                        .append("*: ").append(MarkdownText.inline(entry)).append('\n');
            }
        }
        if (!items.isEmpty()) {
            out.append("**").append(heading).append("**\n\n").append(items).append('\n');
        }
    }

    private static String pain(PainPoint p) {
        return Messages.text("report.painWithSeverity", p.text(), p.severity());
    }
}

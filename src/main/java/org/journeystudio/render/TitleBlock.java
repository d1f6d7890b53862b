package org.journeystudio.render;

import org.journeystudio.i18n.Messages;
import java.awt.Font;
import java.awt.Graphics2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Persona;
import org.journeystudio.model.ScenarioNames;
import org.journeystudio.model.Segment;

/** The heading of an export: the map's title, who it is about (personas, segments) and the date. */
final class TitleBlock {
    static final double HEIGHT = 58;

    private final String title;
    private final String about;
    private final String date;

    TitleBlock(String title, String about, LocalDate date) {
        this.title = title.isBlank() ? Messages.text("report.untitledMap") : title;
        this.about = about;
        this.date = ReportWords.longDate(date);
    }

    /** The heading of a map: its title (and shown scenario, when it has several), its personas and segments. */
    static TitleBlock forMap(JourneyMap map, LocalDate date) {
        List<String> parts = new ArrayList<>();
        List<String> personas = map.personas().stream().map(Persona::name).filter(n -> !n.isBlank()).toList();
        if (!personas.isEmpty()) {
            parts.add(Messages.text("report.personasLine", personas.size(), String.join(", ", personas)));
        }
        List<String> segments = map.segments().stream().map(Segment::name).filter(n -> !n.isBlank()).toList();
        if (!segments.isEmpty()) {
            parts.add(Messages.text("report.segmentsLine", segments.size(), String.join(", ", segments)));
        }
        if (parts.isEmpty() && !map.scenario().isBlank()) {
            parts.add(map.scenario());
        }
        String title = map.title().isBlank() ? Messages.text("report.untitledMap") : map.title();
        String scenario = map.scenarios().list().size() > 1 ? " — " + ScenarioNames.shown(map.scenarios().active()) : "";
        return new TitleBlock(title + scenario, String.join("   ·   ", parts), date);
    }

    /** The heading of a heatmap: which segments it compares, on which scale. */
    static TitleBlock forHeatmap(JourneyMap map, List<String> segmentNames, LocalDate date) {
        String neutral = Legend.format(map.scale().neutral());
        String about = segmentNames.isEmpty()
                ? Messages.text("report.heatmapAbout", map.scale().min(), map.scale().max(), neutral)
                : Messages.text("report.heatmapAboutSegments", map.scale().min(), map.scale().max(), neutral,
                        String.join(", ", segmentNames));
        return new TitleBlock(Messages.text("report.heatmapTitle", map.title()), about, date);
    }

    /** Paints the heading in a band of {@code width} whose top is {@code y}; sizes grow with {@code size}. */
    void paint(Graphics2D g, double x, double y, double width, double size) {
        Font titleFont = ExportFonts.bold(20 * size);
        Font aboutFont = ExportFonts.regular(11 * size);
        double dateWidth = ExportFonts.width(aboutFont, date);
        g.setColor(Paints.INK);
        TextFit.draw(g, title, titleFont, x, y + 24 * size, width - dateWidth - 24 * size);
        g.setColor(Paints.MUTED_INK);
        if (!about.isEmpty()) {
            TextFit.draw(g, about, aboutFont, x, y + 44 * size, width - dateWidth - 24 * size);
        }
        TextFit.drawRight(g, date, aboutFont, x + width, y + 24 * size);
    }

    String title() {
        return title;
    }
}

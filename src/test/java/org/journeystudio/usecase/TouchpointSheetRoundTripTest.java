package org.journeystudio.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.render.ExportMonitor;
import org.journeystudio.render.TouchpointCsv;
import org.journeystudio.render.xlsx.TouchpointXlsx;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.store.json.RandomMaps;
import org.journeystudio.store.sheet.TouchpointSheet;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The map's CSV export (render.TouchpointCsv) reads back to the same map in every field the CSV holds: written
 * again, the map read gives the same file, byte for byte. The Excel export (render.xlsx.TouchpointXlsx) reads back
 * to the same map as the CSV.
 */
@FastTest
class TouchpointSheetRoundTripTest {
    private static final long SEED = 20261205L;
    private static final int MAPS = 150;
    private static final int EXCEL_MAPS = 30;

    @TempDir
    Path dir;

    @Test
    void everyTemplateReadsBackToTheSameSpreadsheet() throws Exception {
        for (String name : List.of("online-retailer", "banking-services", "map-your-own-experience",
                "map-your-own-experience-solution")) {
            JourneyMap template;
            try (var in = getClass().getResourceAsStream("/org/journeystudio/store/templates/" + name
                    + ".journey.json")) {
                template = JourneyJson.read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
            }
            Path file = write(template, name + ".csv");

            JourneyMap read = readBack(file);

            assertThat(read.title()).isEqualTo(name);
            assertThat(csv(read)).as(name).isEqualTo(Files.readString(file));
            assertThat(read.touchpoints()).extracting(Touchpoint::id)
                    .containsExactlyElementsOf(template.touchpointsInJourneyOrder().stream()
                            .filter(t -> template.stage(t.stageId()).isPresent()).map(Touchpoint::id).toList());
            assertThat(read.stages()).extracting(Stage::name).isSubsetOf(template.stages().stream()
                    .map(Stage::name).toList());
            assertThat(read.segments()).extracting(Segment::name)
                    .containsExactlyElementsOf(template.segments().stream().map(Segment::name).toList());
        }
    }

    @Test
    void everyGeneratedMapReadsBackToTheSameSpreadsheet() throws Exception {
        RandomMaps maps = new RandomMaps(SEED);
        int rows = 0;
        for (int i = 0; i < MAPS; i++) {
            JourneyMap original = sayable(maps.next());
            Path file = write(original, "random-" + i + ".csv");

            JourneyMap read = readBack(file);

            assertThat(csv(read)).as("map %d (seed %d)", i, SEED).isEqualTo(Files.readString(file));
            rows += read.touchpoints().size();
        }
        assertThat(rows).as("the generator makes touchpoints").isGreaterThan(MAPS);
    }

    @Test
    void theExcelExportReadsBackToTheSameMapAsTheCsv() throws Exception {
        RandomMaps maps = new RandomMaps(SEED + 1);
        List<JourneyMap> originals = new ArrayList<>(List.of(SampleMaps.shop("map-1")));
        for (int i = 0; i < EXCEL_MAPS; i++) {
            originals.add(sayable(maps.next()));
        }
        for (int i = 0; i < originals.size(); i++) {
            JourneyMap original = originals.get(i);
            Path file = dir.resolve("map-" + i + ".xlsx");
            try (var out = Files.newOutputStream(file)) {
                TouchpointXlsx.write(original, out, ExportMonitor.NONE);
            }

            JourneyMap read = readBack(file);

            assertThat(csv(read)).as("map %d (seed %d)", i, SEED + 1).isEqualTo(csv(original));
        }
    }

    @Test
    void twoSegmentsOfOneNameKeepTheirIds() throws Exception {
        JourneyMap shop = SampleMaps.shop("map-1");
        List<Segment> twins = new ArrayList<>();
        shop.segments().forEach(s -> twins.add(s.withName("Everyone")));
        JourneyMap original = shop.withSegments(twins);
        Path file = write(original, "twins.csv");

        JourneyMap read = readBack(file);

        assertThat(read.segments()).extracting(Segment::id)
                .containsExactlyElementsOf(twins.stream().map(Segment::id).toList());
        assertThat(read.segments()).extracting(Segment::name).containsOnly("Everyone");
        assertThat(csv(read)).isEqualTo(Files.readString(file));
    }

    private JourneyMap readBack(Path file) throws Exception {
        TouchpointSheet.Sheet sheet = ImportTouchpointSheet.read(file);
        TouchpointSheet.Import read = TouchpointSheet.read(sheet, sheet.guessedColumns(),
                TouchpointSheet.titleOf(file.getFileName().toString()), java.time.Instant.EPOCH);
        return read.map();
    }

    private Path write(JourneyMap map, String name) throws Exception {
        Path file = dir.resolve(name);
        try (var out = Files.newOutputStream(file)) {
            TouchpointCsv.write(map, out, ExportMonitor.NONE);
        }
        return file;
    }

    private static String csv(JourneyMap map) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TouchpointCsv.write(map, out, ExportMonitor.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The map as a spreadsheet can say it: a spreadsheet names stages, lanes and segments, so theirs are unique and
     * not blank; every touchpoint has a title; a list entry is one line of its cell, so it holds no line break.
     */
    private static JourneyMap sayable(JourneyMap map) {
        List<Stage> stages = new ArrayList<>();
        // A spreadsheet names a path on a card's row: a path no card is on, or two of one name, cannot be said.
        for (Stage s : map.stages()) {
            List<org.journeystudio.model.StagePath> used = new ArrayList<>();
            for (org.journeystudio.model.StagePath p : s.paths()) {
                if (map.touchpoints().stream().anyMatch(t -> t.stageId().equals(s.id()) && t.pathId().equals(p.id()))) {
                    used.add(p.withName("P" + used.size() + " " + p.name()));
                }
            }
            stages.add(s.withName("S" + stages.size() + " " + s.name()).withPaths(used));
        }
        List<Lane> lanes = new ArrayList<>();
        map.lanes().forEach(l -> lanes.add(l.withTitle("L" + lanes.size() + " " + l.title())));
        List<Segment> segments = new ArrayList<>();
        map.segments().forEach(s -> segments.add(s.withName("G" + segments.size() + " " + s.name())));
        List<Opportunity> notes = new ArrayList<>();
        List<Touchpoint> touchpoints = map.touchpoints().stream().map(t -> t.toBuilder()
                .title(t.title().isBlank() ? "Card " + t.id() : t.title())
                .expectations(t.expectations().stream().map(TouchpointSheetRoundTripTest::oneLine).toList())
                .painPoints(t.painPoints().stream().map(p -> new PainPoint(oneLine(p.text()), p.severity())).toList())
                .opportunityIds(notes(map.opportunitiesAt(t), t.id(), notes))
                .build()).toList();
        return map.withStages(stages).withLanes(lanes).withSegments(segments).withTouchpoints(touchpoints)
                .withOpportunities(notes);
    }

    /** A card's opportunities as its "Opportunities" cell brings them back: one-line titles, one each. */
    private static List<String> notes(List<Opportunity> opportunities, String touchpointId, List<Opportunity> into) {
        List<String> ids = new ArrayList<>();
        for (String title : opportunities.stream().map(o -> oneLine(o.title())).filter(o -> !o.isBlank()).toList()) {
            Opportunity note = Opportunity.idea(Opportunity.noteId(touchpointId, ids.size() + 1), title, null);
            into.add(note);
            ids.add(note.id());
        }
        return ids;
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ');
    }
}

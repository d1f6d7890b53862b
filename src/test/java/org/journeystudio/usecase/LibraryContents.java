package org.journeystudio.usecase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ResponseCounts;
import org.journeystudio.store.StoredImport;
import org.journeystudio.store.SurveyResponses;

/**
 * What a project holds after a survey import, written out without ids, times or order of creation (new cards and
 * segments get fresh ids on every run), so two libraries can be compared line by line.
 */
public final class LibraryContents {
    private LibraryContents() {
    }

    public static List<String> of(H2Library library, String projectId) {
        JourneyMap map = library.load(projectId).orElseThrow();
        Map<String, String> segments = map.segments().stream().collect(Collectors.toMap(Segment::id, Segment::name));
        Map<String, String> stages = map.stages().stream().collect(Collectors.toMap(Stage::id, Stage::name));
        Map<String, String> cards = map.touchpoints().stream().collect(Collectors.toMap(Touchpoint::id, Touchpoint::title));
        List<String> lines = new ArrayList<>();
        map.segments().forEach(s -> lines.add("segment " + s.name() + " " + s.color() + " " + s.description()));
        for (Touchpoint t : map.touchpoints()) {
            lines.add("card " + stages.get(t.stageId()) + " / " + t.title() + " #" + t.order() + " "
                    + new TreeMap<>(rename(t.satisfaction(), segments)));
        }
        SurveyResponses responses = library.surveyResponses();
        for (StoredImport stored : responses.imports(projectId)) {
            lines.add("import " + stored.fileName() + " " + stored.header().layout() + " " + stored.header().source()
                    + " respondents=" + stored.respondents() + " skipped=" + stored.skippedRows()
                    + " segments=" + stored.segmentColumns());
            stored.ratingColumns().forEach(c -> lines.add("  rates " + c.name() + " " + c.scale().label() + " -> "
                    + cards.get(c.touchpointId())));
            for (int s = 0; s < stored.segmentColumns().size(); s++) {
                ResponseCounts counts = responses.counts(stored.id(), s);
                for (int label = 0; label < counts.labels().size(); label++) {
                    StringBuilder line = new StringBuilder("  counts " + s + " " + counts.labels().get(label));
                    for (int r = 0; r < counts.ratingColumns(); r++) {
                        for (int point = 0; point < counts.points().get(r); point++) {
                            line.append(' ').append(counts.answers(label, r, point));
                        }
                        line.append(" n/a ").append(counts.optedOut(label, r));
                    }
                    lines.add(line.toString());
                }
            }
        }
        responses.origins(projectId).stream()
                .map(o -> "origin " + cards.get(o.touchpointId()) + " / " + segments.get(o.segmentId()) + " "
                        + o.source() + " import=" + (o.importId() != null))
                .sorted().forEach(lines::add);
        return lines;
    }

    private static Map<String, Double> rename(Map<String, Double> bySegmentId, Map<String, String> names) {
        return bySegmentId.entrySet().stream().collect(Collectors.toMap(e -> names.getOrDefault(e.getKey(),
                e.getKey()), Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }
}

package org.journeystudio.store.mermaid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Persona;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.store.mermaid.MermaidText.Kind;

/**
 * Writes a map as a Mermaid {@code journey}: the shown scenario's customer touchpoints as tasks, one section per
 * stage, and everything else in {@code %% journey-studio} comment lines that Mermaid skips (see
 * {@code docs/mermaid-format.md}). The output is the same for the same map, line ends are {@code \n}.
 */
final class MermaidJourneyWriter {
    static final String INDENT = "    ";
    private final JourneyMap map;
    private final StringBuilder out;

    private MermaidJourneyWriter(JourneyMap map) {
        this.map = map;
        this.out = new StringBuilder(4096 + map.touchpoints().size() * 1024);
    }

    static String toText(JourneyMap map) {
        return new MermaidJourneyWriter(map).document();
    }

    private String document() {
        out.append("journey\n");
        out.append("%% Exported by Journey Studio. Mermaid skips the lines starting with %%; Journey Studio reads")
                .append(" them back to restore what a journey diagram cannot show.\n");
        if (!map.scenarios().isSingle()) {
            out.append("%% Scenario shown: ").append(oneLine(map.scenarios().active().name())).append(" (of ")
                    .append(oneLine(String.join(", ", map.scenarios().list().stream().map(Scenario::name).toList())))
                    .append(")\n");
        }
        comment("", MermaidComments.MAP, MermaidComments.header(map));
        for (Segment segment : map.segments()) {
            comment("", MermaidComments.SEGMENT, JourneyJson.segmentsToJson(List.of(segment)));
        }
        for (Persona persona : map.personas()) {
            comment("", MermaidComments.PERSONA, JourneyJson.personasToJson(List.of(persona)));
        }
        for (String[] image : MermaidImages.lines(map)) {
            comment("", image[0], image[1]);
        }
        List<Scenario> scenarios = map.scenarios().list();
        for (int i = 0; i < scenarios.size(); i++) {
            if (!scenarios.get(i).id().equals(map.scenarios().activeId())) {
                for (Touchpoint kept : map.touchpointsOf(scenarios.get(i).id())) {
                    comment("", MermaidComments.KEPT + " " + i, JourneyJson.touchpointsToJson(List.of(kept)));
                }
            }
        }
        String title = shownTitle(map);
        if (!title.isEmpty()) {
            out.append(INDENT).append("title ").append(MermaidText.escape(title, Kind.TITLE)).append('\n');
            out.append(INDENT).append("accTitle: ").append(MermaidText.escape(title, Kind.ACCESSIBLE)).append('\n');
        }
        if (!map.description().isEmpty()) {
            out.append(INDENT).append("accDescr: ").append(MermaidText.escape(map.description(), Kind.ACCESSIBLE))
                    .append('\n');
        }
        stages();
        return out.toString();
    }

    /** Each stage's section, its tasks in journey order, then the cards the diagram does not draw. */
    private void stages() {
        // By identity: a record's hash would go through every field of every card.
        Map<Touchpoint, Integer> positions = new IdentityHashMap<>();
        for (int i = 0; i < map.touchpoints().size(); i++) {
            positions.put(map.touchpoints().get(i), i);
        }
        Set<Touchpoint> tasks = Collections.newSetFromMap(new IdentityHashMap<>());
        tasks.addAll(map.customerTouchpoints());
        Map<String, List<Touchpoint>> cardsByStage = new LinkedHashMap<>();
        List<Touchpoint> elsewhere = new ArrayList<>();
        for (Touchpoint tp : map.touchpointsInJourneyOrder()) {
            if (!tasks.contains(tp)) {
                (map.stage(tp.stageId()).isPresent()
                        ? cardsByStage.computeIfAbsent(tp.stageId(), id -> new ArrayList<>()) : elsewhere).add(tp);
            }
        }
        Map<String, List<Touchpoint>> tasksByStage = new LinkedHashMap<>();
        map.customerTouchpoints().forEach(tp -> tasksByStage.computeIfAbsent(tp.stageId(), id -> new ArrayList<>())
                .add(tp));
        for (Stage stage : map.stages()) {
            comment(INDENT, MermaidComments.STAGE, JourneyJson.stagesToJson(List.of(stage)));
            out.append(INDENT).append("section ").append(MermaidText.escape(stage.name(), Kind.SECTION)).append('\n');
            for (Touchpoint tp : tasksByStage.getOrDefault(stage.id(), List.of())) {
                comment(INDENT + INDENT, MermaidComments.TASK + " " + positions.get(tp),
                        JourneyJson.touchpointsToJson(List.of(tp)));
                out.append(INDENT).append(INDENT).append(taskLine(tp)).append('\n');
            }
            for (Touchpoint card : cardsByStage.getOrDefault(stage.id(), List.of())) {
                comment(INDENT + INDENT, MermaidComments.CARD + " " + positions.get(card),
                        JourneyJson.touchpointsToJson(List.of(card)));
            }
        }
        for (Touchpoint card : elsewhere) {
            comment(INDENT, MermaidComments.CARD + " " + positions.get(card),
                    JourneyJson.touchpointsToJson(List.of(card)));
        }
    }

    private String taskLine(Touchpoint tp) {
        StringBuilder line = new StringBuilder(MermaidText.escape(tp.title(), Kind.TASK))
                .append(": ").append(score(tp, map.scale()));
        List<String> actors = actors(tp);
        if (!actors.isEmpty()) {
            line.append(": ").append(String.join(", ", actors));
        }
        return line.toString();
    }

    /** The segments that rated the touchpoint, or without ratings the map's personas; unnamed ones left out. */
    private List<String> actors(Touchpoint tp) {
        List<String> names = tp.satisfaction().isEmpty()
                ? map.personas().stream().map(Persona::name).toList()
                : tp.satisfaction().keySet().stream().map(id -> map.segment(id).map(Segment::name).orElse(""))
                        .toList();
        return names.stream().filter(n -> !n.isEmpty()).map(n -> MermaidText.escape(n, Kind.ACTOR)).toList();
    }

    /**
     * Mermaid's 1–5 face: the mean of the touchpoint's ratings moved from the map's scale onto 1–5 and rounded,
     * or without ratings its emotion (−2…+2 is 1…5).
     */
    static int score(Touchpoint tp, RatingScale scale) {
        if (tp.satisfaction().isEmpty()) {
            return tp.emotion().score() + 3;
        }
        double mean = tp.satisfaction().values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        long rounded = Math.round(scale.convert(mean, RatingScale.ONE_TO_FIVE));
        return (int) Math.max(1, Math.min(5, rounded));
    }

    /** The title the diagram shows: the map's, with the shown scenario's name when the map has several. */
    static String shownTitle(JourneyMap map) {
        if (map.scenarios().isSingle()) {
            return map.title();
        }
        return (map.title() + " (" + map.scenarios().active().name() + ")").strip();
    }

    private void comment(String indent, String kind, String json) {
        out.append(indent).append(MermaidComments.line(kind, json)).append('\n');
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ");
    }
}

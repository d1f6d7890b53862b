package org.journeystudio.store.mermaid;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.MapValidator;
import org.journeystudio.model.Persona;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.ValidationProblem;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.store.mermaid.MermaidComments.Comment;
import org.journeystudio.store.mermaid.MermaidStatement.AccDescr;
import org.journeystudio.store.mermaid.MermaidStatement.Section;
import org.journeystudio.store.mermaid.MermaidStatement.Studio;
import org.journeystudio.store.mermaid.MermaidStatement.Task;
import org.journeystudio.store.mermaid.MermaidStatement.Title;
import org.journeystudio.store.mermaid.MermaidText.Kind;

/**
 * The map a journey written by Journey Studio carries in its comment lines, with what the diagram shows taking
 * precedence where someone edited it: the title, a section's name, a task's name and score, a section a task was
 * moved to, and sections and tasks added by hand ({@link EditedTasks}).
 */
final class StudioJourney {
    private final String source;
    private final List<String> warnings;
    private JourneyMap header;
    private final List<Segment> segments = new ArrayList<>();
    private final List<Persona> personas = new ArrayList<>();
    /** Opportunities that the notes of cards exported before format 6 became. */
    private final List<org.journeystudio.model.Opportunity> notes = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();
    private final Map<Integer, List<Touchpoint>> kept = new TreeMap<>();
    private final TreeMap<Integer, Touchpoint> cards = new TreeMap<>();
    private final Map<String, Integer> lineOf = new HashMap<>();
    private final EditedTasks tasks = new EditedTasks();
    private final MermaidImages images;
    private Title title;
    private AccDescr description;
    private Studio pendingStage;
    private Studio pendingTask;
    private Stage current;

    private StudioJourney(String source, List<String> warnings) {
        this.source = source;
        this.warnings = warnings;
        this.images = new MermaidImages(source);
    }

    static boolean applies(MermaidJourneyParser.Parsed parsed) {
        return parsed.statements().stream().anyMatch(s -> s instanceof Studio c
                && c.comment().kind().equals(MermaidComments.MAP));
    }

    static JourneyMap of(MermaidJourneyParser.Parsed parsed, String source, List<String> warnings)
            throws JourneyFormatException {
        StudioJourney journey = new StudioJourney(source, warnings);
        for (MermaidStatement statement : parsed.statements()) {
            journey.statement(statement);
        }
        journey.settlePending();
        return journey.map();
    }

    private void statement(MermaidStatement statement) throws JourneyFormatException {
        if (statement instanceof Studio studio) {
            comment(studio);
            return;
        }
        if (statement instanceof Section section) {
            settleTask();
            Stage stage = pendingStage == null ? new Stage(org.journeystudio.model.Ids.next("stage"), "")
                    : stage(pendingStage);
            pendingStage = null;
            String shown = section.raw().strip();
            if (!shown.equals(MermaidText.escape(stage.name(), Kind.SECTION))) {
                stage = stage.withName(MermaidText.unescape(shown));
            }
            addStage(stage, section.line());
        } else if (statement instanceof Task task) {
            settleStage();
            Touchpoint tp = pendingTask == null ? null : touchpoints(pendingTask).get(0);
            int position = pendingTask == null ? -1 : pendingTask.comment().number();
            int line = pendingTask == null ? task.line() : pendingTask.line();
            pendingTask = null;
            if (current == null && tp == null) {
                addStage(new Stage(org.journeystudio.model.Ids.next("stage"), ""), task.line());
            }
            tasks.add(task, tp, position, current == null ? null : current.id(), line);
        } else {
            settlePending();
            if (statement instanceof Title t) {
                title = t;
            } else if (statement instanceof AccDescr d) {
                description = d;
            }
        }
    }

    private void comment(Studio studio) throws JourneyFormatException {
        Comment c = studio.comment();
        switch (c.kind()) {
            case MermaidComments.STAGE -> {
                settlePending();
                pendingStage = studio;
            }
            case MermaidComments.TASK -> {
                settlePending();
                pendingTask = studio;
            }
            case MermaidComments.MAP -> {
                if (header != null) {
                    throw new JourneyFormatException(source, studio.line(), 1, Messages.text("imports.mermaid.secondMap"));
                }
                header = header(studio);
            }
            case MermaidComments.SEGMENT -> add(segments, json(studio, JourneyJson::segmentsFromJson),
                    s -> "segments[" + s.id() + "]", studio.line());
            case MermaidComments.PERSONA -> add(personas, json(studio, JourneyJson::personasFromJson),
                    p -> "personas[" + p.id() + "]", studio.line());
            case MermaidComments.CARD -> {
                for (Touchpoint card : touchpoints(studio)) {
                    place(card, c.number(), studio.line());
                }
            }
            case MermaidComments.KEPT -> kept.computeIfAbsent(c.number(), n -> new ArrayList<>())
                    .addAll(touchpoints(studio));
            case MermaidComments.IMAGE -> images.add(c.number(), c.json(), studio.line());
            default -> warnings.add(Messages.text("imports.mermaid.unknownComment", source, studio.line(),
                    c.kind()));
        }
    }

    /** A stage comment without its section line after it: the stage is kept as the comment says. */
    private void settleStage() throws JourneyFormatException {
        if (pendingStage != null) {
            warnings.add(Messages.text("imports.mermaid.stageWithoutSection", source, pendingStage.line()));
            Studio pending = pendingStage;
            pendingStage = null;
            addStage(stage(pending), pending.line());
        }
    }

    /** A task comment without its task line after it: someone deleted the task from the diagram. */
    private void settleTask() throws JourneyFormatException {
        if (pendingTask != null) {
            warnings.add(Messages.text("imports.mermaid.commentWithoutTask", source, pendingTask.line()));
            pendingTask = null;
        }
    }

    private void settlePending() throws JourneyFormatException {
        settleTask();
        settleStage();
    }

    private void addStage(Stage stage, int line) throws JourneyFormatException {
        if (lineOf.putIfAbsent("stages[" + stage.id() + "]", line) != null) {
            throw new JourneyFormatException(source, line, 1, Messages.text("imports.mermaid.stageTwice",
                    stage.id()));
        }
        stages.add(stage);
        current = stage;
    }

    private Stage stage(Studio studio) throws JourneyFormatException {
        List<Stage> read = json(studio, JourneyJson::stagesFromJson);
        if (read.size() != 1) {
            throw new JourneyFormatException(source, studio.line(), studio.comment().jsonColumn() + 1,
                    Messages.text("imports.mermaid.oneStage", read.size()));
        }
        return read.get(0);
    }

    private List<Touchpoint> touchpoints(Studio studio) throws JourneyFormatException {
        List<Touchpoint> read;
        try {
            read = json(studio, (text, name) -> JourneyJson.touchpointsFromJson(text, name, images::image, notes::add));
        } catch (MermaidImages.BadImage e) {
            throw e.problem();
        }
        if (read.isEmpty()) {
            throw new JourneyFormatException(source, studio.line(), studio.comment().jsonColumn() + 1,
                    Messages.text("imports.mermaid.noTouchpoint"));
        }
        return read;
    }

    private void place(Touchpoint tp, int position, int line) throws JourneyFormatException {
        if (position < 0 || cards.putIfAbsent(position, tp) != null) {
            throw new JourneyFormatException(source, line, 1, Messages.text("imports.mermaid.cardPlace",
                    position));
        }
        lineOf.put("touchpoints[" + tp.id() + "]", line);
    }

    private <T> void add(List<T> into, List<T> read, java.util.function.Function<T, String> path, int line) {
        read.forEach(item -> lineOf.put(path.apply(item), line));
        into.addAll(read);
    }

    /** The header's opportunities, then those that notes in cards exported before format 6 became. */
    private List<org.journeystudio.model.Opportunity> withNotes(List<org.journeystudio.model.Opportunity> named) {
        List<org.journeystudio.model.Opportunity> all = new ArrayList<>(named);
        notes.stream().filter(n -> named.stream().noneMatch(o -> o.id().equals(n.id()))).forEach(all::add);
        return all;
    }

    private JourneyMap header(Studio studio) throws JourneyFormatException {
        try {
            return JourneyJson.read(new StringReader(studio.comment().json()), source);
        } catch (JourneyFormatException e) {
            throw at(studio, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    private <T> List<T> json(Studio studio, JsonList<T> read) throws JourneyFormatException {
        try {
            return read.from(studio.comment().json(), source);
        } catch (JourneyFormatException e) {
            throw at(studio, e);
        }
    }

    /** A problem in a comment's JSON, placed on the comment's line. */
    private JourneyFormatException at(Studio studio, JourneyFormatException e) {
        int column = studio.comment().jsonColumn() + Math.max(1, e.line() == 1 ? e.column() : 1);
        return new JourneyFormatException(source, studio.line(), column, e.problem());
    }

    private JourneyMap map() throws JourneyFormatException {
        String shownTitle = MermaidJourneyWriter.shownTitle(header);
        String mapTitle = header.title();
        if (title != null && !title.raw().strip().equals(MermaidText.escape(shownTitle, Kind.TITLE))) {
            mapTitle = withoutScenario(MermaidText.unescape(title.raw()));
        }
        String text = header.description();
        if (description != null && !description.raw().equals(MermaidText.escape(text, Kind.ACCESSIBLE))) {
            text = MermaidText.unescape(description.raw());
        }
        Map<String, List<Touchpoint>> stored = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<Touchpoint>> scenario : kept.entrySet()) {
            if (scenario.getKey() < 0 || scenario.getKey() >= header.scenarios().list().size()) {
                throw new JourneyFormatException(source, 0, 0, Messages.text("imports.mermaid.keptScenario",
                        scenario.getKey(), header.scenarios().list().size()));
            }
            stored.put(header.scenarios().list().get(scenario.getKey()).id(), scenario.getValue());
        }
        EditedTasks.Result edited = tasks.resolve(header, segments, cards, lineOf, warnings, source);
        JourneyMap map = new JourneyMap(header.id(), mapTitle, text, header.scenario(), header.created(),
                header.modified(), header.scale(), personas, edited.segments(), stages, edited.lanes(),
                edited.touchpoints(), header.scenarios().withStored(stored), withNotes(header.opportunities()));
        map = withoutLinksToRemovedTasks(map);
        List<ValidationProblem> problems = MapValidator.validate(map);
        if (!problems.isEmpty()) {
            ValidationProblem first = problems.get(0);
            String element = first.path().contains("]") ? first.path().substring(0, first.path().indexOf(']') + 1)
                    : first.path();
            throw new JourneyFormatException(source, lineOf.getOrDefault(element, 0), 1, first.message());
        }
        return map;
    }

    /** A task deleted by hand takes the dependency arrows to it along: the links left would point at nothing. */
    private JourneyMap withoutLinksToRemovedTasks(JourneyMap map) {
        JourneyMap kept = map.withTouchpoints(map.touchpoints());
        long before = map.touchpoints().stream().mapToLong(t -> t.links().size()).sum();
        long after = kept.touchpoints().stream().mapToLong(t -> t.links().size()).sum();
        if (after < before) {
            warnings.add(Messages.text("imports.mermaid.arrowsDropped", source, before - after));
        }
        return kept;
    }

    private String withoutScenario(String shown) {
        if (header.scenarios().isSingle()) {
            return shown;
        }
        String suffix = " (" + header.scenarios().active().name() + ")";
        return shown.endsWith(suffix) ? shown.substring(0, shown.length() - suffix.length()).strip() : shown;
    }

    @FunctionalInterface
    private interface JsonList<T> {
        List<T> from(String json, String source) throws JourneyFormatException;
    }
}

package org.journeystudio.model;

import java.util.List;
import java.util.function.Function;
import org.journeystudio.i18n.Messages;

/**
 * The {@link Limits} on a map's texts and counts, as {@link ValidationProblem}s. Checked by {@link MapValidator}
 * (so by import, render, every edit and every save before its transaction), not by the records themselves: a
 * project stored before a limit existed still opens, and only a change that breaks a limit is refused.
 * Each field has its whole sentence in the {@code model} bundle ({@code model.limit.text.touchpointOwner}: the
 * element's name {0}, the length or count {1}, the limit {2}, a second name {3}).
 */
final class MapLimits {
    private final List<ValidationProblem> problems;

    private MapLimits(List<ValidationProblem> problems) {
        this.problems = problems;
    }

    /** Adds a problem for every text over its limit and every list with too many elements. */
    static void check(JourneyMap map, List<ValidationProblem> problems) {
        MapLimits limits = new MapLimits(problems);
        limits.id("id", "mapId", "", map.id());
        limits.text("title", "mapTitle", "", map.title(), Limits.TITLE);
        limits.text("description", "mapDescription", "", map.description(), Limits.LONG_TEXT);
        limits.text("scenario", "mapScenario", "", map.scenario(), Limits.LONG_TEXT);
        if (limits.count("stages", "mapStages", "", map.stages(), Limits.STAGES)) {
            for (Stage stage : map.stages()) {
                String path = "stages[" + stage.id() + "]";
                String name = label(stage.name(), stage.id());
                limits.id(path, "stageId", name, stage.id());
                limits.text(path, "stageName", name, stage.name(), Limits.TITLE);
                limits.text(path, "stageDescription", name, stage.description(), Limits.LONG_TEXT);
                if (limits.count(path + ".paths", "stagePaths", name, stage.paths(), Limits.PATHS_PER_STAGE)) {
                    for (StagePath p : stage.paths()) {
                        limits.id(path + ".paths", "pathId", name, p.id());
                        limits.text(path + ".paths", "pathName", name, p.name(), Limits.TITLE,
                                label(p.name(), p.id()));
                    }
                }
            }
        }
        if (limits.count("lanes", "mapLanes", "", map.lanes(), Limits.LANES)) {
            for (Lane lane : map.lanes()) {
                String path = "lanes[" + lane.id() + "]";
                limits.id(path, "laneId", label(lane.title(), lane.id()), lane.id());
                limits.text(path, "laneTitle", label(lane.title(), lane.id()), lane.title(), Limits.TITLE);
            }
        }
        if (limits.count("segments", "mapSegments", "", map.segments(), Limits.SEGMENTS)) {
            map.segments().forEach(s -> limits.id("segments[" + s.id() + "]", "segmentId", label(s.name(), s.id()),
                    s.id()));
        }
        if (limits.count("personas", "mapPersonas", "", map.personas(), Limits.PERSONAS)) {
            for (Persona persona : map.personas()) {
                String path = "personas[" + persona.id() + "]";
                String name = label(persona.name(), persona.id());
                limits.id(path, "personaId", name, persona.id());
                if (persona.segmentId() != null) {
                    limits.id(path, "personaSegmentId", name, persona.segmentId());
                }
            }
        }
        if (limits.count("touchpoints", "mapTouchpoints", "", map.touchpoints(), Limits.TOUCHPOINTS)) {
            map.touchpoints().forEach(limits::touchpoint);
        }
        if (limits.count("opportunities", "mapOpportunities", "", map.opportunities(), Limits.OPPORTUNITIES)) {
            map.opportunities().forEach(limits::opportunity);
        }
    }

    private void opportunity(Opportunity o) {
        String path = "opportunities[" + o.id() + "]";
        String name = label(o.title(), o.id());
        id(path + ".id", "opportunityId", name, o.id());
        text(path + ".title", "opportunityTitle", name, o.title(), Limits.ITEM_TEXT);
        text(path + ".description", "opportunityDescription", name, o.description(), Limits.LONG_TEXT);
        text(path + ".owner", "opportunityOwner", name, o.owner(), Limits.SHORT_TEXT);
        text(path + ".kpi", "opportunityKpiName", name, o.kpi().name(), Limits.SHORT_TEXT);
        text(path + ".kpi", "opportunityKpiBaseline", name, o.kpi().baseline(), Limits.SHORT_TEXT);
        text(path + ".kpi", "opportunityKpiTarget", name, o.kpi().target(), Limits.SHORT_TEXT);
    }

    private void touchpoint(Touchpoint tp) {
        String path = "touchpoints[" + tp.id() + "]";
        String name = label(tp.title(), tp.id());
        id(path + ".id", "touchpointId", name, tp.id());
        id(path + ".stage", "touchpointStageId", name, tp.stageId());
        id(path + ".lane", "touchpointLaneId", name, tp.laneId());
        text(path + ".title", "touchpointTitle", name, tp.title(), Limits.TITLE);
        text(path + ".description", "touchpointDescription", name, tp.description(), Limits.LONG_TEXT);
        text(path + ".owner", "touchpointOwner", name, tp.owner(), Limits.SHORT_TEXT);
        text(path + ".channel", "touchpointChannel", name, tp.channel().detail(), Limits.SHORT_TEXT);
        items(path + ".expectations", "touchpointExpectation", name, tp.expectations(), Function.identity());
        items(path + ".painPoints", "touchpointPainPoint", name, tp.painPoints(), PainPoint::text);
        if (count(path + ".opportunities", "touchpointOpportunities", name, tp.opportunityIds(),
                Limits.ITEMS_PER_TOUCHPOINT)) {
            tp.opportunityIds().forEach(o -> id(path + ".opportunities", "touchpointOpportunityId", name, o));
        }
        text(path + ".waitDuration", "touchpointWait", name, tp.waitDuration(), Limits.SHORT_TEXT);
        if (!tp.pathId().isEmpty()) {
            id(path + ".path", "touchpointPathId", name, tp.pathId());
        }
        if (count(path + ".links", "touchpointLinks", name, tp.links(), Limits.ITEMS_PER_TOUCHPOINT)) {
            tp.links().forEach(link -> id(path + ".links", "touchpointLinkId", name, link.targetId()));
        }
        if (count(path + ".satisfaction", "touchpointRatings", name, List.copyOf(tp.satisfaction().keySet()),
                Limits.SEGMENTS)) {
            tp.satisfaction().keySet().forEach(segment -> id(path + ".satisfaction", "touchpointRatedSegmentId", name,
                    segment));
        }
    }

    /** A touchpoint's list of texts: its number (key {@code <item>s}) and each text (key {@code <item>}). */
    private <T> void items(String path, String item, String owner, List<T> items, Function<T, String> text) {
        if (count(path, item + "s", owner, items, Limits.ITEMS_PER_TOUCHPOINT)) {
            for (T entry : items) {
                text(path, item, owner, text.apply(entry), Limits.ITEM_TEXT);
            }
        }
    }

    /** False (with a problem) when {@code list} is over {@code max}, so its elements need not be checked one by one. */
    private boolean count(String path, String key, String owner, List<?> list, int max) {
        if (list.size() <= max) {
            return true;
        }
        problems.add(new ValidationProblem(path, Messages.text("model.limit.list." + key, owner, list.size(), max)));
        return false;
    }

    private void id(String path, String key, String owner, String id) {
        if (id.length() > Limits.ID) {
            problems.add(new ValidationProblem(path, Messages.text("model.limit.id." + key, owner, id.length(),
                    Limits.ID)));
        }
    }

    private void text(String path, String key, String owner, String text, int max) {
        text(path, key, owner, text, max, "");
    }

    private void text(String path, String key, String owner, String text, int max, String second) {
        if (text.length() > max) {
            problems.add(new ValidationProblem(path, Messages.text("model.limit.text." + key, owner, text.length(),
                    max, second)));
        }
    }

    /** How a message names an element: its name when short, else the start of its id, never a whole long text. */
    private static String label(String name, String id) {
        String shown = name.isEmpty() ? id : name;
        return shown.length() <= 40 ? shown : shown.substring(0, 37) + "…";
    }
}

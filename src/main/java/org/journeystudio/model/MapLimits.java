package org.journeystudio.model;

import java.util.List;
import java.util.function.Function;

/**
 * The {@link Limits} on a map's texts and counts, as {@link ValidationProblem}s. Checked by {@link MapValidator}
 * (so by import, render, every edit and every save before its transaction), not by the records themselves: a
 * project stored before a limit existed still opens, and only a change that breaks a limit is refused.
 */
final class MapLimits {
    private static final String SHORTEN = "shorten it";
    private final List<ValidationProblem> problems;

    private MapLimits(List<ValidationProblem> problems) {
        this.problems = problems;
    }

    /** Adds a problem for every text over its limit and every list with too many elements. */
    static void check(JourneyMap map, List<ValidationProblem> problems) {
        MapLimits limits = new MapLimits(problems);
        limits.id("id", "The map's id", map.id());
        limits.text("title", "The map's title", map.title(), Limits.TITLE);
        limits.text("description", "The map's description", map.description(), Limits.LONG_TEXT);
        limits.text("scenario", "The map's scenario", map.scenario(), Limits.LONG_TEXT);
        if (limits.count("stages", "the map", map.stages(), Limits.STAGES, "stages")) {
            for (Stage stage : map.stages()) {
                String path = "stages[" + stage.id() + "]";
                String name = "stage '" + label(stage.name(), stage.id()) + "'";
                limits.id(path, "The id of " + name, stage.id());
                limits.text(path, "The name of " + name, stage.name(), Limits.TITLE);
                limits.text(path, "The description of " + name, stage.description(), Limits.LONG_TEXT);
                if (limits.count(path + ".paths", name, stage.paths(), Limits.PATHS_PER_STAGE, "paths")) {
                    for (StagePath p : stage.paths()) {
                        limits.id(path + ".paths", "A path id of " + name, p.id());
                        limits.text(path + ".paths", "The name of path '" + label(p.name(), p.id()) + "' in " + name,
                                p.name(), Limits.TITLE);
                    }
                }
            }
        }
        if (limits.count("lanes", "the map", map.lanes(), Limits.LANES, "lanes")) {
            for (Lane lane : map.lanes()) {
                String path = "lanes[" + lane.id() + "]";
                limits.id(path, "The id of lane '" + label(lane.title(), lane.id()) + "'", lane.id());
                limits.text(path, "The title of lane '" + label(lane.title(), lane.id()) + "'", lane.title(),
                        Limits.TITLE);
            }
        }
        if (limits.count("segments", "the map", map.segments(), Limits.SEGMENTS, "segments")) {
            map.segments().forEach(s -> limits.id("segments[" + s.id() + "]",
                    "The id of segment '" + label(s.name(), s.id()) + "'", s.id()));
        }
        if (limits.count("personas", "the map", map.personas(), Limits.PERSONAS, "personas")) {
            for (Persona persona : map.personas()) {
                String path = "personas[" + persona.id() + "]";
                String name = "persona '" + label(persona.name(), persona.id()) + "'";
                limits.id(path, "The id of " + name, persona.id());
                if (persona.segmentId() != null) {
                    limits.id(path, "The segment id of " + name, persona.segmentId());
                }
            }
        }
        if (limits.count("touchpoints", "the map", map.touchpoints(), Limits.TOUCHPOINTS, "touchpoints")) {
            map.touchpoints().forEach(limits::touchpoint);
        }
        if (limits.count("opportunities", "the map", map.opportunities(), Limits.OPPORTUNITIES, "opportunities")) {
            map.opportunities().forEach(limits::opportunity);
        }
    }

    private void opportunity(Opportunity o) {
        String path = "opportunities[" + o.id() + "]";
        String name = "opportunity '" + label(o.title(), o.id()) + "'";
        id(path + ".id", "The id of " + name, o.id());
        text(path + ".title", "The title of " + name, o.title(), Limits.ITEM_TEXT);
        text(path + ".description", "The description of " + name, o.description(), Limits.LONG_TEXT);
        text(path + ".owner", "The owner of " + name, o.owner(), Limits.SHORT_TEXT);
        text(path + ".kpi", "The KPI name of " + name, o.kpi().name(), Limits.SHORT_TEXT);
        text(path + ".kpi", "The KPI baseline of " + name, o.kpi().baseline(), Limits.SHORT_TEXT);
        text(path + ".kpi", "The KPI target of " + name, o.kpi().target(), Limits.SHORT_TEXT);
    }

    private void touchpoint(Touchpoint tp) {
        String path = "touchpoints[" + tp.id() + "]";
        String name = "touchpoint '" + label(tp.title(), tp.id()) + "'";
        id(path + ".id", "The id of " + name, tp.id());
        id(path + ".stage", "The stage id of " + name, tp.stageId());
        id(path + ".lane", "The lane id of " + name, tp.laneId());
        text(path + ".title", "The title of " + name, tp.title(), Limits.TITLE);
        text(path + ".description", "The description of " + name, tp.description(), Limits.LONG_TEXT);
        text(path + ".owner", "The owner of " + name, tp.owner(), Limits.SHORT_TEXT);
        text(path + ".channel", "The channel detail of " + name, tp.channel().detail(), Limits.SHORT_TEXT);
        items(path + ".expectations", name, tp.expectations(), Function.identity(), "expectations");
        items(path + ".painPoints", name, tp.painPoints(), PainPoint::text, "pain points");
        if (count(path + ".opportunities", name, tp.opportunityIds(), Limits.ITEMS_PER_TOUCHPOINT, "opportunities")) {
            tp.opportunityIds().forEach(o -> id(path + ".opportunities", "An opportunity id of " + name, o));
        }
        text(path + ".waitDuration", "The wait duration of " + name, tp.waitDuration(), Limits.SHORT_TEXT);
        if (!tp.pathId().isEmpty()) {
            id(path + ".path", "The path id of " + name, tp.pathId());
        }
        if (count(path + ".links", name, tp.links(), Limits.ITEMS_PER_TOUCHPOINT, "links")) {
            tp.links().forEach(link -> id(path + ".links", "A linked touchpoint id of " + name, link.targetId()));
        }
        if (count(path + ".satisfaction", name, List.copyOf(tp.satisfaction().keySet()), Limits.SEGMENTS,
                "ratings")) {
            tp.satisfaction().keySet().forEach(segment -> id(path + ".satisfaction", "A rated segment id of " + name,
                    segment));
        }
    }

    private <T> void items(String path, String owner, List<T> items, Function<T, String> text, String what) {
        if (count(path, owner, items, Limits.ITEMS_PER_TOUCHPOINT, what)) {
            for (T item : items) {
                text(path, "One of the " + what + " of " + owner, text.apply(item), Limits.ITEM_TEXT);
            }
        }
    }

    /** False (with a problem) when {@code list} is over {@code max}, so its elements need not be checked one by one. */
    private boolean count(String path, String owner, List<?> list, int max, String what) {
        if (list.size() <= max) {
            return true;
        }
        problems.add(new ValidationProblem(path, Limits.message("The list of " + what + " of " + owner,
                Limits.count(list.size(), what), Limits.count(max, what), "split the map or remove some")));
        return false;
    }

    private void id(String path, String what, String id) {
        if (id.length() > Limits.ID) {
            problems.add(new ValidationProblem(path, Limits.message(what, Limits.count(id.length(), "characters"),
                    Limits.count(Limits.ID, "characters"), "ids are short names such as tp-3f2a9c1d")));
        }
    }

    private void text(String path, String what, String text, int max) {
        if (text.length() > max) {
            problems.add(new ValidationProblem(path, Limits.message(what, Limits.count(text.length(), "characters"),
                    Limits.count(max, "characters"), SHORTEN)));
        }
    }

    /** How a message names an element: its name when short, else the start of its id, never a whole long text. */
    private static String label(String name, String id) {
        String shown = name.isEmpty() ? id : name;
        return shown.length() <= 40 ? shown : shown.substring(0, 37) + "…";
    }
}

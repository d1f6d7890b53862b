package org.journeystudio.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.journeystudio.model.Channel;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointLink;

/**
 * The fields of two matched touchpoints that differ, read as a user reads them. References (stage, lane,
 * segments) are compared through the matching, ratings on the compared scale; the order within a cell is left
 * out, since inserting one card renumbers its neighbours without changing them.
 */
final class TouchpointFields {
    private final MapIndex before;
    private final MapIndex after;
    private final MapMatching matching;
    private final ScaleConversion scales;

    TouchpointFields(MapIndex before, MapIndex after, MapMatching matching, ScaleConversion scales) {
        this.before = before;
        this.after = after;
        this.matching = matching;
        this.scales = scales;
    }

    List<FieldChange> diff(Touchpoint old, Touchpoint now) {
        List<FieldChange> fields = new ArrayList<>();
        if (!now.stageId().equals(matching.stages.get(old.stageId()))) {
            fields.add(new FieldChange("stage", before.stageName(old.stageId()), after.stageName(now.stageId())));
        }
        if (!now.laneId().equals(matching.lanes.get(old.laneId()))) {
            fields.add(new FieldChange("lane", before.laneTitle(old.laneId()), after.laneTitle(now.laneId())));
        }
        // By name: two projects' paths have ids of their own, and a renamed path reads as moved.
        if (!before.pathName(old).equals(after.pathName(now))) {
            fields.add(new FieldChange("path", before.pathName(old), after.pathName(now)));
        }
        text(fields, "title", old, now, Touchpoint::title, title -> title);
        text(fields, "description", old, now, Touchpoint::description, description -> description);
        // Kind and detail both: "Email" to "Chat" with the same detail "Zendesk" is still a change.
        text(fields, "channel", old, now, Touchpoint::channel, TouchpointFields::channel);
        text(fields, "owner", old, now, Touchpoint::owner, owner -> owner);
        text(fields, "emotion", old, now, Touchpoint::emotion, e -> emotion(e.score(), e.label()));
        text(fields, "components", old, now, Touchpoint::components, components -> components.stream()
                .map(Enum::name).sorted().map(n -> n.toLowerCase(Locale.ROOT)).reduce((a, b) -> a + ", " + b)
                .orElse(""));
        if (!old.expectations().equals(now.expectations())) {
            fields.add(new FieldChange("expectations", String.join("; ", old.expectations()),
                    String.join("; ", now.expectations())));
        }
        // A pain point's links to opportunities show as the touchpoint's opportunities below.
        if (!painPoints(old.painPoints()).equals(painPoints(now.painPoints()))) {
            fields.add(new FieldChange("painPoints", painPoints(old.painPoints()), painPoints(now.painPoints())));
        }
        String oldOpportunities = opportunities(before.map.opportunitiesAt(old));
        String newOpportunities = opportunities(after.map.opportunitiesAt(now));
        if (!oldOpportunities.equals(newOpportunities)) {
            fields.add(new FieldChange("opportunities", oldOpportunities, newOpportunities));
        }
        Map<String, Double> oldRatings = ratingsByNewSegment(old);
        Map<String, Double> newRatings = scales.after(now.satisfaction());
        if (!sameRatings(oldRatings, newRatings)) {
            fields.add(new FieldChange("satisfaction", ratings(oldRatings), ratings(newRatings)));
        }
        Double oldExpected = scales.before(old.expectedScore());
        Double newExpected = scales.after(now.expectedScore());
        if (!sameNumber(oldExpected, newExpected)) {
            fields.add(new FieldChange("expectedScore", number(oldExpected), number(newExpected)));
        }
        text(fields, "evidence", old, now, Touchpoint::evidence, TouchpointFields::evidence);
        text(fields, "failPoint", old, now, Touchpoint::failPoint, fail -> fail ? "yes" : "no");
        text(fields, "waitPoint", old, now, TouchpointFields::waitWords, words -> words);
        text(fields, "image", old, now, TouchpointFields::imageWords, words -> words);
        if (!linkKeys(old.links(), false).equals(linkKeys(now.links(), true))) {
            fields.add(new FieldChange("links", links(before, old.links()), links(after, now.links())));
        }
        return fields;
    }

    /** An image by its size, type and the start of its hash, so two different pictures never read the same. */
    private static String imageWords(Touchpoint t) {
        if (t.image() == null) {
            return "none";
        }
        return t.image().width() + " x " + t.image().height() + " "
                + t.image().mediaType().substring("image/".length()).toUpperCase(Locale.ROOT)
                + " (" + t.image().hash().substring(0, 8) + ")";
    }

    private static String waitWords(Touchpoint t) {
        if (!t.waitPoint()) {
            return "no";
        }
        return t.waitDuration().isEmpty() ? "yes" : "yes, " + t.waitDuration();
    }

    /** Each link as its kind and the old map's id of its target, so links to matched touchpoints compare equal. */
    private List<String> linkKeys(List<TouchpointLink> links, boolean inNewMap) {
        return links.stream().map(l -> {
            String target = l.targetId();
            if (inNewMap) {
                Touchpoint old = matching.oldOfNew.get(target);
                target = old == null ? "new " + target : old.id();
            }
            return l.kind() + " " + target;
        }).toList();
    }

    private static String links(MapIndex side, List<TouchpointLink> links) {
        return joined(links, l -> l.kind().displayName().toLowerCase(Locale.ROOT) + " '"
                + side.map.touchpoint(l.targetId()).map(Touchpoint::title).orElse(l.targetId()) + "'");
    }

    /** The old ratings on the compared scale, keyed by the new map's segment ids where the segment matches. */
    Map<String, Double> ratingsByNewSegment(Touchpoint old) {
        Map<String, Double> keyed = new LinkedHashMap<>();
        scales.before(old.satisfaction()).forEach((segment, value) ->
                keyed.put(matching.segments.getOrDefault(segment, segment), value));
        return keyed;
    }

    /** Compares the field's values and words them only when they differ: most fields of most cards do not. */
    private static <T> void text(List<FieldChange> fields, String name, Touchpoint old, Touchpoint now,
                                 Function<Touchpoint, T> value, Function<T, String> words) {
        T a = value.apply(old);
        T b = value.apply(now);
        if (!a.equals(b)) {
            fields.add(new FieldChange(name, words.apply(a), words.apply(b)));
        }
    }

    private boolean sameRatings(Map<String, Double> a, Map<String, Double> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> sameNumber(e.getValue(), b.get(e.getKey())));
    }

    static boolean sameNumber(Double a, Double b) {
        return Objects.equals(a, b) || a != null && b != null && Math.abs(a - b) < 1e-9;
    }

    /** In the new map's segment order, so that the old and the new ratings read side by side. */
    private String ratings(Map<String, Double> ratings) {
        List<String> order = new ArrayList<>();
        after.map.segments().forEach(s -> order.add(s.id()));
        ratings.keySet().stream().filter(id -> !order.contains(id)).forEach(order::add);
        List<String> parts = new ArrayList<>();
        for (String segment : order) {
            if (ratings.containsKey(segment)) {
                parts.add(segmentName(segment) + " " + number(ratings.get(segment)));
            }
        }
        return String.join(", ", parts);
    }

    private String segmentName(String newSegmentId) {
        String name = after.hasSegment(newSegmentId) ? after.segmentName(newSegmentId)
                : before.segmentName(newSegmentId);
        return name == null ? newSegmentId : name;
    }

    static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue())
                : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String emotion(int score, String label) {
        String signed = score > 0 ? "+" + score : String.valueOf(score);
        return label.isEmpty() ? signed : signed + " " + label;
    }

    private static String channel(Channel channel) {
        String kind = channel.kind().displayName();
        return channel.detail().isEmpty() ? kind : kind + ": " + channel.detail();
    }

    private static String painPoints(List<PainPoint> painPoints) {
        return joined(painPoints, p -> p.text() + " (severity " + p.severity() + ", " + evidence(p.evidence()) + ")");
    }

    private static String opportunities(List<Opportunity> opportunities) {
        return joined(opportunities, Opportunity::title);
    }

    private static String evidence(Evidence evidence) {
        return evidence.name().toLowerCase(Locale.ROOT);
    }

    private static <T> String joined(List<T> items, Function<T, String> text) {
        return String.join("; ", items.stream().map(text).toList());
    }
}

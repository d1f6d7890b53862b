package org.journeystudio.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.journeystudio.model.Blueprint;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointLink;

/** The blueprint's lines and the link arrows of a laid-out map: geometry the canvas and every export share. */
final class BlueprintGeometry {
    private BlueprintGeometry() {
    }

    /**
     * Each line sits on the top edge of the first shown lane below it; with no lane below, on the bottom edge of
     * the last shown lane. None when no shown lane has a role: then there is no blueprint to divide.
     */
    static List<BlueprintLine> lines(JourneyMap arranged, List<LaneRow> rows) {
        List<Lane> shown = arranged.lanes().stream().filter(Lane::visible).toList();
        if (rows.isEmpty() || shown.stream().noneMatch(l -> l.role().inBlueprint())) {
            return List.of();
        }
        List<BlueprintLine> lines = new ArrayList<>();
        for (Blueprint.Line line : Blueprint.Line.values()) {
            double y = rows.get(rows.size() - 1).body().bottom();
            for (int i = 0; i < shown.size(); i++) {
                if (line.below(shown.get(i).role())) {
                    y = rows.get(i).y();
                    break;
                }
            }
            lines.add(new BlueprintLine(line, y));
        }
        return lines;
    }

    /** Space between vertical arrows that share a column, so two links never draw as one line. */
    private static final double ARROW_SPACING = 16;

    /**
     * An arrow per link whose two cards are both shown, from the linked card's edge to the holder's. Vertical arrows
     * in one column are spread side by side around its centre.
     */
    static List<LinkArrow> arrows(JourneyMap map, Map<String, CardBox> cards) {
        List<LinkArrow> straight = straightArrows(map, cards);
        Map<Double, List<LinkArrow>> columns = new java.util.TreeMap<>();
        straight.stream().filter(a -> a.startX() == a.endX())
                .forEach(a -> columns.computeIfAbsent(a.startX(), x -> new ArrayList<>()).add(a));
        List<LinkArrow> arrows = new ArrayList<>();
        for (LinkArrow a : straight) {
            List<LinkArrow> column = columns.get(a.startX());
            if (a.startX() != a.endX() || column.size() == 1) {
                arrows.add(a);
                continue;
            }
            double x = a.startX() + (column.indexOf(a) - (column.size() - 1) / 2.0) * ARROW_SPACING;
            arrows.add(new LinkArrow(a.fromId(), a.toId(), a.kind(), x, a.startY(), x, a.endY()));
        }
        return arrows;
    }

    private static List<LinkArrow> straightArrows(JourneyMap map, Map<String, CardBox> cards) {
        List<LinkArrow> arrows = new ArrayList<>();
        for (Touchpoint holder : map.touchpoints()) {
            if (holder.links().isEmpty() || !cards.containsKey(holder.id())) {
                continue;
            }
            Box to = cards.get(holder.id()).box();
            for (TouchpointLink link : holder.links()) {
                CardBox target = cards.get(link.targetId());
                if (target != null && !link.kind().connector()) {
                    arrows.add(arrow(link, holder.id(), target.box(), to));
                }
            }
        }
        return arrows;
    }

    /** Between facing edges: top and bottom when the cards are more apart vertically, else left and right. */
    private static LinkArrow arrow(TouchpointLink link, String holderId, Box from, Box to) {
        double dx = to.centerX() - from.centerX();
        double dy = to.centerY() - from.centerY();
        if (Math.abs(dy) * 2 >= Math.abs(dx) && Math.abs(dy) > 0) {
            double startY = dy > 0 ? from.bottom() : from.y();
            double endY = dy > 0 ? to.y() : to.bottom();
            return new LinkArrow(link.targetId(), holderId, link.kind(), from.centerX(), startY, to.centerX(), endY);
        }
        double startX = dx >= 0 ? from.right() : from.x();
        double endX = dx >= 0 ? to.x() : to.right();
        return new LinkArrow(link.targetId(), holderId, link.kind(), startX, from.centerY(), endX, to.centerY());
    }
}

package org.journeystudio.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.layout.Connector.Bend;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.LinkKind;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointLink;

/**
 * Routes each link between shown cards on its own, orthogonally, through the gaps cards never take: the gutters
 * between stage columns and tracks (a cell's padding on either side), the gaps between stacked cards, and the
 * padding strip at the bottom of a lane. Two cards of one track are joined by a straight line when no card is
 * between them, else along the gutter on the track's right. A connector to a later track leaves its card to the
 * right and enters the target from the left along the gap above it; a loop back (or any connector to an earlier
 * track) drops to the bottom strip of the lower lane and runs back under the cards. A blueprint's dependency takes
 * the same routes, from the card that serves to the one that depends. Nothing follows links from card to card, so
 * a cycle of loops costs the same as any connector and can never hang a layout or an export.
 */
final class ConnectorRoutes {
    /** How far apart parallel connectors in one gap are drawn, so each stays visible. */
    private static final double SPREAD = 2.5;
    /** How far apart straight lines between cards of one track are drawn, so two links never draw as one line. */
    private static final double STRAIGHT_SPREAD = 8;

    private final LayoutStyle style;
    private final List<LaneRow> rows;
    /** The cards' boxes by their left edge (rounded): the cards of one track, for the straight-line check. */
    private final Map<Long, List<Box>> byTrack = new HashMap<>();

    private ConnectorRoutes(LayoutStyle style, List<LaneRow> rows, Map<String, CardBox> cards) {
        this.style = style;
        this.rows = rows;
        cards.values().forEach(c -> byTrack.computeIfAbsent(Math.round(c.box().x()), x -> new ArrayList<>())
                .add(c.box()));
    }

    /**
     * Every link between two shown cards, connectors and dependencies alike, in the order of the cards holding them.
     */
    static List<Connector> of(JourneyMap map, LayoutStyle style, Map<String, CardBox> cards, List<LaneRow> rows) {
        ConnectorRoutes routes = new ConnectorRoutes(style, rows, cards);
        List<Connector> connectors = new ArrayList<>();
        for (Touchpoint holder : map.touchpoints()) {
            CardBox holderCard = cards.get(holder.id());
            if (holderCard == null || holder.links().isEmpty()) {
                continue;
            }
            for (TouchpointLink link : holder.links()) {
                CardBox target = cards.get(link.targetId());
                if (target == null || target.touchpointId().equals(holder.id())) {
                    continue;
                }
                int spread = (connectors.size() % 3) - 1;
                // A dependency points at the card that depends on the one it is linked to.
                CardBox from = link.kind().connector() ? holderCard : target;
                CardBox to = link.kind().connector() ? target : holderCard;
                connectors.add(new Connector(from.touchpointId(), to.touchpointId(), link.kind(),
                        routes.route(from.box(), to.box(), link.kind(), spread)));
            }
        }
        return connectors;
    }

    private List<Bend> route(Box a, Box b, LinkKind kind, int spread) {
        double pad = style.cellPadding();
        double offset = spread * SPREAD;
        boolean sameTrack = Math.abs(a.x() - b.x()) < 1;
        if (sameTrack && kind != LinkKind.LOOP_BACK) {
            if (freeBetween(a, b)) {
                // One above the other with no card between: a straight line from edge to edge.
                double x = a.centerX() + spread * STRAIGHT_SPREAD;
                return b.y() > a.bottom() ? List.of(new Bend(x, a.bottom()), new Bend(x, b.y()))
                        : List.of(new Bend(x, a.y()), new Bend(x, b.bottom()));
            }
            // Cards between: along the gutter on the track's right, from side to side.
            double out = a.right() + pad + offset;
            return List.of(new Bend(a.right(), a.centerY()), new Bend(out, a.centerY()), new Bend(out, b.centerY()),
                    new Bend(b.right(), b.centerY()));
        }
        boolean forward = kind != LinkKind.LOOP_BACK && b.centerX() > a.centerX() + 1;
        List<Bend> points = new ArrayList<>();
        if (forward) {
            double out = a.right() + pad + offset;
            double in = b.x() - pad + offset;
            double channel = b.y() - style.cardGap() / 2 + offset / 2;
            points.add(new Bend(a.right(), a.centerY()));
            points.add(new Bend(out, a.centerY()));
            points.add(new Bend(out, channel));
            points.add(new Bend(in, channel));
            points.add(new Bend(in, b.centerY()));
            points.add(new Bend(b.x(), b.centerY()));
        } else {
            double out = a.x() - pad * 0.6 + offset;
            double in = b.x() - pad * 1.4 + offset;
            double channel = lowerLaneBottom(a, b) - pad / 2 + offset / 2;
            points.add(new Bend(a.x(), a.centerY()));
            points.add(new Bend(out, a.centerY()));
            points.add(new Bend(out, channel));
            points.add(new Bend(in, channel));
            points.add(new Bend(in, b.centerY()));
            points.add(new Bend(b.x(), b.centerY()));
        }
        return points;
    }

    /** Whether no other card of the track lies between two cards of it, one above the other. */
    private boolean freeBetween(Box a, Box b) {
        double top = Math.min(a.bottom(), b.bottom());
        double bottom = Math.max(a.y(), b.y());
        if (bottom <= top) {
            return false; // overlapping cards: no gap to draw in
        }
        for (Box card : byTrack.getOrDefault(Math.round(a.x()), List.of())) {
            if (card.y() < bottom && card.bottom() > top) {
                return false;
            }
        }
        return true;
    }

    /** The bottom of the lower of the two cards' lanes: its padding strip is free all across the map. */
    private double lowerLaneBottom(Box a, Box b) {
        double bottom = a.bottom() + style.cellPadding();
        for (LaneRow row : rows) {
            Box body = row.body();
            if (body.y() <= a.centerY() && a.centerY() < body.bottom()
                    || body.y() <= b.centerY() && b.centerY() < body.bottom()) {
                bottom = Math.max(bottom, body.bottom());
            }
        }
        return bottom;
    }
}

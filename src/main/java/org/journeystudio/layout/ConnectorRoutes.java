package org.journeystudio.layout;

import java.util.ArrayList;
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
 * padding strip at the bottom of a lane. A connector forward leaves its card to the right and enters the target
 * from the left along the gap above it; a loop back (or any connector to an earlier card) drops to the bottom strip
 * of the lower lane and runs back under the cards. A blueprint's dependency takes the same routes, from the card
 * that serves to the one that depends, forward also when that card is above in the same column. Nothing follows
 * links from card to card, so a cycle of loops costs the same as any connector and can never hang a layout or an
 * export.
 */
final class ConnectorRoutes {
    /** How far apart parallel connectors in one gap are drawn, so each stays visible. */
    private static final double SPREAD = 2.5;

    private final LayoutStyle style;
    private final List<LaneRow> rows;

    private ConnectorRoutes(LayoutStyle style, List<LaneRow> rows) {
        this.style = style;
        this.rows = rows;
    }

    /**
     * Every link between two shown cards, connectors and dependencies alike, in the order of the cards holding them.
     */
    static List<Connector> of(JourneyMap map, LayoutStyle style, Map<String, CardBox> cards, List<LaneRow> rows) {
        ConnectorRoutes routes = new ConnectorRoutes(style, rows);
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
                double offset = ((connectors.size() % 3) - 1) * SPREAD;
                // A dependency points at the card that depends on the one it is linked to.
                CardBox from = link.kind().connector() ? holderCard : target;
                CardBox to = link.kind().connector() ? target : holderCard;
                connectors.add(new Connector(from.touchpointId(), to.touchpointId(), link.kind(),
                        routes.route(from.box(), to.box(), link.kind(), offset)));
            }
        }
        return connectors;
    }

    private List<Bend> route(Box a, Box b, LinkKind kind, double offset) {
        double pad = style.cellPadding();
        boolean sameTrack = Math.abs(a.x() - b.x()) < 1;
        if (sameTrack && kind != LinkKind.LOOP_BACK && b.y() > a.bottom() && b.y() - a.bottom() <= style.cardGap() + 1) {
            return List.of(new Bend(a.centerX(), a.bottom()), new Bend(b.centerX(), b.y()));
        }
        boolean forward = kind != LinkKind.LOOP_BACK && (b.centerX() > a.centerX() + 1
                || (sameTrack && (b.centerY() > a.centerY() || kind == LinkKind.DEPENDS_ON)));
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

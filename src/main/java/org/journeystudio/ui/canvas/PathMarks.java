package org.journeystudio.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.CardBox;
import org.journeystudio.layout.Connector.Bend;
import org.journeystudio.layout.Connector;
import org.journeystudio.layout.CurvePoint;
import org.journeystudio.layout.MapLayout;
import org.journeystudio.layout.PathCurve;
import org.journeystudio.layout.PathTrack;

/**
 * A branching journey on the canvas, from the layout the exports paint too: the connectors between cards (over the
 * cards), the paths' emotion curves and the dashed lines between a stage's tracks (under them), the tracks' names
 * (with the stage headers), and a handle on each selected card to drag a new connector from. Like the cards, only
 * the connectors near the view have nodes (a 1,000-card map may hold 500 of them, four nodes each): they are made
 * when they come near and kept until the map changes; a card drag moves only the cards' nodes.
 */
final class PathMarks {
    private static final double HEAD = 7;
    static final double HANDLE_RADIUS = 5;

    private final Group connectors = new Group();
    private final Group under = new Group();
    private final Group trackNames = new Group();
    private final Group handles = new Group();
    private MapLayout layout;
    private Connector selected;
    /** Nodes of the connectors that have come near the view since the map last changed. */
    private final Map<Connector, Group> made = new HashMap<>();
    private List<Connector> shown = List.of();
    /** Each connector's bounds (min x, min y, max x, max y), computed once per map: the view asks on every scroll. */
    private double[][] bounds = new double[0][];

    PathMarks() {
        connectors.setId("connectors");
        under.setMouseTransparent(true);
        trackNames.setMouseTransparent(true);
        handles.setId("connectorHandles");
    }

    /** Connectors and handles, over the cards. */
    Group connectors() {
        return connectors;
    }

    Group handles() {
        return handles;
    }

    /** Track lines and path curves, under the cards. */
    Group under() {
        return under;
    }

    /** The tracks' names, drawn with the stage headers so they stay in view. */
    Group trackNames() {
        return trackNames;
    }

    void show(MapLayout next) {
        this.layout = next;
        List<Node> lines = new ArrayList<>();
        List<Node> names = new ArrayList<>();
        for (PathTrack track : next.tracks()) {
            Label name = new Label(track.name().isEmpty() ? Messages.text("canvas.unnamedPath") : track.name());
            name.getStyleClass().add(CanvasStyles.PATH_TRACK_NAME);
            name.setId("track-" + track.stageId() + "-" + (track.main() ? "main" : track.pathId()));
            name.relocate(track.header().x(), track.header().y());
            name.setPrefSize(track.header().w(), track.header().h());
            name.setMaxWidth(track.header().w());
            names.add(name);
            if (track.body().x() > next.column(track.stageId()).orElseThrow().x()) {
                Line divider = new Line(track.body().x(), track.body().y(), track.body().x(), track.body().bottom());
                divider.getStyleClass().add(CanvasStyles.PATH_TRACK_LINE);
                lines.add(divider);
            }
        }
        for (PathCurve curve : next.pathCurves()) {
            Polyline line = new Polyline();
            curve.points().forEach((CurvePoint p) -> line.getPoints().addAll(p.x(), p.y()));
            line.getStyleClass().add(CanvasStyles.PATH_CURVE);
            lines.add(line);
        }
        under.getChildren().setAll(lines);
        trackNames.getChildren().setAll(names);
        made.clear();
        shown = List.of();
        bounds = next.connectors().stream().map(PathMarks::bounds).toArray(double[][]::new);
        connectors.getChildren().clear();
        selected = null;
    }

    /** Gives nodes to the connectors whose lines come within {@code near} (map coordinates), and only to those. */
    void showNear(Box near) {
        if (layout == null) {
            return;
        }
        List<Connector> wanted = new ArrayList<>();
        List<Connector> all = layout.connectors();
        for (int i = 0; i < all.size(); i++) {
            double[] b = bounds[i];
            if (b[2] >= near.x() && b[0] <= near.right() && b[3] >= near.y() && b[1] <= near.bottom()) {
                wanted.add(all.get(i));
            }
        }
        if (wanted.equals(shown)) {
            return;
        }
        // Only the connectors that left the view go and only those that came in are added: putting every node back
        // (setAll) would have JavaFX style all of them again in the frame a stage scrolls in.
        Set<Connector> keep = new HashSet<>(wanted);
        Set<Connector> there = new HashSet<>(shown);
        there.retainAll(keep);
        connectors.getChildren().removeIf(n -> !keep.contains(n.getProperties().get(Connector.class)));
        List<Node> coming = new ArrayList<>();
        for (Connector c : wanted) {
            if (!there.contains(c)) {
                coming.add(made.computeIfAbsent(c, PathMarks::connector));
            }
        }
        connectors.getChildren().addAll(coming);
        shown = wanted;
        select(selected);
    }

    private static double[] bounds(Connector c) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Bend p : c.points()) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new double[] {minX, minY, maxX, maxY};
    }

    /** Marks one connector as selected (the Delete key removes it), or none. */
    void select(Connector connector) {
        selected = connector;
        for (Node node : connectors.getChildren()) {
            node.getStyleClass().remove(CanvasStyles.CONNECTOR_SELECTED);
            if (connector != null && connector.equals(node.getProperties().get(Connector.class))) {
                node.getStyleClass().add(CanvasStyles.CONNECTOR_SELECTED);
            }
        }
    }

    java.util.Optional<Connector> selected() {
        return java.util.Optional.ofNullable(selected);
    }

    /** A handle on the right edge of each selected card: dragging it draws a new connector. */
    void showHandles(Set<String> selected) {
        List<Node> nodes = new ArrayList<>();
        if (layout != null) {
            for (String id : selected) {
                layout.card(id).map(CardBox::box).ifPresent(box -> {
                    Circle handle = new Circle(box.right(), box.centerY(), HANDLE_RADIUS);
                    handle.getStyleClass().add(CanvasStyles.CONNECTOR_HANDLE);
                    handle.setId(CanvasStyles.CONNECTOR_HANDLE + "-" + id);
                    nodes.add(handle);
                });
            }
        }
        handles.getChildren().setAll(nodes);
    }

    private static Group connector(Connector c) {
        Polyline line = shaft(c);
        Polygon head = head(c);
        String kind = switch (c.kind()) {
            case BRANCH -> CanvasStyles.CONNECTOR_BRANCH;
            case LOOP_BACK -> CanvasStyles.CONNECTOR_LOOP_BACK;
            default -> CanvasStyles.CONNECTOR_NEXT;
        };
        line.getStyleClass().addAll(CanvasStyles.CONNECTOR_LINE, kind);
        head.getStyleClass().addAll(CanvasStyles.CONNECTOR_HEAD, kind);
        // A wide transparent line under the drawn one: a 1.6-pixel line is too thin to hit with a pointer.
        Polyline hit = new Polyline();
        hit.getPoints().setAll(line.getPoints());
        hit.getStyleClass().add(CanvasStyles.CONNECTOR_HIT);
        Group group = new Group(hit, line, head);
        group.getStyleClass().add(CanvasStyles.CONNECTOR);
        group.setId("connector-" + c.fromId() + "-" + c.toId() + "-" + c.kind().name());
        group.getProperties().put(Connector.class, c);
        return group;
    }

    /** A connector's or a dependency's line, short of its head; a polyline has no fill, so it catches no press. */
    static Polyline shaft(Connector c) {
        Polyline line = new Polyline();
        c.shaft(HEAD).forEach(p -> line.getPoints().addAll(p.x(), p.y()));
        return line;
    }

    /** The arrowhead on a connector's or a dependency's last point. */
    static Polygon head(Connector c) {
        Polygon head = new Polygon();
        c.head(HEAD).forEach(p -> head.getPoints().addAll(p.x(), p.y()));
        return head;
    }

    /** The connector a picked node belongs to, if it is one. */
    static java.util.Optional<Connector> connectorOf(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            if (n.getProperties().get(Connector.class) instanceof Connector c) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}

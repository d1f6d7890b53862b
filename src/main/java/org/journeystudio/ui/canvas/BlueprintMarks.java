package org.journeystudio.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.journeystudio.layout.BlueprintLine;
import org.journeystudio.layout.LinkArrow;
import org.journeystudio.layout.MapLayout;

/**
 * The blueprint's three labelled lines and the link arrows between cards, over the cards, from the layout the
 * exports paint too. Few nodes (three lines, one arrow per link), so they are rebuilt whenever the map changes.
 */
final class BlueprintMarks {
    private static final double HEAD = 7;
    private final Group group = new Group();

    BlueprintMarks() {
        group.setMouseTransparent(true);
        group.setId("blueprintMarks");
    }

    Group group() {
        return group;
    }

    void show(MapLayout layout) {
        List<Node> nodes = new ArrayList<>();
        for (LinkArrow arrow : layout.arrows()) {
            arrow(arrow, nodes);
        }
        Map<Double, Double> labelX = new HashMap<>();
        for (BlueprintLine line : layout.blueprintLines()) {
            Line rule = new Line(0, line.y(), layout.width(), line.y());
            rule.getStyleClass().add(CanvasStyles.BLUEPRINT_LINE);
            Label label = new Label(line.label());
            label.getStyleClass().add(CanvasStyles.BLUEPRINT_LINE_LABEL);
            double x = labelX.getOrDefault(line.y(), layout.style().laneHeaderWidth() + 8);
            label.relocate(x, line.y() - 7);
            label.setMinHeight(14);
            label.setPrefHeight(14);
            // Labels of lines that meet (a role without lanes) sit side by side; an estimate is enough here.
            labelX.put(line.y(), x + line.label().length() * 6.2 + 20);
            nodes.add(rule);
            nodes.add(label);
        }
        group.getChildren().setAll(nodes);
    }

    private static void arrow(LinkArrow arrow, List<Node> nodes) {
        double dx = arrow.endX() - arrow.startX();
        double dy = arrow.endY() - arrow.startY();
        double length = Math.hypot(dx, dy);
        if (length < 1) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        Line shaft = new Line(arrow.startX(), arrow.startY(), arrow.endX() - ux * HEAD, arrow.endY() - uy * HEAD);
        Polygon head = new Polygon(arrow.endX(), arrow.endY(),
                arrow.endX() - ux * HEAD - uy * HEAD / 2, arrow.endY() - uy * HEAD + ux * HEAD / 2,
                arrow.endX() - ux * HEAD + uy * HEAD / 2, arrow.endY() - uy * HEAD - ux * HEAD / 2);
        shaft.getStyleClass().add(CanvasStyles.LINK_ARROW);
        head.getStyleClass().add(CanvasStyles.LINK_ARROW);
        nodes.add(shaft);
        nodes.add(head);
    }
}

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
import javafx.scene.shape.Polyline;
import org.journeystudio.layout.BlueprintLine;
import org.journeystudio.layout.Connector;
import org.journeystudio.layout.MapLayout;
import org.journeystudio.layout.ModelWords;

/**
 * The blueprint's three labelled lines and the dependency arrows between cards (routed around the cards), over the cards, from the layout the
 * exports paint too. Few nodes (three lines, one arrow per link), so they are rebuilt whenever the map changes.
 */
final class BlueprintMarks {
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
        for (Connector arrow : layout.arrows()) {
            arrow(arrow, nodes);
        }
        Map<Double, Double> labelX = new HashMap<>();
        for (BlueprintLine line : layout.blueprintLines()) {
            Line rule = new Line(0, line.y(), layout.width(), line.y());
            rule.getStyleClass().add(CanvasStyles.BLUEPRINT_LINE);
            String text = ModelWords.line(line.line());
            Label label = new Label(text);
            label.getStyleClass().add(CanvasStyles.BLUEPRINT_LINE_LABEL);
            double x = labelX.getOrDefault(line.y(), layout.style().laneHeaderWidth() + 8);
            label.relocate(x, line.y() - 7);
            label.setMinHeight(14);
            label.setPrefHeight(14);
            // Labels of lines that meet (a role without lanes) sit side by side; an estimate is enough here.
            labelX.put(line.y(), x + text.length() * 6.2 + 20);
            nodes.add(rule);
            nodes.add(label);
        }
        group.getChildren().setAll(nodes);
    }

    private static void arrow(Connector arrow, List<Node> nodes) {
        Polyline shaft = PathMarks.shaft(arrow);
        Polygon head = PathMarks.head(arrow);
        shaft.getStyleClass().addAll(CanvasStyles.LINK_ARROW, CanvasStyles.LINK_ARROW_LINE);
        head.getStyleClass().add(CanvasStyles.LINK_ARROW);
        nodes.add(shaft);
        nodes.add(head);
    }
}

package org.journeystudio.ui.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.MatrixLayout;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PriorityRule;
import org.journeystudio.style.Palette;
import org.journeystudio.ui.FxColours;

/** The matrix's nodes on screen, one per part of the {@link MatrixLayout}, as the exports paint them. */
final class MatrixNodes {
    private MatrixNodes() {
    }

    /** Everything but the bubbles: the plot on paper, the quadrants and their names, ticks, titles and key. */
    static List<Node> background(MatrixLayout layout) {
        List<Node> nodes = new ArrayList<>();
        Box plot = layout.plot();
        Rectangle paper = new Rectangle(plot.x(), plot.y(), plot.w(), plot.h());
        paper.setFill(FxColours.PAPER);
        paper.setStroke(FxColours.of(Palette.GRID));
        nodes.add(paper);
        for (MatrixLayout.Area area : layout.areas()) {
            Box b = area.box();
            if (area.fill() != null) {
                Rectangle tint = new Rectangle(b.x(), b.y(), b.w(), b.h());
                tint.setFill(FxColours.of(area.fill()));
                nodes.add(tint);
            }
            Text name = text(new MatrixLayout.Label(ModelWords.quadrant(area.quadrant()), area.labelX(),
                    area.labelBaseline(),
                    area.alignRight() ? MatrixLayout.Align.END : MatrixLayout.Align.START), MatrixLayout.QUADRANT_TYPE,
                    true);
            name.setFill(FxColours.of(Palette.INK_FAINT));
            name.getStyleClass().add("matrix-quadrant");
            nodes.add(name);
        }
        Box quickWins = layout.areas().get(0).box();
        nodes.add(line(quickWins.right(), plot.y(), quickWins.right(), plot.bottom()));
        nodes.add(line(plot.x(), quickWins.bottom(), plot.right(), quickWins.bottom()));
        layout.ticks().forEach(t -> nodes.add(muted(text(t, MatrixLayout.TEXT_TYPE, false))));
        layout.titles().forEach(t -> nodes.add(muted(text(t, MatrixLayout.TEXT_TYPE, false))));
        for (MatrixLayout.Key key : layout.keys()) {
            Circle swatch = new Circle(key.x(), key.y(), 6, FxColours.of(key.fill()));
            swatch.setStroke(FxColours.of(key.fill().darker()));
            nodes.add(swatch);
            nodes.add(muted(text(new MatrixLayout.Label(key.text(), key.x() + 10, key.y() + 4,
                    MatrixLayout.Align.START), MatrixLayout.TEXT_TYPE, false)));
        }
        return nodes;
    }

    /** A bubble and its title, with the whole title and its ratings in a tooltip. */
    static Group bubble(MatrixLayout.Dot dot, PriorityRule rule) {
        Circle circle = new Circle(dot.x(), dot.y(), dot.radius(), FxColours.of(dot.fill().withOpacity(0.85)));
        circle.setStroke(FxColours.of(dot.fill().darker()));
        circle.setStrokeWidth(1.5);
        circle.getStyleClass().add("matrix-bubble-circle");
        Text title = text(new MatrixLayout.Label(dot.label(), dot.x(), dot.y() + dot.radius() + 13,
                MatrixLayout.Align.CENTRE), MatrixLayout.TEXT_TYPE, false);
        title.setFill(FxColours.INK);
        // The status in words under the title: the bubble's colour must not be the only sign of it.
        Text status = muted(text(new MatrixLayout.Label(ModelWords.status(dot.opportunity().status()), dot.x(),
                dot.y() + dot.radius() + 13 + MatrixLayout.TEXT_TYPE + 2, MatrixLayout.Align.CENTRE),
                MatrixLayout.TEXT_TYPE, false));
        status.getStyleClass().add("matrix-bubble-status");
        Group bubble = new Group(circle, title, status);
        bubble.getStyleClass().add("matrix-bubble");
        bubble.setId("bubble-" + dot.opportunity().id());
        bubble.setUserData(dot.opportunity().id());
        Opportunity o = dot.opportunity();
        Tooltip.install(bubble, new Tooltip(Messages.text(
                o.owner().isEmpty() ? "matrix.bubbleTip" : "matrix.bubbleTipOwner",
                o.title(), ModelWords.quadrant(dot.bubble().quadrant()), rule.value(o), o.customerValue(),
                o.businessValue(), o.effort(), ModelWords.status(o.status()), o.owner())));
        return bubble;
    }

    private static Text text(MatrixLayout.Label label, double size, boolean bold) {
        Text text = new Text(label.text());
        text.setFont(Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        text.setTextOrigin(VPos.BASELINE);
        double width = text.getLayoutBounds().getWidth();
        text.setTextAlignment(TextAlignment.LEFT);
        text.setX(switch (label.align()) {
            case START -> label.x();
            case CENTRE -> label.x() - width / 2;
            case END -> label.x() - width;
        });
        text.setY(label.baseline());
        return text;
    }

    private static Text muted(Text text) {
        text.setFill(FxColours.of(Palette.INK_MUTED));
        return text;
    }

    private static Line line(double x1, double y1, double x2, double y2) {
        Line line = new Line(x1, y1, x2, y2);
        line.setStroke(FxColours.of(Palette.GRID));
        return line;
    }
}

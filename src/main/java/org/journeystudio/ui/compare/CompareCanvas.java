package org.journeystudio.ui.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeType;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.journeystudio.layout.Box;
import org.journeystudio.render.CompareLayout;
import org.journeystudio.render.CompareMark;
import org.journeystudio.render.ExportFonts;
import org.journeystudio.ui.FxColours;

/**
 * The compare view on screen: one node per mark of the {@link CompareLayout}, in the export font, so the window
 * shows exactly what the exports print.
 */
final class CompareCanvas {
    static {
        // Registers the export font's family with JavaFX, once, before any text asks for it.
        loadFace(false);
        loadFace(true);
    }

    private CompareCanvas() {
    }

    static Pane of(CompareLayout layout) {
        Pane pane = new Pane();
        pane.setMinSize(layout.width(), layout.height());
        pane.setPrefSize(layout.width(), layout.height());
        pane.setMaxSize(layout.width(), layout.height());
        for (CompareMark mark : layout.marks()) {
            pane.getChildren().add(node(mark));
        }
        return pane;
    }

    private static Node node(CompareMark mark) {
        if (mark instanceof CompareMark.Text t) {
            Text text = new Text(t.x(), t.baseline(), t.text());
            text.setTextOrigin(VPos.BASELINE);
            text.setFont(Font.font(ExportFonts.FAMILY, t.type().bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                    t.type().size()));
            text.setFill(FxColours.of(t.colour()));
            return text;
        }
        if (mark instanceof CompareMark.Rect r) {
            Box b = r.box();
            Rectangle rect = new Rectangle(b.x(), b.y(), b.w(), b.h());
            rect.setFill(r.fill() == null ? null : FxColours.of(r.fill()));
            if (r.stroke() != null && r.strokeWidth() > 0) {
                rect.setStroke(FxColours.of(r.stroke()));
                rect.setStrokeWidth(r.strokeWidth());
                rect.setStrokeType(StrokeType.INSIDE); // as the exports draw it: never onto the next cell
            }
            return rect;
        }
        if (mark instanceof CompareMark.Line l) {
            Polyline line = new Polyline(l.points().stream().mapToDouble(Double::doubleValue).toArray());
            line.setStroke(FxColours.of(l.colour()));
            line.setStrokeWidth(l.width());
            if (l.dashed()) {
                line.getStrokeDashArray().setAll(6.0, 4.0);
            } else {
                line.setStrokeLineCap(StrokeLineCap.ROUND);
            }
            return line;
        }
        CompareMark.Dot d = (CompareMark.Dot) mark;
        Circle dot = new Circle(d.cx(), d.cy(), d.radius(), FxColours.of(d.fill()));
        dot.setStroke(FxColours.of(d.stroke()));
        dot.setStrokeWidth(1.5);
        return dot;
    }

    private static void loadFace(boolean bold) {
        try (InputStream in = ExportFonts.face(bold)) {
            Font.loadFont(in, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the export font", e);
        }
    }
}

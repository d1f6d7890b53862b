package org.journeystudio.ui.workshop;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.ratings.HeatmapMeasure;
import org.journeystudio.ui.heatmap.HeatmapLegend;
import org.journeystudio.workshop.LiveHeatmap;

/**
 * The live heatmap's legend as wrapping pieces: on a wide screen it is one row beside the mood title, on a
 * 1366 px laptop it breaks onto a second row instead of squeezing its labels into ellipses.
 */
final class LiveLegend {
    /** The gap between the parts of one piece, narrower than the gap between pieces so each reads as one. */
    private static final double INNER_GAP = 6;

    private LiveLegend() {
    }

    /** Fills {@code legend} with the legend of a heatmap of means on {@code scale}. */
    static void fill(FlowPane legend, DivergingScale scale) {
        legend.getChildren().setAll(pieces(HeatmapLegend.of(HeatmapMeasure.MEAN, scale, LiveHeatmap.LOW_N,
                Messages.text("workshop.legendHint"))));
    }

    /**
     * Glues what must not be split by a line break: the heatmap legend's parts are its title, the colour ramp,
     * the neutral note, the low-n mark and the low-n note, so the title stays with the ramp and the mark with the
     * note it explains. Parts in any other shape are kept as they come, one piece each.
     */
    static List<Node> pieces(List<Node> parts) {
        if (parts.size() != 5) {
            return List.copyOf(parts);
        }
        List<Node> pieces = new ArrayList<>();
        pieces.add(glued(parts.get(0), parts.get(1)));
        pieces.add(parts.get(2));
        pieces.add(glued(parts.get(3), parts.get(4)));
        return pieces;
    }

    private static HBox glued(Node first, Node second) {
        HBox piece = new HBox(INNER_GAP, first, second);
        piece.setAlignment(Pos.CENTER_LEFT);
        piece.getStyleClass().add(WorkshopStyles.LEGEND_PIECE);
        return piece;
    }
}

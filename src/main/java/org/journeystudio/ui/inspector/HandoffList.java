package org.journeystudio.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.journeystudio.model.Blueprint;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;

/** The map inspector's list of handoffs: dependency arrows that cross the line of interaction. */
final class HandoffList {
    private final VBox rows = new VBox(6);
    private final TitledPane pane = new TitledPane("Handoffs", rows);

    HandoffList() {
        pane.setId("handoffsPane");
        pane.setExpanded(false);
        rows.getStyleClass().add(InspectorStyles.FORM);
    }

    Node view() {
        return pane;
    }

    void show(JourneyMap map) {
        List<Blueprint.Handoff> handoffs = Blueprint.handoffs(map);
        pane.setText(handoffs.isEmpty() ? "Handoffs" : "Handoffs (" + handoffs.size() + ")");
        List<Node> shown = new ArrayList<>();
        for (Blueprint.Handoff handoff : handoffs) {
            Label row = new Label(title(handoff.from()) + " " + handoff.kind().displayName().toLowerCase(
                    java.util.Locale.ROOT) + " " + title(handoff.to()) + "  (" + laneOf(map, handoff.from()) + " → "
                    + laneOf(map, handoff.to()) + ")");
            row.setWrapText(true);
            shown.add(row);
        }
        if (shown.isEmpty()) {
            Label none = new Label("No dependency arrow crosses the line of interaction. Give lanes a blueprint role"
                    + " (a lane header's menu) and link cards with \"Depends on…\" in a card's inspector.");
            none.setWrapText(true);
            none.getStyleClass().add(InspectorStyles.EMPTY_NOTE);
            shown.add(none);
        }
        rows.getChildren().setAll(shown);
    }

    private static String title(Touchpoint t) {
        return "'" + (t.title().isEmpty() ? "Untitled touchpoint" : t.title()) + "'";
    }

    private static String laneOf(JourneyMap map, Touchpoint t) {
        return map.lane(t.laneId()).map(l -> l.title()).orElse("");
    }
}

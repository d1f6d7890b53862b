package org.journeystudio.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.model.Blueprint;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;

/** The map inspector's list of handoffs: dependency arrows that cross the line of interaction. */
final class HandoffList {
    private final VBox rows = new VBox(6);
    private final TitledPane pane = new TitledPane(Messages.text("inspector.handoffs"), rows);

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
        pane.setText(handoffs.isEmpty() ? Messages.text("inspector.handoffs")
                : Messages.text("inspector.counted", Messages.text("inspector.handoffs"), handoffs.size()));
        List<Node> shown = new ArrayList<>();
        for (Blueprint.Handoff handoff : handoffs) {
            Label row = new Label(Messages.text("inspector.handoff", title(handoff.from()),
                    ModelWords.link(handoff.kind()).toLowerCase(Messages.language().locale()), title(handoff.to()),
                    laneOf(map, handoff.from()), laneOf(map, handoff.to())));
            row.setWrapText(true);
            shown.add(row);
        }
        if (shown.isEmpty()) {
            Label none = new Label(Messages.text("inspector.noHandoffs"));
            none.setWrapText(true);
            none.getStyleClass().add(InspectorStyles.EMPTY_NOTE);
            shown.add(none);
        }
        rows.getChildren().setAll(shown);
    }

    private static String title(Touchpoint t) {
        return t.title().isEmpty() ? Messages.text("inspector.untitledTouchpoint") : t.title();
    }

    private static String laneOf(JourneyMap map, Touchpoint t) {
        return map.lane(t.laneId()).map(l -> l.title()).orElse("");
    }
}

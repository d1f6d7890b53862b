package org.journeystudio.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import org.journeystudio.model.Evidence;
import org.journeystudio.ui.canvas.CanvasPanel;

/**
 * The toolbar's Evidence menu: one tick per kind of evidence; unticked kinds fade on the canvas. The ticks and
 * the inspector's toggles share the session's set, so either one filters and both show the same.
 */
final class EvidenceFilter {
    private EvidenceFilter() {
    }

    static List<MenuItem> menuItems(ObservableSet<Evidence> visible) {
        List<MenuItem> items = new ArrayList<>();
        for (Evidence evidence : Evidence.values()) {
            CheckMenuItem item = new CheckMenuItem(CanvasPanel.evidenceWord(evidence));
            item.setId("evidence-filter-" + evidence.name().toLowerCase());
            item.setSelected(visible.contains(evidence));
            item.setOnAction(e -> {
                if (item.isSelected()) {
                    visible.add(evidence);
                } else {
                    visible.remove(evidence);
                }
            });
            visible.addListener((SetChangeListener<Evidence>) c -> item.setSelected(visible.contains(evidence)));
            items.add(item);
        }
        return items;
    }
}

package org.journeystudio.ui.segments;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;

/**
 * The list half of a Segments & personas column: the map's segments or personas in order, the selection kept
 * on the same id when the map changes, and the up, down and delete buttons enabled only where they can act.
 */
final class OrderedList<T> {
    private final ListView<T> list;
    private final Function<T, String> id;
    private final Button up;
    private final Button down;
    private final Button delete;

    OrderedList(ListView<T> list, Function<T, String> id, Button up, Button down, Button delete) {
        this.list = list;
        this.id = id;
        this.up = up;
        this.down = down;
        this.delete = delete;
    }

    /** Shows {@code items}, keeping the selected id (or selecting the first item when it is gone). */
    void show(List<T> items) {
        String selectedId = selected().map(id).orElse(null);
        if (!list.getItems().equals(items)) {
            list.getItems().setAll(items);
        }
        int index = selectedId == null ? -1 : items.stream().map(id).toList().indexOf(selectedId);
        if (index < 0 && !items.isEmpty()) {
            index = 0;
        }
        if (index >= 0) {
            list.getSelectionModel().select(index);
        } else {
            list.getSelectionModel().clearSelection();
        }
    }

    /** Enables the buttons for the selection; returns the selected item, if any. */
    Optional<T> updateButtons() {
        Optional<T> chosen = selected();
        int index = selectedIndex();
        delete.setDisable(chosen.isEmpty());
        up.setDisable(chosen.isEmpty() || index == 0);
        down.setDisable(chosen.isEmpty() || index == list.getItems().size() - 1);
        return chosen;
    }

    void selectLast() {
        list.getSelectionModel().select(list.getItems().size() - 1);
    }

    Optional<T> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    int selectedIndex() {
        return list.getSelectionModel().getSelectedIndex();
    }
}

package org.journeystudio.ui.heatmap;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Keeps a table's first column in place while the other columns scroll sideways, like a spreadsheet's frozen
 * column; rows still scroll up and down together. The column's cells and header are moved right by exactly as much
 * as the table scrolls left, and drawn above the cells that slide beneath them.
 */
final class FrozenColumn {
    // Style class; its rule (an opaque ground, an edge) is in heatmap.css.
    private static final String FROZEN = "frozen-column";

    private final TableView<?> table;
    private final DoubleProperty offset = new SimpleDoubleProperty();
    private TableColumn<?, ?> column;
    private ScrollBar bar;

    FrozenColumn(TableView<?> table) {
        this.table = table;
        table.skinProperty().addListener((obs, old, skin) -> findBar());
        table.needsLayoutProperty().addListener((obs, old, needs) -> {
            if (!needs) {
                findBar();
                pinHeader();
            }
        });
        offset.addListener((obs, old, now) -> pinHeader());
    }

    /** Freezes {@code frozen}, the table's first column; its cells must come from {@link #pin}. */
    void freeze(TableColumn<?, ?> frozen) {
        column = frozen;
        pinHeader();
    }

    /**
     * Makes a cell of the frozen column stay in place. A table row stops sizing the cells of a column it thinks
     * scrolled out of sight, so the pinned cell follows its row's height itself.
     */
    <S, T> TableCell<S, T> pin(TableCell<S, T> cell) {
        cell.translateXProperty().bind(offset);
        cell.setViewOrder(-1);
        cell.getStyleClass().add(FROZEN);
        cell.tableRowProperty().addListener((obs, old, row) -> {
            if (row != null) {
                row.needsLayoutProperty().addListener((o, was, needs) -> {
                    if (!needs) {
                        fit(cell, row);
                    }
                });
            }
        });
        return cell;
    }

    /** Lays the cell out over the whole height of its row, as the row does for the cells it thinks visible. */
    private static void fit(TableCell<?, ?> cell, TableRow<?> row) {
        double top = row.snappedTopInset();
        double height = row.getHeight() - top - row.snappedBottomInset();
        if (height > 0 && (Math.abs(cell.getHeight() - height) > 0.5 || Math.abs(cell.getLayoutY() - top) > 0.5)) {
            cell.resizeRelocate(cell.getLayoutX(), top, cell.getWidth(), height);
            cell.layout();
        }
    }

    private void findBar() {
        if (bar != null) {
            return;
        }
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar found && found.getOrientation() == Orientation.HORIZONTAL) {
                bar = found;
                offset.bind(found.valueProperty());
                return;
            }
        }
    }

    /** Headers are rebuilt whenever the columns change, so the frozen one is looked up each time. */
    private void pinHeader() {
        if (column == null) {
            return;
        }
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() == column) {
                header.setTranslateX(offset.get());
                header.setViewOrder(-1);
                if (!header.getStyleClass().contains(FROZEN)) {
                    header.getStyleClass().add(FROZEN);
                }
            }
        }
    }
}

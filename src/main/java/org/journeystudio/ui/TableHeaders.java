package org.journeystudio.ui;

import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Keeps a table's column headers readable whole, whatever the language makes of them. */
public final class TableHeaders {
    /** The header's padding on both sides plus room for the sort arrow. */
    private static final double HEADER_EXTRA = 40;

    private TableHeaders() {
    }

    /** Gives every column of {@code table} at least the width its header's words need. */
    public static void wholeTexts(TableView<?> table) {
        for (TableColumnBase<?, ?> column : table.getColumns()) {
            if (column.getText() == null || !column.isResizable()) {
                continue;
            }
            Text words = new Text(column.getText());
            // Headers are drawn bold in the studio's themes.
            words.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
            double needed = Math.ceil(words.getLayoutBounds().getWidth()) + HEADER_EXTRA;
            column.setMinWidth(Math.max(column.getMinWidth(), needed));
            column.setPrefWidth(Math.max(column.getPrefWidth(), needed));
        }
    }
}

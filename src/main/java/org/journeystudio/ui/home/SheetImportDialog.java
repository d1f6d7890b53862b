package org.journeystudio.ui.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.journeystudio.i18n.Messages;
import org.journeystudio.store.sheet.SheetColumns;
import org.journeystudio.store.sheet.SheetField;
import org.journeystudio.store.sheet.TouchpointSheet;
import org.journeystudio.ui.Dialogs;
import org.journeystudio.ui.Views;

/**
 * The column-mapping step of a touchpoint spreadsheet's import: the sheet's first rows, and above each column
 * the field it fills (as guessed from its header, or Ignore). Import stays off while Stage or Touchpoint is not
 * mapped or two mapped columns share a name, and the reason shows under the preview.
 */
public final class SheetImportDialog {
    private static final int PREVIEW_ROWS = 12;
    private static final double DIALOG_WIDTH = 940;
    private static final double DIALOG_HEIGHT = 600;
    private static final String COLUMN_NAME = "sheet-column-name";
    private static final String PANE = "sheet-import-pane";

    @FXML
    private Label summaryLabel;
    @FXML
    private TableView<List<String>> preview;
    @FXML
    private Label problemLabel;

    private final TouchpointSheet.Sheet sheet;
    private final SimpleObjectProperty<SheetColumns> columns;

    private SheetImportDialog(TouchpointSheet.Sheet sheet) {
        this.sheet = sheet;
        this.columns = new SimpleObjectProperty<>(sheet.guessedColumns());
    }

    /** Shows the dialog over {@code owner}; the columns chosen, or empty when cancelled. */
    public static Optional<SheetColumns> show(Window owner, TouchpointSheet.Sheet sheet) {
        SheetImportDialog form = new SheetImportDialog(sheet);
        Node content = Views.load(form);
        Dialog<SheetColumns> dialog = new Dialog<>();
        dialog.setTitle(Messages.text("home.sheetTitle"));
        dialog.setHeaderText(Messages.text("home.sheetHeader"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
        ButtonType importType = new ButtonType(Messages.text("home.importButton"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importType, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("sheetImportDialog");
        // Wide enough for five columns, within a 1024 x 768 screen; the preview scrolls sideways for more. The
        // theme caps dialogs at 600 px, so the pane's own stylesheet lifts that cap.
        dialog.getDialogPane().setPrefSize(DIALOG_WIDTH, DIALOG_HEIGHT);
        dialog.getDialogPane().getStyleClass().add(PANE);
        dialog.getDialogPane().getStylesheets().add(
                SheetImportDialog.class.getResource("sheet-import.css").toExternalForm());
        Dialogs.themed(dialog.getDialogPane());
        Node importButton = dialog.getDialogPane().lookupButton(importType);
        importButton.setId("importSheetButton");
        importButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !form.columns.get().problems().isEmpty(), form.columns));
        dialog.setResultConverter(button -> button == importType ? form.columns.get() : null);
        return dialog.showAndWait();
    }

    @FXML
    private void initialize() {
        int rows = sheet.rows().size();
        summaryLabel.setText(rows > PREVIEW_ROWS
                ? Messages.text("home.sheetSummaryFirst", sheet.source(), rows, sheet.header().size(), PREVIEW_ROWS)
                : Messages.text("home.sheetSummary", sheet.source(), rows, sheet.header().size()));
        for (int i = 0; i < sheet.header().size(); i++) {
            preview.getColumns().add(column(i));
        }
        sheet.rows().stream().limit(PREVIEW_ROWS).forEach(row -> preview.getItems().add(row.cells()));
        preview.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        columns.addListener((obs, old, now) -> showProblems());
        showProblems();
    }

    /** A preview column whose header is the field chooser above the sheet's own column name. */
    private TableColumn<List<String>, String> column(int index) {
        TableColumn<List<String>, String> column = new TableColumn<>();
        column.setSortable(false);
        column.setPrefWidth(170);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                index < row.getValue().size() ? firstLine(row.getValue().get(index)) : ""));
        ComboBox<String> field = new ComboBox<>();
        field.setId("column-" + index);
        field.getItems().add(ignore());
        List<String> labels = new ArrayList<>();
        for (SheetField each : SheetField.values()) {
            labels.add(each.label());
        }
        field.getItems().addAll(labels);
        field.setValue(columns.get().field(index).map(SheetField::label).orElse(ignore()));
        field.valueProperty().addListener((obs, old, chosen) -> columns.set(columns.get().with(index, fieldOf(chosen))));
        // A field taken from another column (each fills one) shows there as Ignore.
        columns.addListener((obs, old, now) -> field.setValue(now.field(index).map(SheetField::label).orElse(ignore())));
        Label name = new Label(sheet.header().get(index).strip());
        name.getStyleClass().add(COLUMN_NAME);
        column.setGraphic(new VBox(2, field, name));
        return column;
    }

    /** The choice that leaves a column out. */
    static String ignore() {
        return Messages.text("home.ignore");
    }

    private static SheetField fieldOf(String label) {
        for (SheetField field : SheetField.values()) {
            if (field.label().equals(label)) {
                return field;
            }
        }
        return null;
    }

    private void showProblems() {
        List<String> problems = columns.get().problems();
        problemLabel.setText(String.join("\n", problems));
    }

    /** A cell holding a list shows its first line and how many more there are. */
    private static String firstLine(String cell) {
        String[] lines = cell.strip().split("\n");
        return lines.length > 1 ? Messages.text("home.moreLines", lines[0], lines.length - 1) : cell.strip();
    }
}

package org.journeystudio.ui.home;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.ui.StudioStyles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Sets up the home screen's project table: its columns, sorting, double-click to open and the row menu. */
final class ProjectTable {
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private ProjectTable() {
    }

    static void configure(TableView<ProjectSummary> table, TableColumn<ProjectSummary, String> title,
                          TableColumn<ProjectSummary, Integer> touchpoints, TableColumn<ProjectSummary, Instant> modified,
                          ObservableList<ProjectSummary> shown, Consumer<ProjectSummary> open,
                          Supplier<ContextMenu> rowMenu) {
        SortedList<ProjectSummary> sorted = new SortedList<>(shown);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        title.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        title.setCellFactory(c -> new TitleCell());
        touchpoints.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().touchpointCount()));
        modified.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().modified()));
        modified.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant when, boolean empty) {
                super.updateItem(when, empty);
                setText(empty || when == null ? null : MODIFIED.format(when));
            }
        });
        Label noMatch = new Label("No project matches your search.");
        noMatch.getStyleClass().add(HomeStyles.TABLE_PLACEHOLDER);
        noMatch.setId("noMatchLabel");
        table.setPlaceholder(noMatch);
        table.setRowFactory(t -> {
            TableRow<ProjectSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            row.contextMenuProperty().bind(row.emptyProperty().map(empty -> empty ? null : rowMenu.get()));
            return row;
        });
    }

    /** A title with a file icon, so the list reads as documents. */
    private static final class TitleCell extends TableCell<ProjectSummary, String> {
        @Override
        protected void updateItem(String title, boolean empty) {
            super.updateItem(title, empty);
            setText(empty ? null : title);
            setGraphic(empty ? null : new FontIcon(Feather.FILE_TEXT));
            StudioStyles.toggle(this, HomeStyles.PROJECT_TITLE, !empty);
        }
    }
}

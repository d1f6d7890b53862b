package org.journeystudio.ui.home;

import java.text.Collator;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import org.journeystudio.i18n.Messages;
import org.journeystudio.ui.TableHeaders;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.ui.StudioStyles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Sets up the home screen's project table: a thumbnail of each map, its columns (each sortable; newest first
 * until the user sorts otherwise), double-click to open and the row menu.
 */
final class ProjectTable {
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private ProjectTable() {
    }

    static void configure(TableView<ProjectSummary> table, TableColumn<ProjectSummary, String> thumbnail,
                          TableColumn<ProjectSummary, String> title, TableColumn<ProjectSummary, Integer> touchpoints,
                          TableColumn<ProjectSummary, Instant> modified, ObservableList<ProjectSummary> shown,
                          ObservableMap<String, Image> thumbnails, Consumer<ProjectSummary> open,
                          Supplier<ContextMenu> rowMenu, boolean teamLibrary) {
        TableHeaders.wholeTexts(table);
        SortedList<ProjectSummary> sorted = new SortedList<>(shown);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        thumbnail.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        thumbnail.setCellFactory(c -> new ThumbnailCell(thumbnails));
        thumbnail.setSortable(false);
        title.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        title.setCellFactory(c -> new TitleCell());
        Collator byLanguage = Collator.getInstance();
        byLanguage.setStrength(Collator.SECONDARY);
        title.setComparator(byLanguage::compare);
        touchpoints.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().touchpointCount()));
        modified.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().modified()));
        modified.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant when, boolean empty) {
                super.updateItem(when, empty);
                ProjectSummary project = empty ? null : getTableRow().getItem();
                // On a team library, who saved it last: "5 Dec 2026 10:02 by Ana". A local library has one user,
                // whose login name would only crowd the column.
                String at = empty || when == null ? null
                        : MODIFIED.withLocale(Messages.language().locale()).format(when);
                boolean anyone = !teamLibrary || project == null || project.changedBy().isBlank();
                setText(at == null || anyone ? at : Messages.text("home.modifiedBy", at, project.changedBy()));
            }
        });
        modified.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(java.util.List.of(modified));
        Label noMatch = new Label(Messages.text("home.noProjectMatches"));
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

    /**
     * The map in small, once drawn in the background; a plain tile with a map icon until then (or when it cannot
     * be drawn). The picture follows the thumbnails as they are drawn again after a save.
     */
    private static final class ThumbnailCell extends TableCell<ProjectSummary, String> {
        private final ObservableMap<String, Image> thumbnails;
        private final ImageView picture = new ImageView();
        private final FontIcon placeholder = new FontIcon(Feather.MAP);
        private final StackPane frame = new StackPane(placeholder, picture);

        ThumbnailCell(ObservableMap<String, Image> thumbnails) {
            this.thumbnails = thumbnails;
            picture.setFitWidth(HomeViewModel.THUMBNAIL_WIDTH);
            picture.setFitHeight(HomeViewModel.THUMBNAIL_HEIGHT);
            picture.setPreserveRatio(true);
            picture.setSmooth(true);
            placeholder.visibleProperty().bind(picture.imageProperty().isNull());
            frame.getStyleClass().add(HomeStyles.THUMBNAIL);
            frame.setMinSize(HomeViewModel.THUMBNAIL_WIDTH, HomeViewModel.THUMBNAIL_HEIGHT);
            frame.setMaxSize(HomeViewModel.THUMBNAIL_WIDTH, HomeViewModel.THUMBNAIL_HEIGHT);
        }

        @Override
        protected void updateItem(String projectId, boolean empty) {
            super.updateItem(projectId, empty);
            picture.imageProperty().unbind();
            if (empty || projectId == null) {
                picture.setImage(null);
                setGraphic(null);
            } else {
                picture.imageProperty().bind(Bindings.valueAt(thumbnails, projectId));
                setGraphic(frame);
            }
        }
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

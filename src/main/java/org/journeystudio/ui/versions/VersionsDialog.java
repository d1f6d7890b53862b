package org.journeystudio.ui.versions;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.render.MapThumbnail;
import org.journeystudio.store.VersionInfo;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.Dialogs;
import org.journeystudio.ui.Theme;
import org.journeystudio.usecase.RestoreVersion;
import org.journeystudio.usecase.VersionHistory;

/**
 * File ▸ Versions…: the project's versions (name, when, note, size, and a mark on those the studio kept by
 * itself), a read-only picture of the chosen one, and Restore and Delete. Modal to the editor, so the map does
 * not change under a restore.
 */
final class VersionsDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withZone(ZoneId.systemDefault());
    private static final int PREVIEW_WIDTH = 640;
    private static final int PREVIEW_HEIGHT = 400;
    private static final int MIN_PREVIEW_WIDTH = 320;
    /** The version list's own width (its columns and the gaps around it). */
    private static final int LIST_WIDTH = 560;
    private static final int WIDTH = 1320;
    private static final int HEIGHT = 520;
    private static final int SCREEN_MARGIN = 40;
    /** Drawn at 1.6 times the shown size (the largest a thumbnail may be), so it stays sharp on a HiDPI screen. */
    private static final int DRAWN_WIDTH = 1024;
    private static final int DRAWN_HEIGHT = 640;

    private final VersionsFlow flow;
    private final JourneyMap map;
    private final Stage stage = new Stage();
    private final TableView<VersionInfo> table = new TableView<>();
    private final ImageView picture = new ImageView();
    private final Label previewTitle = new Label(Messages.text("versions.previewHint"));
    private final BackgroundWork.Kind loading;
    private final BackgroundWork.Kind drawing;

    VersionsDialog(VersionsFlow flow, JourneyMap map, Window owner) {
        this.flow = flow;
        this.map = map;
        this.loading = flow.work().kind("version list");
        this.drawing = flow.work().kind("version preview");
        table.setId("versionTable");
        table.setPlaceholder(new Label(Messages.text("versions.noneYet")));
        table.getColumns().setAll(java.util.List.of(
                column(Messages.text("versions.name"), 160,
                        v -> v.automatic() ? Messages.text("versions.automatic", v.name()) : v.name()),
                column(Messages.text("versions.saved"), 165,
                        v -> WHEN.withLocale(Messages.language().locale()).format(v.created())),
                column(Messages.text("versions.note"), 135, VersionInfo::note),
                column(Messages.text("versions.size"), 55, v -> VersionHistory.size(v.bytes()))));
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<VersionInfo>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    preview();
                }
            });
            return row;
        });
        // On a 1024-pixel projector the list keeps its room and the preview shrinks, so nothing leaves the screen.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(WIDTH, screen.getWidth() - SCREEN_MARGIN);
        double previewWidth = Math.max(MIN_PREVIEW_WIDTH, Math.min(PREVIEW_WIDTH, width - LIST_WIDTH));
        picture.setId("versionPreview");
        picture.setFitWidth(previewWidth);
        picture.setFitHeight(previewWidth * PREVIEW_HEIGHT / PREVIEW_WIDTH);
        picture.setPreserveRatio(true);
        previewTitle.setId("versionPreviewTitle");
        previewTitle.setWrapText(true);
        previewTitle.setMaxWidth(previewWidth);
        VBox preview = new VBox(8, previewTitle, picture);
        HBox.setHgrow(table, Priority.ALWAYS);

        BooleanBinding none = table.getSelectionModel().selectedItemProperty().isNull();
        Button previewButton = button(Messages.text("versions.preview"), "previewVersion", none, this::preview);
        Button restoreButton = button(Messages.text("versions.restoreMenu"), "restoreVersion", none, this::restore);
        Button deleteButton = button(Messages.text("versions.deleteMenu"), "deleteVersion", none, this::delete);
        Button close = button(Messages.text("versions.close"), "closeVersions", null, stage::close);
        close.setCancelButton(true);
        ButtonBar buttons = new ButtonBar();
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.getButtons().setAll(previewButton, restoreButton, deleteButton, close);

        BorderPane root = new BorderPane(new HBox(12, table, preview));
        root.setId("versionsDialog");
        root.setBottom(buttons);
        root.setPadding(new Insets(12));
        BorderPane.setMargin(buttons, new Insets(12, 0, 0, 0));
        Scene scene = new Scene(root, width, Math.min(HEIGHT, screen.getHeight() - SCREEN_MARGIN));
        Theme.style(scene);
        stage.setScene(scene);
        stage.setTitle(Messages.text("versions.windowTitle", map.title()));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
    }

    void show() {
        stage.show();
        reload();
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    void toFront() {
        stage.toFront();
    }

    /** Reads the list again (after a save, a restore or a delete), keeping the chosen version chosen. */
    void reload() {
        Optional<VersionInfo> chosen = chosen();
        loading.submit(BackgroundWork.task(Messages.text("versions.reading"), cancelled -> flow.history().list(map.id())),
                versions -> {
                    table.getItems().setAll(versions);
                    chosen.ifPresent(v -> table.getSelectionModel().select(v));
                }, reason -> Dialogs.error(stage, Messages.text("versions.couldNotRead"), reason));
    }

    private void preview() {
        chosen().ifPresent(version -> drawing.submit(BackgroundWork.task(Messages.text("versions.drawing", version.name()),
                cancelled -> {
                    JourneyMap kept = flow.history().preview(version);
                    return new Drawn(kept, MapThumbnail.png(kept, DRAWN_WIDTH, DRAWN_HEIGHT));
                }), drawn -> {
                    picture.setImage(new Image(new ByteArrayInputStream(drawn.png())));
                    previewTitle.setText(Messages.text("versions.previewTitle", version.name(),
                            drawn.map().stages().size(), drawn.map().touchpoints().size()));
                }, reason -> Dialogs.error(stage, Messages.text("versions.couldNotShow", version.name()), reason)));
    }

    private void restore() {
        chosen().ifPresent(version -> {
            if (Dialogs.confirm(stage, Messages.text("versions.restoreQuestion", version.name()),
                    Messages.text("versions.restoreExplained", RestoreVersion.keptName(version)),
                    Messages.text("versions.restore"))) {
                flow.restore(version, stage, this::reload);
            }
        });
    }

    private void delete() {
        chosen().ifPresent(version -> {
            if (Dialogs.confirm(stage, Messages.text("versions.deleteQuestion", version.name()),
                    Messages.text("versions.deleteExplained"), Messages.text("versions.delete"))) {
                flow.work().run(BackgroundWork.task(Messages.text("versions.deleting", version.name()), cancelled -> {
                    flow.history().delete(version);
                    return version;
                }), deleted -> reload(), failure -> Dialogs.error(stage, Messages.text("versions.couldNotDelete"), failure));
            }
        });
    }

    private Optional<VersionInfo> chosen() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private static TableColumn<VersionInfo, String> column(String title, double width,
                                                           java.util.function.Function<VersionInfo, String> text) {
        TableColumn<VersionInfo, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }

    private static Button button(String text, String id, BooleanBinding disabledWhen, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        if (disabledWhen != null) {
            button.disableProperty().bind(disabledWhen);
        }
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A version's map and its picture, drawn off the FX thread. */
    private record Drawn(JourneyMap map, byte[] png) {
    }
}

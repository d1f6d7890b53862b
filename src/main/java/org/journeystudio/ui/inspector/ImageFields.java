package org.journeystudio.ui.inspector;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.editing.FieldEdits;
import org.journeystudio.editing.TouchpointEdits;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Limits;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointImage;
import org.journeystudio.ui.FilePicker;
import org.journeystudio.usecase.TouchpointImages;

/**
 * The touchpoint inspector's "Image" section: the cards' picture (a screen, a photo) shown larger, with Choose
 * image… and Remove, each one undo step. A refused file (not an image, too large, a bomb) is said here.
 */
final class ImageFields {
    private static final double PREVIEW_WIDTH = 240;

    private final FieldEdits edits;
    private final Supplier<List<String>> ids;
    private final InlineMessage message = new InlineMessage();
    private final ImageView preview = new ImageView();
    private final Label about = new Label();
    private final Button choose = new Button(Messages.text("inspector.chooseImage"));
    private final Button remove = new Button(Messages.text("inspector.remove"));
    private final TitledPane pane;
    private TouchpointImage shown;

    ImageFields(FieldEdits edits, Supplier<List<String>> ids) {
        this.edits = edits;
        this.ids = ids;
        preview.setId("imagePreview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(PREVIEW_WIDTH);
        preview.setFitHeight(PREVIEW_WIDTH * 0.75);
        preview.managedProperty().bind(preview.visibleProperty());
        about.setWrapText(true);
        about.getStyleClass().add(InspectorStyles.FIELD_LABEL);
        choose.setId("chooseImageButton");
        remove.setId("removeImageButton");
        choose.setOnAction(e -> choose());
        remove.setOnAction(e -> edits.step(TouchpointEdits.set(edits.map(), ids.get(), TouchpointField.IMAGE, null),
                message));
        VBox form = new VBox(8, preview, about, new HBox(6, choose, remove), message);
        form.getStyleClass().add(InspectorStyles.FORM);
        pane = new TitledPane(Messages.text("inspector.image"), form);
        pane.setId("imagePane");
    }

    Node view() {
        return pane;
    }

    /** Shows the cards' picture when they share one; "none" or "differs" otherwise. */
    void show(List<Touchpoint> cards) {
        TouchpointImage image = cards.get(0).image();
        boolean same = cards.stream().allMatch(t -> java.util.Objects.equals(t.image(), image));
        if (!same || image == null) {
            shown = null;
            preview.setImage(null);
            preview.setVisible(false);
            about.setText(Messages.text(same ? "inspector.noImage" : "inspector.differentImages"));
            remove.setDisable(cards.stream().allMatch(t -> t.image() == null));
            return;
        }
        if (!image.equals(shown)) {
            shown = image;
            preview.setImage(new Image(new java.io.ByteArrayInputStream(image.data()), PREVIEW_WIDTH * 2, 0, true, true));
        }
        preview.setVisible(true);
        about.setText(Messages.text("inspector.imageAbout", image.width(), image.height(),
                image.mediaType().substring("image/".length()).toUpperCase(Locale.ROOT),
                Limits.bytes(image.data().length)));
        remove.setDisable(false);
    }

    void forget() {
        message.clear();
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("inspector.chooseImageTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("inspector.imageFiles"),
                TouchpointImages.EXTENSIONS.stream().map(ext -> "*." + ext).toList()));
        Optional<Path> file = FilePicker.showOpen(chooser, pane.getScene().getWindow());
        if (file.isEmpty()) {
            return;
        }
        try {
            TouchpointImage image = TouchpointImages.read(file.get());
            edits.step(TouchpointEdits.set(edits.map(), ids.get(), TouchpointField.IMAGE, image), message);
        } catch (IOException e) {
            message.show(e.getMessage());
        }
    }
}

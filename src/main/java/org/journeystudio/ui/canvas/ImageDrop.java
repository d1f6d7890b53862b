package org.journeystudio.ui.canvas;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import org.journeystudio.ui.FilePicker;
import org.journeystudio.ui.session.CardImages;
import org.journeystudio.ui.session.Selection;

/**
 * Dropping an image file on a card shows it on that card (one undo step) and selects the card; a drop anywhere
 * else, or of something that is not a file, is not accepted, so the pointer says so while dragging.
 */
final class ImageDrop {
    private final CardImages images;
    private final Selection selection;

    private ImageDrop(CardImages images, Selection selection) {
        this.images = images;
        this.selection = selection;
    }

    static void install(Node canvas, CardImages images, Selection selection) {
        ImageDrop drop = new ImageDrop(images, selection);
        canvas.addEventHandler(DragEvent.DRAG_OVER, drop::over);
        canvas.addEventHandler(DragEvent.DRAG_DROPPED, drop::dropped);
    }

    private void over(DragEvent e) {
        if (e.getDragboard().hasFiles() && card(e).isPresent()) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
    }

    private void dropped(DragEvent e) {
        Optional<String> card = card(e);
        Optional<Path> file = CardImages.imageFile(FilePicker.files(e.getDragboard()));
        boolean done = card.isPresent() && file.isPresent() && images.attachFile(card.get(), file.get());
        if (done) {
            selection.selectTouchpoints(java.util.List.of(card.get()));
        }
        e.setDropCompleted(done);
        e.consume();
    }

    private static Optional<String> card(DragEvent e) {
        return e.getPickResult() == null || e.getPickResult().getIntersectedNode() == null ? Optional.empty()
                : CardView.touchpointOf(e.getPickResult().getIntersectedNode());
    }
}

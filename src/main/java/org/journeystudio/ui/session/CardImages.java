package org.journeystudio.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.Clipboard;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Limits;
import org.journeystudio.model.TouchpointImage;
import org.journeystudio.ui.FilePicker;
import org.journeystudio.usecase.TouchpointImages;

/**
 * Puts pictures on the session's cards: a file dropped on a card or chosen in the inspector, an image on the
 * clipboard pasted onto the selected card, or none (remove). Each is one undo step; a refused picture (not an
 * image, too large, a decompression bomb) leaves the card as it was and says why in the status line.
 */
public final class CardImages {
    private final EditorSession session;

    public CardImages(EditorSession session) {
        this.session = session;
    }

    /** The first image file among {@code files}, if any (by its name: a drop offers whatever was dragged). */
    public static Optional<Path> imageFile(List<Path> files) {
        return files.stream().filter(TouchpointImages::looksLikeImage).findFirst()
                .or(() -> files.stream().findFirst());
    }

    /** Shows the picture in {@code file} on the card; false (and a message) when it is refused. */
    public boolean attachFile(String touchpointId, Path file) {
        TouchpointImage image;
        try {
            image = TouchpointImages.read(file);
        } catch (IOException e) {
            session.warn(e.getMessage());
            return false;
        }
        return session.runStep(TouchpointImages.set(session.map(), touchpointId, image));
    }

    /** Takes the picture off the card. */
    public boolean remove(String touchpointId) {
        return session.runStep(TouchpointImages.set(session.map(), touchpointId, null));
    }

    /**
     * Pastes the clipboard's image (pixels, or an image file copied in a file manager) onto the one selected card;
     * false when the clipboard holds no picture or not exactly one card is selected, so the caller can paste cards.
     */
    public boolean pasteOnSelectedCard(Clipboard clipboard) {
        List<String> selected = session.selection().touchpointIds();
        if (selected.size() != 1) {
            return false;
        }
        String card = selected.get(0);
        if (clipboard.hasImage()) {
            return attachPicture(card, clipboard.getImage());
        }
        Optional<Path> file = imageFile(FilePicker.files(clipboard)).filter(TouchpointImages::looksLikeImage);
        return file.isPresent() && attachFile(card, file.get());
    }

    private boolean attachPicture(String touchpointId, Image picture) {
        int width = (int) picture.getWidth();
        int height = (int) picture.getHeight();
        if (picture.getPixelReader() == null || (long) width * height > Limits.IMAGE_PIXELS || width < 1 || height < 1) {
            session.warn(Messages.text("session.pictureTooLarge", width, height, Limits.IMAGE_PIXELS));
            return false;
        }
        int[] argb = new int[width * height];
        picture.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        try {
            return session.runStep(TouchpointImages.set(session.map(), touchpointId,
                    TouchpointImages.fromPixels(width, height, argb)));
        } catch (IOException e) {
            session.warn(e.getMessage());
            return false;
        }
    }
}

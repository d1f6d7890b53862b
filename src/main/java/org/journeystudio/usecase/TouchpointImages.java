package org.journeystudio.usecase;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.TouchpointImage;
import org.journeystudio.store.image.ImageIntake;

/**
 * Putting a picture on a card and taking it off: a dropped or chosen file, or pixels pasted from the clipboard,
 * checked and scaled by {@link ImageIntake}, then set by one undoable command.
 */
public final class TouchpointImages {
    /** The file endings a chooser offers and a drop accepts (the content decides in the end). */
    public static final List<String> EXTENSIONS = List.of("png", "jpg", "jpeg", "gif", "webp", "svg");

    private TouchpointImages() {
    }

    /** The image in {@code file}; a refusal's message is one line naming the file. */
    public static TouchpointImage read(Path file) throws IOException {
        return ImageIntake.read(file);
    }

    /** Pasted pixels ({@code width * height} ARGB values, row by row) as a stored image. */
    public static TouchpointImage fromPixels(int width, int height, int[] argb) throws IOException {
        return ImageIntake.fromPixels(width, height, argb);
    }

    /** Whether {@code file}'s name says it is an image the studio reads. */
    public static boolean looksLikeImage(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(ext -> name.endsWith("." + ext));
    }

    /** Shows {@code image} on the card ({@code null} takes the picture off), as one undo step. */
    public static MapCommand set(JourneyMap map, String touchpointId, TouchpointImage image) {
        return SetTouchpointField.of(map, touchpointId, TouchpointField.IMAGE, image);
    }
}

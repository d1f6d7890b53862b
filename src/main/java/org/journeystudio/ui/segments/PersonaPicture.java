package org.journeystudio.ui.segments;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.shape.Circle;
import javax.imageio.ImageIO;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Persona;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A persona's picture: one of a few icons, or a photo from a file, scaled down to at most {@link #SIZE} pixels
 * and kept in the map as a JPEG data URI, so the library file holds everything and stays small.
 */
final class PersonaPicture {
    /** The longest side of a stored photo, in pixels. */
    static final int SIZE = 256;
    /** The icons a persona can take instead of a photo. */
    static final List<String> ICONS = List.of("fth-user", "fth-briefcase", "fth-heart", "fth-smile", "fth-star",
            "fth-coffee", "fth-shopping-bag", "fth-home", "fth-book", "fth-globe");

    private PersonaPicture() {
    }

    /**
     * Reads an image file and returns it as a {@code data:image/jpeg;base64,…} URI at most {@link #SIZE} pixels
     * on its longer side; throws with a message naming the file when it is not an image JavaFX can read.
     */
    static String photoFrom(Path file) throws IOException {
        // JavaFX reads the file itself (synchronously, as background loading is off).
        Image image = new Image(file.toUri().toString(), SIZE, SIZE, true, true);
        if (image.isError() && image.getException() instanceof java.io.FileNotFoundException gone) {
            throw gone;
        }
        if (image.isError() || image.getWidth() < 1 || image.getPixelReader() == null) {
            throw new IOException(Messages.text("segments.notAPicture", file.getFileName()));
        }
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = pixels.getArgb(x, y);
                int alpha = argb >>> 24;
                // Transparent parts become white, as on a card, not black.
                rgb.setRGB(x, y, blendOnWhite(argb, alpha));
            }
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        if (!ImageIO.write(rgb, "jpg", jpeg)) {
            throw new IOException(Messages.text("segments.noJpegWriter"));
        }
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg.toByteArray());
    }

    /** The persona's photo, else its icon, else a plain person icon, about {@code size} pixels across. */
    static Node of(Persona persona, double size) {
        if (persona.photo() != null) {
            String base64 = persona.photo().substring(persona.photo().indexOf(',') + 1);
            Image image = new Image(new ByteArrayInputStream(Base64.getDecoder().decode(base64)), size, size, true,
                    true);
            ImageView view = new ImageView(image);
            view.setClip(new Circle(image.getWidth() / 2, image.getHeight() / 2, Math.min(image.getWidth(),
                    image.getHeight()) / 2));
            view.getStyleClass().add(SegmentsStyles.PERSONA_PHOTO);
            return view;
        }
        FontIcon icon = new FontIcon(persona.icon() != null ? persona.icon() : "fth-user");
        icon.setIconSize((int) Math.round(size * 0.55));
        return icon;
    }

    private static int blendOnWhite(int argb, int alpha) {
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int b = argb & 0xff;
        r = (r * alpha + 255 * (255 - alpha)) / 255;
        g = (g * alpha + 255 * (255 - alpha)) / 255;
        b = (b * alpha + 255 * (255 - alpha)) / 255;
        return (r << 16) | (g << 8) | b;
    }
}

package org.journeystudio.ui.workshop;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/**
 * A QR code as a JavaFX image, drawn from ZXing's module matrix: black modules on white with the four-module
 * quiet zone scanners need, whole pixels per module so that a projector does not blur the edges.
 */
final class QrCode {
    private static final int QUIET_ZONE = 4;
    private static final int DARK = 0xff000000;
    private static final int LIGHT = 0xffffffff;

    private QrCode() {
    }

    /** The code of {@code text}, at most {@code size} pixels square (smaller when modules would not be whole). */
    static WritableImage of(String text, int size) {
        BitMatrix modules = encode(text);
        int span = modules.getWidth() + 2 * QUIET_ZONE;
        int scale = Math.max(1, size / span);
        int pixels = span * scale;
        WritableImage image = new WritableImage(pixels, pixels);
        PixelWriter writer = image.getPixelWriter();
        for (int y = 0; y < pixels; y++) {
            for (int x = 0; x < pixels; x++) {
                int mx = x / scale - QUIET_ZONE;
                int my = y / scale - QUIET_ZONE;
                boolean dark = mx >= 0 && my >= 0 && mx < modules.getWidth() && my < modules.getHeight()
                        && modules.get(mx, my);
                writer.setArgb(x, y, dark ? DARK : LIGHT);
            }
        }
        return image;
    }

    private static BitMatrix encode(String text) {
        try {
            // Medium error correction: survives a projector's glare and a partly covered screen.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot draw a QR code of '" + text + "': " + e.getMessage(), e);
        }
    }
}

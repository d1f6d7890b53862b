package org.journeystudio.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.journeystudio.i18n.Messages;

/**
 * A picture on a touchpoint (a screen, a photo of the shop, a scanned receipt) as stored: already checked and scaled
 * to at most {@link Limits#IMAGE_SIDE} pixels on its long side. Its identity is the SHA-256 of its bytes, so the same
 * screenshot on ten cards is one image in the library and in a file; two images are equal when their hashes are.
 *
 * @param hash      SHA-256 of {@code data}, 64 lower-case hex digits
 * @param mediaType {@code image/png}, {@code image/jpeg} or {@code image/gif}
 * @param width     pixels across, as stored
 * @param height    pixels down, as stored
 * @param data      the encoded image (not copied: treat as read-only)
 */
public record TouchpointImage(String hash, String mediaType, int width, int height, byte[] data) {
    /** The media types the studio stores (what the JDK decodes without plug-ins). */
    public static final Set<String> MEDIA_TYPES = Set.of("image/png", "image/jpeg", "image/gif");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    public TouchpointImage {
        Objects.requireNonNull(data, "data");
        if (hash == null || !HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException(Messages.text("model.imageHash", String.valueOf(hash)));
        }
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw new IllegalArgumentException(Messages.text("model.imageType", String.valueOf(mediaType)));
        }
        if (width < 1 || height < 1 || Math.max(width, height) > Limits.IMAGE_SIDE) {
            throw new IllegalArgumentException(Messages.text("model.imageSize", Limits.IMAGE_SIDE, width, height));
        }
        if (data.length == 0) {
            throw new IllegalArgumentException(Messages.text("model.imageEmpty"));
        }
    }

    /** An image of {@code data}, its hash computed. */
    public static TouchpointImage of(String mediaType, int width, int height, byte[] data) {
        return new TouchpointImage(sha256(data), mediaType, width, height, data);
    }

    /** SHA-256 of {@code data} in lower-case hex: the image's name in the library and in files. */
    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Whether {@code data} really has this image's hash (a file's embedded image may have been edited). */
    public boolean hashMatches() {
        return sha256(data).equals(hash);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TouchpointImage image && image.hash.equals(hash);
    }

    @Override
    public int hashCode() {
        return hash.hashCode();
    }

    @Override
    public String toString() {
        return "TouchpointImage[" + hash.substring(0, 12) + "… " + mediaType + " " + width + "x" + height + ", "
                + data.length + " bytes]";
    }
}

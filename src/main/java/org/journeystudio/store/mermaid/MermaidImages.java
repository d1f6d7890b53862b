package org.journeystudio.store.mermaid;

import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Limits;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointImage;
import org.journeystudio.store.image.ImageIntake;
import org.journeystudio.store.image.ImageRefusedException;
import org.journeystudio.store.json.JourneyFormatException;

/**
 * Touchpoint images in a Mermaid journey: {@code %% journey-studio image N: HASH BASE64}, the image's base64 cut in
 * parts of {@link #PART_CHARS} characters (N counts them from 0), so no line passes {@link Limits#MERMAID_LINE}.
 * They come before the touchpoints that name them by hash; each is checked like a dropped file when first named.
 */
final class MermaidImages {
    static final int PART_CHARS = 512 * 1024;

    private final String source;
    private final Map<String, StringBuilder> parts = new LinkedHashMap<>();
    private final Map<String, Integer> partCount = new HashMap<>();
    private final Map<String, Integer> firstLine = new HashMap<>();
    private final Map<String, TouchpointImage> decoded = new HashMap<>();

    MermaidImages(String source) {
        this.source = source;
    }

    /** The image comment lines of every image the map's touchpoints show, each once. */
    static List<String[]> lines(JourneyMap map) {
        Map<String, TouchpointImage> images = new LinkedHashMap<>();
        for (Scenario scenario : map.scenarios().list()) {
            for (Touchpoint tp : map.touchpointsOf(scenario.id())) {
                if (tp.image() != null) {
                    images.putIfAbsent(tp.image().hash(), tp.image());
                }
            }
        }
        List<String[]> lines = new java.util.ArrayList<>();
        for (TouchpointImage image : images.values()) {
            String text = Base64.getEncoder().encodeToString(image.data());
            for (int part = 0, at = 0; at < text.length(); part++, at += PART_CHARS) {
                lines.add(new String[] {MermaidComments.IMAGE + " " + part,
                        image.hash() + " " + text.substring(at, Math.min(text.length(), at + PART_CHARS))});
            }
        }
        return lines;
    }

    /** Takes one image comment: {@code number} is the part's place, {@code text} the hash and the part. */
    void add(int number, String text, int line) throws JourneyFormatException {
        int space = text.indexOf(' ');
        if (space < 0) {
            throw new JourneyFormatException(source, line, 1, Messages.text("imports.mermaid.imageComment"));
        }
        String hash = text.substring(0, space);
        int expected = partCount.getOrDefault(hash, 0);
        if (number != expected) {
            throw new JourneyFormatException(source, line, 1, Messages.text("imports.mermaid.imagePart", hash,
                    number, expected));
        }
        partCount.put(hash, expected + 1);
        firstLine.putIfAbsent(hash, line);
        parts.computeIfAbsent(hash, h -> new StringBuilder()).append(text, space + 1, text.length());
    }

    /** The image named {@code hash}, decoded and checked; null when the journey has no such image lines. */
    TouchpointImage image(String hash) {
        if (decoded.containsKey(hash) || !parts.containsKey(hash)) {
            return decoded.get(hash);
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(parts.get(hash).toString());
            TouchpointImage image = ImageIntake.fromBytes(bytes, Messages.text("imports.mermaid.image", hash));
            decoded.put(hash, image);
            return image;
        } catch (IllegalArgumentException | ImageRefusedException e) {
            throw new BadImage(new JourneyFormatException(source, firstLine.get(hash), 1, e.getMessage()));
        }
    }

    /** Carries a refused image out of the JSON reader's lookup, which cannot throw a checked exception. */
    static final class BadImage extends RuntimeException {
        private final JourneyFormatException problem;

        BadImage(JourneyFormatException problem) {
            super(problem.getMessage(), null, false, false);
            this.problem = problem;
        }

        JourneyFormatException problem() {
            return problem;
        }
    }
}

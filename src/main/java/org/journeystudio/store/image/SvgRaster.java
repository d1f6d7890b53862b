package org.journeystudio.store.image;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.DocumentLimits;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Limits;

/**
 * An SVG file drawn once, at intake, into pixels (JSVG), so the map stores and every exporter draws an ordinary
 * PNG; see {@code docs/decisions/0020-webp-and-svg-images.md}. A hostile file is made harmless before anything is
 * drawn: a file that declares XML entities is refused (a "billion laughs" never expands) and the parser reads no
 * DTD; no image is loaded, from outside the file or from inside it as a {@code data:} URI (which would reach ImageIO
 * without the header check), nor a font or a {@code <use>} of another file; the rendered element instances are
 * capped (nested {@code <use>} that repeats itself a billion times is refused); and the picture is drawn at most
 * {@code maxSide} pixels on its long side whatever width, height or viewBox it declares.
 */
final class SvgRaster {
    /** At most this many element instances once every {@code <use>} is expanded: a busy diagram has a few hundred. */
    private static final int MAX_RENDERED_ELEMENTS = 20_000;
    private static final DocumentLimits LIMITS = new DocumentLimits(DocumentLimits.DEFAULT_MAX_NESTING_DEPTH,
            DocumentLimits.DEFAULT_MAX_USE_NESTING_DEPTH, MAX_RENDERED_ELEMENTS);
    private static final LoaderContext CONTEXT = LoaderContext.builder()
            .externalResourcePolicy(ResourcePolicy.DENY_ALL).documentLimits(LIMITS).build();
    /** No base for relative references: with every external resource denied there is nothing to resolve them to. */
    private static final URI NO_BASE = URI.create("about:blank");

    static {
        // JSVG logs a refused file with its stack trace; the user gets the refusal's message instead.
        Logger.getLogger("com.github.weisj.jsvg").setLevel(Level.OFF);
    }

    private SvgRaster() {
    }

    /** Whether {@code bytes} look like an SVG document: an {@code <svg} element near the start of XML text. */
    static boolean isSvg(byte[] bytes) {
        // A drawing program's comments and metadata can come before the element: look a good way in.
        String start = new String(bytes, 0, Math.min(bytes.length, 65_536), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT).stripLeading();
        return (start.startsWith("<") || start.startsWith("\ufeff")) && start.contains("<svg");
    }

    /** The SVG in {@code bytes} drawn at its own size, scaled down to fit {@code maxSide}, or a refusal. */
    static BufferedImage draw(byte[] bytes, String source, int maxSide) throws ImageRefusedException {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (text.contains("<!ENTITY")) {
            throw new ImageRefusedException(source, Messages.text("imports.svgEntities"));
        }
        SVGDocument document = new SVGLoader().load(() -> parser().createXMLEventReader(
                new ByteArrayInputStream(bytes)), NO_BASE, CONTEXT);
        if (document == null) {
            throw new ImageRefusedException(source, Messages.text("imports.svgRepeats", MAX_RENDERED_ELEMENTS));
        }
        FloatSize size = document.size();
        if (!(size.width > 0 && size.height > 0) || !Float.isFinite(size.width) || !Float.isFinite(size.height)) {
            throw new ImageRefusedException(source, Messages.text("imports.svgNoSize", String.valueOf(size.width),
                    String.valueOf(size.height)));
        }
        double factor = Math.min(1, maxSide / Math.max(size.getWidth(), size.getHeight()));
        int width = Math.max(1, (int) Math.round(size.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(size.getHeight() * factor));
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            document.render((Component) null, g, new ViewBox(0, 0, width, height));
        } catch (RuntimeException e) {
            throw new ImageRefusedException(source, Messages.text("imports.svgFailed", e.getMessage()));
        } finally {
            g.dispose();
        }
        return picture;
    }

    /** A StAX parser that reads no DTD, expands no entity and fetches nothing. */
    private static XMLInputFactory parser() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }
}

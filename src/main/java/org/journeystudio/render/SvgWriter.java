package org.journeystudio.render;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes a drawing as SVG through Apache Batik's SVG generator: shapes stay vectors and text stays
 * {@code <text>} (searchable, editable), in the named export font with common fallbacks. The {@code viewBox}
 * is the drawing's bounds, so SVG user units are the layout's coordinates.
 */
final class SvgWriter {
    static final String SVG_NS = "http://www.w3.org/2000/svg";
    /** Viewers without DejaVu Sans fall back to a sans-serif of similar width rather than a serif. */
    static final String FONT_STACK = "'DejaVu Sans', 'Verdana', 'Bitstream Vera Sans', sans-serif";

    private SvgWriter() {
    }

    static void write(Drawing drawing, String title, OutputStream out, ExportMonitor monitor) throws IOException {
        Document document = newDocument();
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("Made by Journey Studio");
        context.setPrecision(3);
        context.setImageHandler(new SvgImages());
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        Rectangle2D b = drawing.bounds();
        g.setSVGCanvasSize(new Dimension((int) Math.ceil(b.getWidth()), (int) Math.ceil(b.getHeight())));
        drawing.paint(g, monitor);
        monitor.checkCancelled();

        Element root = g.getRoot();
        root.setAttribute("viewBox", String.format(Locale.ROOT, "%s %s %s %s",
                number(b.getX()), number(b.getY()), number(b.getWidth()), number(b.getHeight())));
        root.setAttribute("width", number(b.getWidth()));
        root.setAttribute("height", number(b.getHeight()));
        Element titleElement = document.createElementNS(SVG_NS, "title");
        titleElement.setTextContent(title);
        root.insertBefore(titleElement, root.getFirstChild());
        root.setAttribute("font-family", FONT_STACK);
        nameFonts(root);
        serialize(root, out);
    }

    /** Plain XML without Batik's DOCTYPE, which would send XML readers to fetch the SVG 1.0 DTD. */
    private static void serialize(Element root, OutputStream out) throws IOException {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            transformer.transform(new DOMSource(root), new StreamResult(writer));
            writer.write('\n');
            writer.flush();
        } catch (TransformerException e) {
            throw new IOException("Cannot write the SVG: " + e.getMessage(), e);
        }
    }

    /** Batik names only the family the text was drawn in; add fallbacks for machines without it. */
    private static void nameFonts(Element element) {
        String family = element.getAttribute("font-family");
        if (!family.isEmpty() && family.contains(ExportFonts.FAMILY)) {
            element.setAttribute("font-family", FONT_STACK);
        }
        String style = element.getAttribute("style");
        if (style.contains("font-family:'" + ExportFonts.FAMILY + "'")) {
            element.setAttribute("style", style.replace("font-family:'" + ExportFonts.FAMILY + "'",
                    "font-family:" + FONT_STACK));
        }
        // Sibling links, not NodeList.item(i): each attribute change resets the DOM's list cache, making item(i) O(i).
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                nameFonts((Element) child);
            }
        }
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("This Java runtime cannot build an XML document", e);
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}

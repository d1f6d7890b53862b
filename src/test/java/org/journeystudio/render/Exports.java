package org.journeystudio.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.LaneKind;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.store.TemplateInfo;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Helpers for export tests: the shipped templates, exports into memory, and reading SVG back. */
final class Exports {
    static final LocalDate DATE = LocalDate.of(2026, 11, 23);
    private static final ResourceTemplateCatalog CATALOG = new ResourceTemplateCatalog();

    private Exports() {
    }

    static List<JourneyMap> templates() {
        List<JourneyMap> maps = new ArrayList<>();
        for (TemplateInfo info : CATALOG.list()) {
            maps.add(template(info.id()));
        }
        return maps;
    }

    static JourneyMap template(String id) {
        return CATALOG.instantiate(id, null, Instant.parse("2026-11-23T00:00:00Z"));
    }

    /** The id of the map's touchpoint lane (templates get fresh ids when instantiated). */
    static String touchpointLane(JourneyMap map) {
        return map.lanes().stream().filter(l -> l.kind() == LaneKind.TOUCHPOINTS).findFirst().orElseThrow().id();
    }

    static byte[] export(JourneyMap map, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MapExporter.export(map, options.withDate(DATE), out, ExportMonitor.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Parses SVG as plain namespace-aware XML; fails on anything not well-formed. */
    static Document parseXml(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    /** Every SVG {@code <text>} element's content, in document order. */
    static List<String> svgTexts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS(SvgWriter.SVG_NS, "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(((Element) nodes.item(i)).getTextContent());
        }
        return texts;
    }

    /** Whitespace folded to single spaces, so wrapped lines read as the sentence they came from. */
    static String folded(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}

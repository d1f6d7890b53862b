package org.journeystudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.journeystudio.layout.Box;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The student exercise as exported: every label whole (no "…"), no label over another, and each stage numbered
 * once. Each SVG {@code <text>} is measured with the export font it names, from its baseline: ascent above,
 * descent below, its advance wide.
 */
@SlowTest
class StudentTemplateRenderTest {
    /** Batik rounds to three decimals; runs of one line in two fonts touch, they do not overlap. */
    private static final double TOUCHING = 0.01;
    private static final Pattern SIZE = Pattern.compile("font-size:\\s*([0-9.]+)px");
    private static final Pattern STAGE = Pattern.compile("STAGE (\\d+)");

    /** A text element where the SVG draws it. */
    private record Label(String text, Box box) {
    }

    static Stream<Arguments> exercises() {
        return Stream.of("map-your-own-experience", "map-your-own-experience-solution")
                .map(id -> Arguments.of(Named.of(id, Exports.template(id))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void noLabelIsCutOrOverAnother(JourneyMap map) throws Exception {
        List<Label> labels = labels(Exports.parseXml(Exports.export(map, ExportOptions.of(ExportFormat.SVG))));

        String all = Exports.folded(String.join(" ", labels.stream().map(Label::text).toList()));
        map.lanes().forEach(lane -> assertThat(all).contains(lane.title()));
        assertThat(labels).extracting(Label::text).noneMatch(text -> text.contains("…"));
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                Label a = labels.get(i);
                Label b = labels.get(j);
                assertThat(overlap(a.box(), b.box())).as("'%s' at %s over '%s' at %s", a.text(), a.box(),
                        b.text(), b.box()).isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void eachStageIsNumberedOnce(JourneyMap map) throws Exception {
        List<String> texts = Exports.svgTexts(Exports.parseXml(Exports.export(map, ExportOptions.of(ExportFormat.SVG))));

        List<String> numbers = new ArrayList<>();
        texts.forEach(t -> {
            Matcher m = STAGE.matcher(t);
            if (m.matches()) {
                numbers.add(m.group(1));
            }
        });
        assertThat(numbers).hasSize(map.stages().size()).doesNotHaveDuplicates();
        // The painter numbers the stages; a name starting with a number would number it twice.
        map.stages().forEach(s -> assertThat(texts).contains(s.name()));
        assertThat(map.stages()).noneMatch(s -> s.name().matches("\\d.*"));
    }

    private static List<Label> labels(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS(SvgWriter.SVG_NS, "text");
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element text = (Element) nodes.item(i);
            String content = text.getTextContent();
            if (content.isBlank()) {
                continue;
            }
            Font font = fontOf(text);
            FontMetrics metrics = ExportFonts.metrics(font);
            double x = Double.parseDouble(text.getAttribute("x"));
            double baseline = Double.parseDouble(text.getAttribute("y"));
            labels.add(new Label(content, new Box(x, baseline - metrics.getAscent(), ExportFonts.width(font, content),
                    metrics.getAscent() + metrics.getDescent())));
        }
        return labels;
    }

    /** The export font the element is drawn in: its own size and weight, else its nearest ancestor's. */
    private static Font fontOf(Element text) {
        String size = inherited(text, "font-size");
        String weight = inherited(text, "font-weight");
        double points = size == null ? 12 : Double.parseDouble(size.replace("px", ""));
        return "bold".equals(weight) ? ExportFonts.bold(points) : ExportFonts.regular(points);
    }

    private static String inherited(Element element, String attribute) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            if (!e.getAttribute(attribute).isEmpty()) {
                return e.getAttribute(attribute);
            }
            if ("font-size".equals(attribute)) {
                Matcher m = SIZE.matcher(e.getAttribute("style"));
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static boolean overlap(Box a, Box b) {
        return a.x() + a.w() > b.x() + TOUCHING && b.x() + b.w() > a.x() + TOUCHING
                && a.y() + a.h() > b.y() + TOUCHING && b.y() + b.h() > a.y() + TOUCHING;
    }
}

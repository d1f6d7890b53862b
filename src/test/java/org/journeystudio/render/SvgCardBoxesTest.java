package org.journeystudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.CardBox;
import org.journeystudio.layout.MapLayout;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** What you see is what you export: the SVG's card rectangles are the layout's card boxes, unit for unit. */
@SlowTest
class SvgCardBoxesTest {
    /** Batik writes three decimals. */
    private static final double TOLERANCE = 0.002;

    @Test
    void everyCardOfTheSvgIsTheLayoutsCardBox() throws Exception {
        JourneyMap map = Exports.template("online-retailer");
        MapLayout layout = MapLayout.of(map);
        Document svg = Exports.parseXml(Exports.export(map, ExportOptions.of(ExportFormat.SVG)));

        List<Box> rounded = cardShapedRects(svg);
        for (CardBox card : layout.cards()) {
            assertThat(rounded).as("a rect at %s", card.box()).anySatisfy(rect -> assertSame(rect, card.box()));
        }
        // Nothing else is card-shaped: per card its fill, its outline, and its shadow one unit right, two down.
        assertThat(rounded).hasSize(3 * layout.cards().size());
        assertThat(rounded).allSatisfy(rect -> assertThat(layout.cards()).anySatisfy(card ->
                assertThat(near(rect, card.box()) || near(rect, shifted(card.box(), 1, 2))).isTrue()));
    }

    @Test
    void theViewBoxStartsAroundTheLayoutSoItsCoordinatesNeedNoTransform() throws Exception {
        JourneyMap map = Exports.template("banking-services");
        MapLayout layout = MapLayout.of(map);
        Document svg = Exports.parseXml(Exports.export(map, ExportOptions.of(ExportFormat.SVG)));

        String[] viewBox = svg.getDocumentElement().getAttribute("viewBox").split(" ");
        assertThat(Double.parseDouble(viewBox[0])).isNegative();
        assertThat(Double.parseDouble(viewBox[0]) + Double.parseDouble(viewBox[2])).isGreaterThan(layout.width());
        assertThat(Double.parseDouble(viewBox[1]) + Double.parseDouble(viewBox[3])).isGreaterThan(layout.height());
        NodeList all = svg.getElementsByTagNameNS(SvgWriter.SVG_NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            assertThat(((Element) all.item(i)).getAttribute("transform")).isEmpty();
        }
    }

    /** Rects whose corner radius is the card's (Batik writes a RoundRectangle2D's arc as rx = arc / 2). */
    private static List<Box> cardShapedRects(Document svg) {
        NodeList rects = svg.getElementsByTagNameNS(SvgWriter.SVG_NS, "rect");
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (!rect.getAttribute("rx").isEmpty()
                    && Double.parseDouble(rect.getAttribute("rx")) == CardPainter.CORNER / 2) {
                assertThat(hasTransformedAncestor(rect)).isFalse();
                boxes.add(new Box(number(rect, "x"), number(rect, "y"), number(rect, "width"), number(rect, "height")));
            }
        }
        return boxes;
    }

    private static boolean hasTransformedAncestor(Node node) {
        for (Node n = node; n instanceof Element e; n = n.getParentNode()) {
            if (!e.getAttribute("transform").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static double number(Element e, String attribute) {
        String value = e.getAttribute(attribute);
        return value.isEmpty() ? 0 : Double.parseDouble(value);
    }

    private static void assertSame(Box actual, Box expected) {
        assertThat(near(actual, expected)).as("%s equals %s", actual, expected).isTrue();
    }

    private static boolean near(Box a, Box b) {
        return Math.abs(a.x() - b.x()) < TOLERANCE && Math.abs(a.y() - b.y()) < TOLERANCE
                && Math.abs(a.w() - b.w()) < TOLERANCE && Math.abs(a.h() - b.h()) < TOLERANCE;
    }

    private static Box shifted(Box b, double dx, double dy) {
        return new Box(b.x() + dx, b.y() + dy, b.w(), b.h());
    }
}

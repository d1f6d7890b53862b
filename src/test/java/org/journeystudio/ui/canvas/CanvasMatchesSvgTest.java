package org.journeystudio.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javax.xml.parsers.DocumentBuilderFactory;
import org.journeystudio.layout.Box;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.render.ExportFormat;
import org.journeystudio.render.ExportOptions;
import org.journeystudio.render.MapExporter;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.testing.UiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What you see is what you export: every card on the canvas sits where the SVG export draws a card rectangle. */
@UiTest
class CanvasMatchesSvgTest {
    private static final JourneyMap MAP = new ResourceTemplateCatalog()
            .instantiate("online-retailer", "Shop", Instant.parse("2026-11-01T10:00:00Z"));

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everyCardOnTheCanvasHasTheSameBoxInTheSvg() throws Exception {
        JourneyCanvas canvas = WaitForAsyncUtils.asyncFx(() -> {
            JourneyCanvas c = new JourneyCanvas();
            c.setViewport(new Box(0, 0, 10_000, 10_000));
            c.show(MAP);
            return c;
        }).get();
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        MapExporter.export(MAP, ExportOptions.of(ExportFormat.SVG), svg, org.journeystudio.render.ExportMonitor.NONE);
        List<Box> rects = rects(svg.toByteArray());

        assertThat(MAP.touchpoints()).hasSizeGreaterThan(10);
        for (Touchpoint touchpoint : MAP.touchpoints()) {
            Node node = canvas.cardNode(touchpoint.id()).orElseThrow();
            Box onScreen = new Box(node.getLayoutX(), node.getLayoutY(),
                    ((Region) node).getPrefWidth(), ((Region) node).getPrefHeight());
            assertThat(rects).as("an SVG rect at the canvas card %s of '%s'", onScreen, touchpoint.title())
                    .anySatisfy(rect -> {
                        assertThat(rect.x()).isCloseTo(onScreen.x(), within(0.01));
                        assertThat(rect.y()).isCloseTo(onScreen.y(), within(0.01));
                        assertThat(rect.w()).isCloseTo(onScreen.w(), within(0.01));
                        assertThat(rect.h()).isCloseTo(onScreen.h(), within(0.01));
                    });
        }
    }

    private static List<Box> rects(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element rect = (Element) nodes.item(i);
            boxes.add(new Box(number(rect, "x"), number(rect, "y"), number(rect, "width"), number(rect, "height")));
        }
        return boxes;
    }

    private static double number(Element e, String attribute) {
        String value = e.getAttribute(attribute);
        return value.isEmpty() ? 0 : Double.parseDouble(value);
    }
}

package org.journeystudio.render.deck;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.render.ExportFormat;
import org.journeystudio.render.ExportMonitor;
import org.journeystudio.render.ExportOptions;
import org.journeystudio.render.MapExporter;

/** Helpers for the deck tests: export through {@link MapExporter} and read the deck back with POI. */
final class Decks {
    static final LocalDate DATE = LocalDate.of(2026, 11, 23);

    private Decks() {
    }

    static XMLSlideShow export(JourneyMap map) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MapExporter.export(map, ExportOptions.of(ExportFormat.PPTX).withDate(DATE), out, ExportMonitor.NONE);
        return new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()));
    }

    /** A 2×1 PNG standing in for the map picture where the test is about the other slides. */
    static MapPicture tinyPicture() {
        return new MapPicture(2, 1, () -> {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(2, 1,
                    java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
            return png.toByteArray();
        });
    }

    /** Every text on the slide, shape by shape (tables' cells not included). */
    static List<String> texts(XSLFSlide slide) {
        List<String> texts = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape text && !text.getText().isEmpty()) {
                texts.add(text.getText());
            }
        }
        return texts;
    }

    /** The text of the slide's first shape: its heading. */
    static String heading(XSLFSlide slide) {
        return texts(slide).get(0);
    }

    static String notes(XSLFSlide slide) {
        if (slide.getNotes() == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (List<? extends org.apache.poi.xslf.usermodel.XSLFTextParagraph> paragraphs : slide.getNotes()
                .getTextParagraphs()) {
            paragraphs.forEach(p -> text.append(p.getText()).append('\n'));
        }
        return text.toString();
    }
}

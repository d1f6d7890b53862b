package org.journeystudio.render;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** The file formats a map exports to, each known by its file extension. */
public enum ExportFormat {
    PNG("png"), SVG("svg"), PDF("pdf"), CSV("csv"),
    /** The CSV's columns as an Excel workbook. */
    XLSX("xlsx"), PPTX("pptx"), MD("md"),
    /** A Mermaid {@code journey} diagram with the whole map in its comments (the Export menu's own item). */
    MERMAID("mmd");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Whether the format draws a picture, of the map or of its heatmap as chosen; the others write what they hold. */
    public boolean drawsPicture() {
        return this == PNG || this == SVG || this == PDF;
    }

    /**
     * The format a file name asks for by its extension (any case).
     *
     * @throws IllegalArgumentException naming the extension and the ones understood
     */
    public static ExportFormat ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.extension.equals(extension)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Cannot tell the format of '" + name + "'"
                + (extension.isEmpty() ? " (it has no extension)" : " (unknown extension ." + extension + ")")
                + ": use one of " + String.join(", ", Arrays.stream(values()).map(f -> "." + f.extension).toList()));
    }
}

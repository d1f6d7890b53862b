package org.journeystudio.render;

import java.awt.Font;

/**
 * The type sizes of the compare view, in the export font ({@link ExportFonts}): the screen sets its text in the
 * same face and sizes, so lines break alike everywhere.
 */
public enum CompareType {
    TITLE(16, true), HEADING(13, true), BODY(11, false), STRONG(11, true), SMALL(9.5, false), TAG(8.5, true);

    private final double size;
    private final boolean bold;

    CompareType(double size, boolean bold) {
        this.size = size;
        this.bold = bold;
    }

    public double size() {
        return size;
    }

    public boolean bold() {
        return bold;
    }

    Font font() {
        return bold ? ExportFonts.bold(size) : ExportFonts.regular(size);
    }

    double width(String text) {
        return ExportFonts.width(font(), text);
    }

    /** The baseline that centres a line of this type in a band from {@code top} of {@code height}. */
    double baselineIn(double top, double height) {
        return TextFit.baselineCentered(font(), top, height);
    }
}

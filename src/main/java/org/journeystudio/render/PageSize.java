package org.journeystudio.render;

import java.util.Arrays;

/**
 * Paper sizes for PDF export and printing, measured landscape in PDF points (1/72 inch); a map fitted onto one page
 * is turned portrait when that prints it larger.
 */
public enum PageSize {
    A4("A4", 841.89, 595.28),
    A3("A3", 1190.55, 841.89),
    LETTER("Letter", 792, 612),
    TABLOID("Tabloid", 1224, 792);

    private final String label;
    private final double width;
    private final double height;

    PageSize(String label, double width, double height) {
        this.label = label;
        this.width = width;
        this.height = height;
    }

    public String label() {
        return label;
    }

    /** Landscape width in points. */
    public double width() {
        return width;
    }

    /** Landscape height in points. */
    public double height() {
        return height;
    }

    /** The size named {@code label} (any case), e.g. "a3" or "Letter". */
    public static PageSize fromLabel(String label) {
        for (PageSize size : values()) {
            if (size.label.equalsIgnoreCase(label.strip())) {
                return size;
            }
        }
        throw new IllegalArgumentException("Unknown page size '" + label + "': use "
                + String.join(", ", Arrays.stream(values()).map(PageSize::label).toList()));
    }
}

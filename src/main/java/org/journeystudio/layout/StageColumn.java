package org.journeystudio.layout;

/**
 * One stage as a column: {@code header} holds its name along the top, {@code body} spans every visible lane.
 * Both share the column's x and width.
 */
public record StageColumn(String stageId, String name, String description, Box header, Box body) {

    public double x() {
        return body.x();
    }

    public double width() {
        return body.w();
    }
}

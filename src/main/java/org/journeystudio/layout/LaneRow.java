package org.journeystudio.layout;

import org.journeystudio.model.LaneKind;

/**
 * One visible lane as a row: {@code header} holds its title on the left, {@code body} spans every stage.
 * Both share the row's y and height.
 */
public record LaneRow(String laneId, LaneKind kind, String title, Box header, Box body) {

    public double y() {
        return body.y();
    }

    public double height() {
        return body.h();
    }
}

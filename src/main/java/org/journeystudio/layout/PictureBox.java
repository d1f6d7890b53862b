package org.journeystudio.layout;

/** Where one touchpoint's picture sits in an Images lane. */
public record PictureBox(String touchpointId, String laneId, Box box) {
}

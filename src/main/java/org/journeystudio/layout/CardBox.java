package org.journeystudio.layout;

/** Where one touchpoint's card sits in a card lane. */
public record CardBox(String touchpointId, Box box) {
}

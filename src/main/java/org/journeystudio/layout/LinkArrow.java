package org.journeystudio.layout;

import org.journeystudio.model.LinkKind;

/**
 * A link drawn as an arrow between two cards: it starts on the edge of the card linked to ({@code target}, for a
 * dependency the process that serves) and points at the edge of the card holding the link.
 */
public record LinkArrow(String fromId, String toId, LinkKind kind, double startX, double startY, double endX,
                        double endY) {
}

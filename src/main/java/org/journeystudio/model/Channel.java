package org.journeystudio.model;

/** A touchpoint's channel; {@code detail} names it more closely ("Instagram", "Kiosk") and is free text. */
public record Channel(ChannelKind kind, String detail) {
    public static final Channel OTHER = new Channel(ChannelKind.OTHER, "");

    public Channel {
        if (kind == null) {
            kind = ChannelKind.OTHER;
        }
        detail = Checks.text(detail);
    }

    public static Channel of(ChannelKind kind) {
        return new Channel(kind, "");
    }

    /** What a card shows: the free text where there is one, else the kind's name. */
    public String label() {
        return detail.isEmpty() ? kind.displayName() : detail;
    }
}

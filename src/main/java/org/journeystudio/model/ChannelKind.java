package org.journeystudio.model;

/** The medium through which a touchpoint reaches the customer. */
public enum ChannelKind {
    WEB("Web"),
    MOBILE_APP("Mobile app"),
    STORE("Store"),
    PHONE("Phone"),
    EMAIL("Email"),
    SOCIAL("Social"),
    CHAT("Chat"),
    DELIVERY("Delivery"),
    OTHER("Other");

    private final String displayName;

    ChannelKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}

package org.journeystudio.workshop;

import java.net.URI;

/** The participant address as people type it: no "http://", no trailing slash ("192.168.1.20:7070"). */
public final class ShortAddress {
    private ShortAddress() {
    }

    public static String of(URI address) {
        String text = address.toString();
        if (address.getScheme() != null && text.startsWith(address.getScheme() + "://")) {
            text = text.substring(address.getScheme().length() + 3);
        }
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** Whether only this laptop can open the address (the server fell back to loopback: no network). */
    public static boolean isThisLaptopOnly(URI address) {
        String host = address.getHost();
        return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }
}

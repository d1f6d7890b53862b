package org.journeystudio.workshop;

import java.net.InetAddress;
import java.util.List;

/**
 * One network interface of this laptop as {@link RoomNetworks} ranks it: read from {@link java.net.NetworkInterface}
 * in the studio, written out by hand in tests.
 *
 * @param name        the system's name, e.g. {@code wlan0}, {@code en0}, {@code docker0}
 * @param displayName the longer name some systems give (Windows: "Intel(R) Wi-Fi 6 AX201"); may equal {@code name}
 * @param up          whether the interface is up
 * @param loopback    whether it is the loopback interface
 * @param addresses   its addresses, IPv4 and IPv6
 */
public record NetworkCard(String name, String displayName, boolean up, boolean loopback,
                          List<InetAddress> addresses) {
    public NetworkCard {
        displayName = displayName == null ? name : displayName;
        addresses = List.copyOf(addresses);
    }
}

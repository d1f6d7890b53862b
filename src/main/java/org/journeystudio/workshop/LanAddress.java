package org.journeystudio.workshop;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the address phones in the room can reach: an IPv4 address of an interface that is up, preferring a
 * private one (192.168.x, 10.x, 172.16–31.x), since that is what room Wi-Fi hands out; some campus and hotel
 * networks give public or carrier-grade addresses, which work as well.
 */
final class LanAddress {
    private LanAddress() {
    }

    /** The best up, non-loopback, non-link-local IPv4 address of this laptop, private ones first. */
    static Optional<InetAddress> roomAddress() {
        List<InetAddress> candidates = new ArrayList<>();
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!network.isUp() || network.isLoopback() || network.isVirtual()) {
                    continue;
                }
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLinkLocalAddress()
                            && !address.isLoopbackAddress()) {
                        candidates.add(address);
                    }
                }
            }
        } catch (SocketException e) {
            // No readable interfaces: the caller falls back to loopback, which is still usable on this laptop.
        }
        return candidates.stream().min(Comparator.comparing(a -> a.isSiteLocalAddress() ? 0 : 1));
    }

    /** The room address, or loopback when the laptop is on no network. */
    static InetAddress pick() {
        return roomAddress().orElse(InetAddress.getLoopbackAddress());
    }
}

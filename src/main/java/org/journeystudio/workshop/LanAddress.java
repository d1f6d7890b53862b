package org.journeystudio.workshop;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Optional;

/** Finds the address phones in the room can reach: the laptop's first site-local IPv4 on an interface that is up. */
final class LanAddress {
    private LanAddress() {
    }

    /** The first up, non-loopback, site-local IPv4 address (192.168.x, 10.x, 172.16–31.x), if the laptop has one. */
    static Optional<InetAddress> siteLocal() {
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!network.isUp() || network.isLoopback() || network.isVirtual()) {
                    continue;
                }
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address && address.isSiteLocalAddress()) {
                        return Optional.of(address);
                    }
                }
            }
        } catch (SocketException e) {
            // No readable interfaces: the caller falls back to loopback, which is still usable on this laptop.
        }
        return Optional.empty();
    }

    /** The LAN address, or loopback when the laptop is on no network. */
    static InetAddress pick() {
        return siteLocal().orElse(InetAddress.getLoopbackAddress());
    }
}

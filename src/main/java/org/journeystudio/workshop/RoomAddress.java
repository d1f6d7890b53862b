package org.journeystudio.workshop;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.Optional;

/**
 * An address of this laptop that phones may use to join a workshop, with the interface it belongs to and what
 * kind of network that is, so the facilitator can tell the room's Wi-Fi from a VPN or a Docker bridge.
 *
 * @param interfaceName the system's name of the interface, e.g. {@code wlan0}
 * @param kind          what the interface most likely is
 * @param address       the address itself
 */
public record RoomAddress(String interfaceName, Kind kind, InetAddress address) {

    /** What a network interface most likely is, best for a room of phones first. */
    public enum Kind {
        WIFI("Wi-Fi"),
        ETHERNET("Ethernet"),
        NETWORK("Network"),
        VPN("VPN"),
        VIRTUAL("Virtual network");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The address as the facilitator picks it: "Wi-Fi (wlan0) 192.168.1.23". */
    public String label() {
        return kind.label() + " (" + interfaceName + ") " + host();
    }

    /** The address without an IPv6 zone, as it goes into a link. */
    public String host() {
        String host = address.getHostAddress();
        int zone = host.indexOf('%');
        return zone < 0 ? host : host.substring(0, zone);
    }

    public boolean isIpv4() {
        return address instanceof Inet4Address;
    }

    /** The join link on this address, e.g. {@code http://192.168.1.23:7070/}. */
    public URI link(int port) {
        String host = address instanceof Inet6Address ? "[" + host() + "]" : host();
        return URI.create("http://" + host + ":" + port + "/");
    }

    /** What to tell the facilitator when phones in the room are unlikely to reach this address. */
    public Optional<String> warning() {
        return switch (kind) {
            case VPN -> Optional.of("This is a VPN address (" + interfaceName + "): phones in the room usually "
                    + "cannot reach it. Choose the Wi-Fi or Ethernet address the room uses.");
            case VIRTUAL -> Optional.of("This is a virtual network of this laptop (" + interfaceName + "): phones "
                    + "cannot reach it. Choose the Wi-Fi or Ethernet address the room uses.");
            default -> Optional.empty();
        };
    }
}

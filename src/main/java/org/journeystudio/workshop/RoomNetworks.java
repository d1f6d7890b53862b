package org.journeystudio.workshop;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The addresses of this laptop phones in the room may use, the likely room network first: a Wi-Fi, then an
 * Ethernet address, private ones (192.168.x, 10.x, 172.16–31.x, what room routers hand out) before public ones,
 * then VPN tunnels, then the laptop's own virtual networks (Docker, VirtualBox, VMware, libvirt), which no phone
 * can reach. Loopback, link-local and down interfaces are left out. IPv4 comes first; an interface's IPv6
 * addresses are listed only when it has no IPv4 one, since they are long to type and often several per interface.
 */
public final class RoomNetworks {
    private static final Pattern VIRTUAL = Pattern.compile(
            "(docker|br-|veth|virbr|vboxnet|vmnet|lxcbr|lxdbr|cni|flannel|cali|podman|vnet|bridge).*"
                    + "|.*(virtual|hyper-v|vethernet|virtualbox|vmware|docker|wsl).*");
    private static final Pattern VPN = Pattern.compile(
            "(tun|tap|wg|ppp|utun|ipsec|tailscale|zt|nordlynx|gpd|cscotun).*"
                    + "|.*(vpn|wireguard|tunnel|anyconnect|fortinet|openvpn|tailscale|zerotier|tap-windows).*");
    private static final Pattern WIFI = Pattern.compile("(wl|ath).*|.*(wi-?fi|wireless|wlan|802\\.11).*");
    private static final Pattern ETHERNET = Pattern.compile("(eth|enp|eno|ens|enx|em).*|.*(ethernet|gbe|gigabit).*");

    private RoomNetworks() {
    }

    /** This laptop's usable addresses, best first; empty when it is on no network. */
    public static List<RoomAddress> ofThisLaptop() {
        return rank(cardsOfThisLaptop());
    }

    /** The usable addresses of {@code cards}, best first. */
    public static List<RoomAddress> rank(List<NetworkCard> cards) {
        List<RoomAddress> usable = new ArrayList<>();
        for (NetworkCard card : cards) {
            if (!card.up() || card.loopback()) {
                continue;
            }
            RoomAddress.Kind kind = kindOf(card);
            boolean hasIpv4 = card.addresses().stream().anyMatch(a -> a instanceof Inet4Address && usable(a));
            for (InetAddress address : card.addresses()) {
                if (usable(address) && (address instanceof Inet4Address || !hasIpv4)) {
                    usable.add(new RoomAddress(card.name(), kind, address));
                }
            }
        }
        usable.sort(Comparator.comparing((RoomAddress a) -> !a.isIpv4())
                .thenComparing(RoomAddress::kind)
                .thenComparing(a -> !a.address().isSiteLocalAddress()));
        return List.copyOf(usable);
    }

    /** What the interface most likely is, from its names: virtual and VPN names first, as they borrow words. */
    static RoomAddress.Kind kindOf(NetworkCard card) {
        String name = card.name().toLowerCase(Locale.ROOT);
        String display = card.displayName().toLowerCase(Locale.ROOT);
        if (VIRTUAL.matcher(name).matches() || VIRTUAL.matcher(display).matches()) {
            return RoomAddress.Kind.VIRTUAL;
        }
        if (VPN.matcher(name).matches() || VPN.matcher(display).matches()) {
            return RoomAddress.Kind.VPN;
        }
        if (WIFI.matcher(name).matches() || WIFI.matcher(display).matches()) {
            return RoomAddress.Kind.WIFI;
        }
        if (ETHERNET.matcher(name).matches() || ETHERNET.matcher(display).matches()) {
            return RoomAddress.Kind.ETHERNET;
        }
        return RoomAddress.Kind.NETWORK;
    }

    private static boolean usable(InetAddress address) {
        return !address.isLoopbackAddress() && !address.isLinkLocalAddress() && !address.isAnyLocalAddress()
                && !address.isMulticastAddress();
    }

    private static List<NetworkCard> cardsOfThisLaptop() {
        List<NetworkCard> cards = new ArrayList<>();
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                // Sub-interfaces (eth0:1) are skipped: their addresses are listed with their parent's.
                if (!network.isVirtual()) {
                    cards.add(new NetworkCard(network.getName(), network.getDisplayName(), network.isUp(),
                            network.isLoopback(), Collections.list(network.getInetAddresses())));
                }
            }
        } catch (SocketException e) {
            // No readable interfaces: as good as no network; the join screen says what to do.
        }
        return cards;
    }
}

package org.journeystudio.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** Which of a laptop's addresses the join screen offers, in which order, on fake lists of interfaces. */
@FastTest
class RoomNetworksTest {

    @Test
    void aLaptopWithWifiDockerAndAVpnOffersTheWifiFirstAndSkipsLoopbackAndLinkLocal() {
        List<RoomAddress> ranked = RoomNetworks.rank(List.of(
                new NetworkCard("lo", "lo", true, true, ips("127.0.0.1", "::1")),
                card("docker0", "172.17.0.1"),
                card("tun0", "10.8.0.6"),
                card("wlan0", "192.168.1.23", "fe80::1c2b:3aff:fe4d:5e6f", "2001:db8::23"),
                card("br-3f2a9c", "172.18.0.1"),
                card("veth12ab", "169.254.10.2")));

        assertThat(ranked).extracting(RoomAddress::label).containsExactly(
                "Wi-Fi (wlan0) 192.168.1.23",
                "VPN (tun0) 10.8.0.6",
                "Virtual network (docker0) 172.17.0.1",
                "Virtual network (br-3f2a9c) 172.18.0.1");
        assertThat(ranked.get(0).warning()).isEmpty();
        assertThat(ranked.get(1).warning()).hasValueSatisfying(w -> assertThat(w).contains("VPN", "tun0"));
        assertThat(ranked.get(2).warning()).hasValueSatisfying(w -> assertThat(w).contains("docker0"));
    }

    @Test
    void withEthernetAndWifiBothAreOfferedWifiFirstAndPrivateBeforePublic() {
        List<RoomAddress> ranked = RoomNetworks.rank(List.of(
                card("enp0s31f6", "10.20.30.40"),
                card("wlp2s0", "130.92.1.7", "192.168.50.2"),
                card("virbr0", "192.168.122.1"),
                card("vboxnet0", "192.168.56.1"),
                card("vmnet8", "172.16.5.1"),
                card("wg0", "10.66.0.2"),
                card("ppp0", "100.64.1.1")));

        assertThat(ranked).extracting(RoomAddress::label).containsExactly(
                "Wi-Fi (wlp2s0) 192.168.50.2",
                "Wi-Fi (wlp2s0) 130.92.1.7",
                "Ethernet (enp0s31f6) 10.20.30.40",
                "VPN (wg0) 10.66.0.2",
                "VPN (ppp0) 100.64.1.1",
                "Virtual network (virbr0) 192.168.122.1",
                "Virtual network (vboxnet0) 192.168.56.1",
                "Virtual network (vmnet8) 172.16.5.1");
        assertThat(ranked.get(0).link(7070)).isEqualTo(URI.create("http://192.168.50.2:7070/"));
    }

    @Test
    void windowsNamesAreReadFromTheDisplayNameAndDownInterfacesAreLeftOut() {
        List<RoomAddress> ranked = RoomNetworks.rank(List.of(
                new NetworkCard("eth3", "Hyper-V Virtual Ethernet Adapter", true, false, ips("172.29.16.1")),
                new NetworkCard("wlan1", "Intel(R) Wi-Fi 6 AX201 160MHz", true, false, ips("192.168.0.14")),
                new NetworkCard("eth0", "Realtek PCIe GbE Family Controller", false, false, ips("192.168.0.15")),
                new NetworkCard("net7", "TAP-Windows Adapter V9", true, false, ips("10.9.0.2"))));

        assertThat(ranked).extracting(RoomAddress::label).containsExactly(
                "Wi-Fi (wlan1) 192.168.0.14", "VPN (net7) 10.9.0.2", "Virtual network (eth3) 172.29.16.1");
    }

    @Test
    void anIpv6OnlyNetworkIsOfferedAfterEveryIpv4OneWithItsLinkInBrackets() {
        List<RoomAddress> ranked = RoomNetworks.rank(List.of(
                card("en0", "2001:db8:5::8"),
                card("docker0", "172.17.0.1")));

        assertThat(ranked).extracting(RoomAddress::label).containsExactly(
                "Virtual network (docker0) 172.17.0.1", "Network (en0) 2001:db8:5:0:0:0:0:8");
        assertThat(ranked.get(1).link(7070)).isEqualTo(URI.create("http://[2001:db8:5:0:0:0:0:8]:7070/"));
    }

    @Test
    void aLaptopOnNoNetworkHasNoAddressToOffer() {
        assertThat(RoomNetworks.rank(List.of())).isEmpty();
        assertThat(RoomNetworks.rank(List.of(
                new NetworkCard("lo", "lo", true, true, ips("127.0.0.1")),
                card("wlan0", "169.254.3.4", "fe80::1"),
                new NetworkCard("eth0", "eth0", false, false, ips("192.168.1.5"))))).isEmpty();
    }

    private static NetworkCard card(String name, String... addresses) {
        return new NetworkCard(name, name, true, false, ips(addresses));
    }

    private static List<InetAddress> ips(String... addresses) {
        return Arrays.stream(addresses).map(RoomNetworksTest::ip).toList();
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}

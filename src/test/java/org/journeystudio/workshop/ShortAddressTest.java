package org.journeystudio.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

@FastTest
class ShortAddressTest {

    @Test
    void theAddressIsShownAsPeopleTypeIt() {
        assertThat(ShortAddress.of(URI.create("http://192.168.1.20:7070/"))).isEqualTo("192.168.1.20:7070");
    }

    @Test
    void onlyLoopbackAddressesAreUnreachableForPhones() {
        assertThat(ShortAddress.isThisLaptopOnly(URI.create("http://127.0.0.1:7070/"))).isTrue();
        assertThat(ShortAddress.isThisLaptopOnly(URI.create("http://[::1]:7070/"))).isTrue();
        assertThat(ShortAddress.isThisLaptopOnly(URI.create("http://192.168.1.20:7070/"))).isFalse();
        assertThat(ShortAddress.isThisLaptopOnly(URI.create("http://100.72.4.9:7070/"))).isFalse();
    }
}

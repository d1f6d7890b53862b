package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

@FastTest
class LibraryLocationTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    void anExplicitFolderWinsOverEverything() {
        Path override = Path.of("/tmp/my-library");
        assertThat(LibraryLocation.resolve(override, Map.of(LibraryLocation.ENVIRONMENT_VARIABLE, "/env/lib"),
                "Linux", HOME)).isEqualTo(override);
    }

    @Test
    void theEnvironmentVariableWinsOverTheOsFolder() {
        assertThat(LibraryLocation.resolve(null, Map.of(LibraryLocation.ENVIRONMENT_VARIABLE, " /env/lib "),
                "Windows 11", HOME)).isEqualTo(Path.of("/env/lib"));
        assertThat(LibraryLocation.resolve(null, Map.of(LibraryLocation.ENVIRONMENT_VARIABLE, "  "),
                "Linux", HOME)).isEqualTo(HOME.resolve(".local/share/journey-studio"));
    }

    @Test
    void linuxUsesXdgDataHomeWhenItIsAnAbsolutePath() {
        assertThat(LibraryLocation.resolve(null, Map.of("XDG_DATA_HOME", "/data/ada"), "Linux", HOME))
                .isEqualTo(Path.of("/data/ada/journey-studio"));
        assertThat(LibraryLocation.resolve(null, Map.of("XDG_DATA_HOME", "relative/data"), "Linux", HOME))
                .isEqualTo(HOME.resolve(".local/share/journey-studio"));
        assertThat(LibraryLocation.resolve(null, Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/ada/.local/share/journey-studio"));
        assertThat(LibraryLocation.resolve(null, Map.of(), "FreeBSD", HOME))
                .isEqualTo(Path.of("/home/ada/.local/share/journey-studio"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        Path home = Path.of("/Users/ada");
        assertThat(LibraryLocation.resolve(null, Map.of("XDG_DATA_HOME", "/data/ada"), "Mac OS X", home))
                .isEqualTo(Path.of("/Users/ada/Library/Application Support/Journey Studio"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(LibraryLocation.resolve(null, Map.of("APPDATA", "C:\\Users\\ada\\AppData\\Roaming"),
                "Windows 10", HOME))
                .isEqualTo(Path.of("C:\\Users\\ada\\AppData\\Roaming").resolve("Journey Studio"));
        assertThat(LibraryLocation.resolve(null, Map.of(), "Windows 10", HOME))
                .isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("Journey Studio"));
    }

    @Test
    void thePublicMethodUsesTheRealEnvironment() {
        Path resolved = LibraryLocation.resolve(null);
        String fromEnvironment = System.getenv(LibraryLocation.ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            assertThat(resolved).isEqualTo(Path.of(fromEnvironment.strip()));
        } else {
            assertThat(resolved.getFileName().toString()).isIn("journey-studio", "Journey Studio");
        }
        assertThat(LibraryLocation.resolve(Path.of("given"))).isEqualTo(Path.of("given"));
    }
}

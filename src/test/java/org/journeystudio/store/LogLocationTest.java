package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** The logs stay in the per-user data folder whichever library is chosen; tests move them with a property. */
@FastTest
class LogLocationTest {
    private final Path home = Path.of("/home/ada");

    @Test
    void theUserDataFolderIgnoresTheLibraryChosenByTheEnvironment() {
        Map<String, String> environment = Map.of(LibraryLocation.ENVIRONMENT_VARIABLE, "/srv/shared-library",
                "XDG_DATA_HOME", "/home/ada/data");

        assertThat(LibraryLocation.resolve(null, environment, "Linux", home)).isEqualTo(Path.of("/srv/shared-library"));
        assertThat(LibraryLocation.userDataFolder(environment, "Linux", home))
                .isEqualTo(Path.of("/home/ada/data/journey-studio"));
        assertThat(LibraryLocation.userDataFolder(Map.of(), "Mac OS X", home))
                .isEqualTo(home.resolve("Library/Application Support/Journey Studio"));
    }

    @Test
    void testsWriteTheirLogsWhereTheBuildSaysAndNeverIntoTheHome() {
        assertThat(System.getProperty(LogLocation.PROPERTY)).as("set by surefire").isNotBlank();
        assertThat(LogLocation.folder()).isEqualTo(Path.of(System.getProperty(LogLocation.PROPERTY)));
        assertThat(LogLocation.file()).isEqualTo(LogLocation.folder().resolve("journey-studio.log"));
        assertThat(LogLocation.folder().startsWith(LibraryLocation.userDataFolder())).isFalse();
    }
}

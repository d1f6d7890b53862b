package org.journeystudio.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the library lives: an explicit folder, else JOURNEY_STUDIO_LIBRARY, else the OS's per-user data folder. */
public final class LibraryLocation {
    public static final String ENVIRONMENT_VARIABLE = "JOURNEY_STUDIO_LIBRARY";
    static final String UNIX_FOLDER = "journey-studio";
    static final String DESKTOP_FOLDER = "Journey Studio";

    private LibraryLocation() {
    }

    /** The library folder for this user; {@code override} (from {@code --library DIR}) wins when given. */
    public static Path resolve(Path override) {
        return resolve(override, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    /** The same rules with the environment, OS name and home folder passed in, so every OS can be tested anywhere. */
    static Path resolve(Path override, Map<String, String> environment, String osName, Path home) {
        if (override != null) {
            return override;
        }
        String fromEnvironment = nonBlank(environment.get(ENVIRONMENT_VARIABLE));
        if (fromEnvironment != null) {
            return Path.of(fromEnvironment);
        }
        return userDataFolder(environment, osName, home);
    }

    /**
     * The OS's per-user data folder for the studio, whatever library is in use: where the library lives by
     * default and where the log files go.
     */
    public static Path userDataFolder() {
        return userDataFolder(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    static Path userDataFolder(Map<String, String> environment, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = nonBlank(environment.get("APPDATA"));
            Path roaming = appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return roaming.resolve(DESKTOP_FOLDER);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve(DESKTOP_FOLDER);
        }
        // Linux and the other Unix systems follow the XDG base directory rules, which ignore relative paths.
        String xdgDataHome = nonBlank(environment.get("XDG_DATA_HOME"));
        if (xdgDataHome != null && Path.of(xdgDataHome).isAbsolute()) {
            return Path.of(xdgDataHome).resolve(UNIX_FOLDER);
        }
        return home.resolve(".local").resolve("share").resolve(UNIX_FOLDER);
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

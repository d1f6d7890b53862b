package org.journeystudio.store;

import java.nio.file.Path;

/**
 * Where the studio writes its log: the {@code logs} folder in the per-user data folder, whichever library is in
 * use ({@code --library} and {@code JOURNEY_STUDIO_LIBRARY} choose the library only), or the folder named by
 * the system property {@value #PROPERTY}, which tests set so they never write to the user's home.
 */
public final class LogLocation {
    public static final String PROPERTY = "journeystudio.logs";
    static final String FILE_NAME = "journey-studio.log";

    private LogLocation() {
    }

    /** The folder that holds the log file and its rolled-over predecessors. */
    public static Path folder() {
        String chosen = System.getProperty(PROPERTY);
        return chosen != null && !chosen.isBlank() ? Path.of(chosen.strip())
                : LibraryLocation.userDataFolder().resolve("logs");
    }

    /** The log file being written now. */
    public static Path file() {
        return folder().resolve(FILE_NAME);
    }
}

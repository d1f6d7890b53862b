package org.journeystudio.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.journeystudio.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the studio remembers between runs: window bounds, recent projects, the theme, whether the editor shows
 * its inspector. Kept in one
 * {@link Preferences} node, which tests replace so they never touch the user's own settings.
 */
public final class StudioPreferences {
    /** System property naming the preferences node to use instead of the default one. */
    public static final String NODE_PROPERTY = "journeystudio.preferences";
    static final String DEFAULT_NODE = "/org/journeystudio/studio";
    static final int MAX_RECENT = 8;
    /** Projects remembered with the guide on; a preference value holds 8 KB, so the oldest give way. */
    static final int MAX_GUIDED = 200;

    private static final Logger LOG = LoggerFactory.getLogger(StudioPreferences.class);
    private static final String RECENT = "recentProjects";
    private static final String RECENT_LIBRARIES = "recentLibraries";
    private static final String DARK = "darkTheme";
    private static final String HIGH_CONTRAST = "highContrast";
    private static final String LAST_FOLDER = "lastFolder";
    private static final String LAST_EXPORT = "lastExport";
    private static final String GUIDED = "guidedProjects";
    private static final String INSPECTOR_SHOWN = "inspectorShown";
    private static final String OTHER_SCENARIO_CURVE = "otherScenarioCurve";
    private static final String AUTHOR_NAME = "authorName";
    private static final String MATRIX_WEIGHT = "matrixCustomerWeight";
    private static final String LANGUAGE = "language";

    private static final Executor WRITER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "Saving preferences");
        thread.setDaemon(true);
        return thread;
    });

    private final Preferences node;

    public StudioPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's node, or the one named by {@value #NODE_PROPERTY}. */
    public static StudioPreferences forUser() {
        return new StudioPreferences(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, DEFAULT_NODE)));
    }

    public Optional<WindowBounds> windowBounds() {
        double w = node.getDouble("window.width", -1);
        if (w < 0) {
            return Optional.empty();
        }
        WindowBounds bounds = new WindowBounds(node.getDouble("window.x", 0), node.getDouble("window.y", 0), w,
                node.getDouble("window.height", -1), node.getBoolean("window.maximized", false));
        return bounds.usable() ? Optional.of(bounds) : Optional.empty();
    }

    public void saveWindowBounds(WindowBounds bounds) {
        node.putDouble("window.x", bounds.x());
        node.putDouble("window.y", bounds.y());
        node.putDouble("window.width", bounds.width());
        node.putDouble("window.height", bounds.height());
        node.putBoolean("window.maximized", bounds.maximized());
        flush();
    }

    /** Project ids, most recently opened first. */
    public List<String> recentProjects() {
        String stored = node.get(RECENT, "");
        return stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }

    public void projectOpened(String projectId) {
        List<String> recent = new ArrayList<>(recentProjects());
        recent.remove(projectId);
        recent.add(0, projectId);
        storeRecent(recent.subList(0, Math.min(MAX_RECENT, recent.size())));
    }

    /**
     * Libraries used lately, most recent first: local folders and team libraries' {@code postgresql://} addresses,
     * which never hold a password (a team library's password is asked again or comes from PGPASSWORD/~/.pgpass).
     */
    public List<String> recentLibraries() {
        String stored = node.get(RECENT_LIBRARIES, "");
        return stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }

    /** Remembers a library's location (a folder or a team library's address without password) as the most recent. */
    public void libraryUsed(String location) {
        List<String> recent = new ArrayList<>(recentLibraries());
        recent.remove(location);
        recent.add(0, location);
        node.put(RECENT_LIBRARIES, String.join("\n", recent.subList(0, Math.min(MAX_RECENT, recent.size()))));
        flush();
    }

    public void projectDeleted(String projectId) {
        List<String> recent = new ArrayList<>(recentProjects());
        if (recent.remove(projectId)) {
            storeRecent(recent);
        }
        setGuided(projectId, false);
    }

    /** Whether the project opens with the student exercise's guide beside the map. */
    public boolean guided(String projectId) {
        return guidedProjects().contains(projectId);
    }

    public void setGuided(String projectId, boolean on) {
        List<String> guided = new ArrayList<>(guidedProjects());
        boolean changed = on ? !guided.contains(projectId) && guided.add(projectId) : guided.remove(projectId);
        if (changed) {
            List<String> kept = guided.subList(Math.max(0, guided.size() - MAX_GUIDED), guided.size());
            node.put(GUIDED, String.join("\n", kept));
            flush();
        }
    }

    private List<String> guidedProjects() {
        String stored = node.get(GUIDED, "");
        return stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }

    /** The name stored with each change this user saves to a library; the operating system's user name until set. */
    public String authorName() {
        String stored = node.get(AUTHOR_NAME, "").strip();
        return stored.isEmpty() ? System.getProperty("user.name", "") : stored;
    }

    /** Sets the name stored with each change; a blank one goes back to the operating system's user name. */
    public void setAuthorName(String name) {
        node.put(AUTHOR_NAME, name == null ? "" : name.strip());
        flush();
    }

    /** The language chosen in the studio, or empty to follow the system's. */
    public Optional<Language> language() {
        return Language.forTag(node.get(LANGUAGE, ""));
    }

    /** Stores the language to speak from the next window on; null follows the system again. */
    public void setLanguage(Language chosen) {
        node.put(LANGUAGE, chosen == null ? "" : chosen.tag());
        flush();
    }

    /** Whether the high-contrast layer lies over the light or dark theme (issue 23). */
    public boolean highContrast() {
        return node.getBoolean(HIGH_CONTRAST, false);
    }

    public void setHighContrast(boolean on) {
        node.putBoolean(HIGH_CONTRAST, on);
        flush();
    }

    public boolean darkTheme() {
        return node.getBoolean(DARK, false);
    }

    public void setDarkTheme(boolean dark) {
        node.putBoolean(DARK, dark);
        flush();
    }

    /** Whether the editor shows the inspector beside the map (it does until the user hides it). */
    public boolean inspectorShown() {
        return node.getBoolean(INSPECTOR_SHOWN, true);
    }

    public void setInspectorShown(boolean shown) {
        node.putBoolean(INSPECTOR_SHOWN, shown);
        flush();
    }

    /** Whether the editor draws another scenario's emotion curve dashed behind the shown one (off until asked). */
    public boolean otherScenarioCurve() {
        return node.getBoolean(OTHER_SCENARIO_CURVE, false);
    }

    public void setOtherScenarioCurve(boolean shown) {
        node.putBoolean(OTHER_SCENARIO_CURVE, shown);
        flush();
    }

    /** The customer value's share (0–1) of the value–effort matrix's value: half until the user moves the slider. */
    public double matrixCustomerWeight() {
        double weight = node.getDouble(MATRIX_WEIGHT, 0.5);
        return weight >= 0 && weight <= 1 ? weight : 0.5;
    }

    public void setMatrixCustomerWeight(double weight) {
        node.putDouble(MATRIX_WEIGHT, Math.max(0, Math.min(1, weight)));
        flush();
    }

    /** The folder a file was last imported from or exported to. */
    public Optional<java.nio.file.Path> lastFolder() {
        String stored = node.get(LAST_FOLDER, "");
        return stored.isEmpty() ? Optional.empty() : Optional.of(java.nio.file.Path.of(stored));
    }

    public void setLastFolder(java.nio.file.Path folder) {
        node.put(LAST_FOLDER, folder.toAbsolutePath().toString());
        flush();
    }

    /** The export dialog's last answers, encoded by the export package; empty before the first export. */
    public String lastExportChoices() {
        return node.get(LAST_EXPORT, "");
    }

    public void setLastExportChoices(String choices) {
        node.put(LAST_EXPORT, choices);
        flush();
    }

    private void storeRecent(List<String> ids) {
        node.put(RECENT, String.join("\n", ids));
        flush();
    }

    /**
     * Writes the preferences file on a thread of its own: a write on the FX thread held up the first map open (the
     * first one also loads the JDK's XML writer; issue 18). The JDK writes whatever is still pending when the
     * program ends, and the values are read from memory meanwhile.
     */
    private void flush() {
        WRITER.execute(() -> {
            try {
                node.flush();
            } catch (BackingStoreException | IllegalStateException e) {
                // Losing a remembered window size is not worth interrupting the user for.
                LOG.warn("Could not store preferences in {}: {}", node.absolutePath(), e.getMessage());
            }
        });
    }

    @Override
    public String toString() {
        return "StudioPreferences" + Arrays.asList(node.absolutePath());
    }
}

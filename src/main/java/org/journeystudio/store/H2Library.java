package org.journeystudio.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.journeystudio.model.JourneyMap;

/** The default library: one embedded H2 file database in a folder, its schema kept by Flyway migrations. */
public final class H2Library implements ProjectLibrary {

    /** Opens (creating if needed) the library in {@code folder}; fails with a clear {@link LibraryException}. */
    public static H2Library open(Path folder) {
        throw new UnsupportedOperationException("not yet written");
    }

    @Override public List<ProjectSummary> list() { throw new UnsupportedOperationException(); }
    @Override public void create(JourneyMap map) { throw new UnsupportedOperationException(); }
    @Override public Optional<JourneyMap> load(String projectId) { throw new UnsupportedOperationException(); }
    @Override public void save(JourneyMap map) { throw new UnsupportedOperationException(); }
    @Override public void rename(String projectId, String newTitle) { throw new UnsupportedOperationException(); }
    @Override public JourneyMap duplicate(String projectId, String newTitle) { throw new UnsupportedOperationException(); }
    @Override public void delete(String projectId) { throw new UnsupportedOperationException(); }
    @Override public Path location() { throw new UnsupportedOperationException(); }
    @Override public void close() { }
}

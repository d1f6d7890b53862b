package org.journeystudio.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.MapValidator;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.store.json.JourneyJson;

/**
 * The versions an {@link JdbcLibrary} keeps ({@code project_version}): each a whole map as the text of a
 * {@code .journey.json} file, gzipped (a 1,000-card map's text shrinks about tenfold; see docs/benchmarks.md), so
 * a later studio reads an older version through the file format's own migration. Every call is one transaction
 * of the library's, joined when it runs inside another (a duplicate, an import).
 */
final class LibraryVersions implements ProjectVersions {
    private static final String COLUMNS = "id, project_id, name, note, created_at, bytes, automatic";

    private final JdbcLibrary library;
    private final Clock clock;

    LibraryVersions(JdbcLibrary library, Clock clock) {
        this.library = library;
        this.clock = clock;
    }

    @Override
    public VersionInfo save(JourneyMap map, String name, String note, boolean automatic) {
        KeptVersion version = new KeptVersion(name, note, clock.instant(), automatic, MapValidator.requireValid(map));
        return library.inTransaction(Messages.text("storage.action.saveVersion", version.name(), map.title()),
                () -> insert(map.id(), version));
    }

    @Override
    public List<VersionInfo> list(String projectId) {
        return library.inTransaction(Messages.text("storage.action.listVersions", projectId), () -> {
            PreparedStatement query = library.statements().prepare("SELECT " + COLUMNS + " FROM project_version "
                    + "WHERE project_id = ? ORDER BY created_at DESC, id DESC");
            query.setString(1, projectId);
            List<VersionInfo> versions = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.add(info(rows));
                }
            }
            return versions;
        });
    }

    @Override
    public Optional<JourneyMap> load(String projectId, long versionId) {
        return library.inTransaction(Messages.text("storage.action.readVersion", projectId), () -> {
            PreparedStatement query = library.statements().prepare(
                    "SELECT name, content FROM project_version WHERE project_id = ? AND id = ?");
            query.setString(1, projectId);
            query.setLong(2, versionId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(map(projectId, row.getString(1), row.getBytes(2))) : Optional.empty();
            }
        });
    }

    @Override
    public void delete(String projectId, long versionId) {
        library.inTransaction(Messages.text("storage.action.deleteVersion", projectId), () -> {
            int deleted = library.statements().update("DELETE FROM project_version WHERE project_id = ? AND id = ?",
                    projectId, versionId);
            if (deleted == 0) {
                throw new LibraryException(Messages.text("storage.versionGone", versionId, projectId,
                        library.location()));
            }
            return null;
        });
    }

    @Override
    public List<KeptVersion> all(String projectId) {
        return library.inTransaction(Messages.text("storage.action.listVersions", projectId), () -> kept(projectId));
    }

    @Override
    public void createWith(JourneyMap map, List<KeptVersion> versions) {
        library.inTransaction(Messages.text("storage.action.importProject", map.title()), () -> {
            library.create(map);
            for (KeptVersion version : versions) {
                MapValidator.requireValid(version.map());
                insert(map.id(), version);
            }
            return null;
        });
    }

    /**
     * Copies every version of {@code fromId} to the project {@code toId}, each map renewed by {@code renew} (the
     * duplicate's own renewal, so a version's elements keep the ids of the copy's). Runs inside the duplicate's
     * transaction.
     */
    void copy(String fromId, String toId, UnaryOperator<JourneyMap> renew) throws SQLException {
        List<KeptVersion> versions = kept(fromId);
        // Oldest first, so the copies' ids keep the originals' order.
        for (int i = versions.size() - 1; i >= 0; i--) {
            KeptVersion version = versions.get(i);
            JourneyMap renewed = renew.apply(version.map()).withId(toId);
            insert(toId, new KeptVersion(version.name(), version.note(), version.created(), version.automatic(),
                    renewed));
        }
    }

    private List<KeptVersion> kept(String projectId) throws SQLException {
        PreparedStatement query = library.statements().prepare("SELECT name, note, created_at, automatic, content "
                + "FROM project_version WHERE project_id = ? ORDER BY created_at DESC, id DESC");
        query.setString(1, projectId);
        List<KeptVersion> versions = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String name = rows.getString(1);
                versions.add(new KeptVersion(name, rows.getString(2),
                        rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getBoolean(4),
                        map(projectId, name, rows.getBytes(5))));
            }
        }
        return versions;
    }

    private VersionInfo insert(String projectId, KeptVersion version) throws SQLException {
        if (!projectExists(projectId)) {
            throw new LibraryException(Messages.text("storage.noProjectToKeep", projectId,
                    library.location()));
        }
        // Pictures are kept once in the image table, not again in every version's text.
        ImageRows images = new ImageRows(library.statements());
        for (var scenario : version.map().scenarios().list()) {
            for (var touchpoint : version.map().touchpointsOf(scenario.id())) {
                images.keep(touchpoint.image());
            }
        }
        byte[] content = gzip(JourneyJson.toJsonNamingImages(version.map().withId(projectId)));
        try (PreparedStatement insert = library.statements().connection().prepareStatement("INSERT INTO "
                + "project_version (project_id, name, note, created_at, automatic, bytes, content) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, projectId);
            insert.setString(2, version.name());
            insert.setString(3, version.note());
            insert.setObject(4, version.created().atOffset(ZoneOffset.UTC));
            insert.setBoolean(5, version.automatic());
            insert.setLong(6, content.length);
            insert.setBytes(7, content);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new VersionInfo(keys.getLong(1), projectId, version.name(), version.note(), version.created(),
                        content.length, version.automatic());
            }
        }
    }

    private boolean projectExists(String projectId) throws SQLException {
        PreparedStatement query = library.statements().prepare("SELECT 1 FROM project WHERE id = ?");
        query.setString(1, projectId);
        try (ResultSet row = query.executeQuery()) {
            return row.next();
        }
    }

    private static VersionInfo info(ResultSet row) throws SQLException {
        return new VersionInfo(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                row.getObject(5, OffsetDateTime.class).toInstant(), row.getLong(6), row.getBoolean(7));
    }

    /** Reads a kept map through the file format, which migrates one an older studio wrote. */
    private JourneyMap map(String projectId, String name, byte[] content) {
        try (Reader text = new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(content)),
                StandardCharsets.UTF_8)) {
            return JourneyJson.read(text, "version '" + name + "'",
                    new ImageRows(library.statements()).source(new java.util.HashMap<>()));
        } catch (IOException | JourneyFormatException e) {
            throw new LibraryException(Messages.text("storage.versionUnreadable", name, projectId,
                    library.location(), e.getMessage()), e);
        }
    }

    private static byte[] gzip(String json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(json.length() / 8);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory only: never a user's problem
        }
        return bytes.toByteArray();
    }
}

package org.journeystudio.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.TouchpointImage;
import org.journeystudio.store.json.ImageSource;

/**
 * The library's images, one row per SHA-256 (schema V9): written the first time a card shows them, read back by
 * hash. Rows are never deleted with a card: another card, project, scenario or version may name the same image.
 */
final class ImageRows {
    private final Statements sql;
    /** Hashes known to be stored in this connection's library, so a save checks each image once. */
    private final Set<String> stored = new HashSet<>();

    ImageRows(Statements sql) {
        this.sql = sql;
    }

    /** Stores {@code image} unless the library has it already; null (no image) is nothing to store. */
    void keep(TouchpointImage image) throws SQLException {
        if (image == null || stored.contains(image.hash())) {
            return;
        }
        PreparedStatement exists = sql.prepare("SELECT COUNT(*) FROM image WHERE hash = ?");
        exists.setString(1, image.hash());
        try (ResultSet row = exists.executeQuery()) {
            row.next();
            if (row.getInt(1) == 0) {
                sql.update("INSERT INTO image (hash, media_type, width, height, data) VALUES (?, ?, ?, ?, ?)",
                        image.hash(), image.mediaType(), image.width(), image.height(), image.data());
            }
        }
        stored.add(image.hash());
    }

    /** The images one project's touchpoints name (shown scenario's rows), by hash. */
    Map<String, TouchpointImage> ofProject(String projectId) throws SQLException {
        PreparedStatement query = sql.prepare("""
                SELECT hash, media_type, width, height, data FROM image
                WHERE hash IN (SELECT image_hash FROM touchpoint WHERE project_id = ?)""");
        query.setString(1, projectId);
        Map<String, TouchpointImage> images = new HashMap<>();
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                TouchpointImage image = new TouchpointImage(row.getString(1), row.getString(2), row.getInt(3),
                        row.getInt(4), row.getBytes(5));
                images.put(image.hash(), image);
                stored.add(image.hash());
            }
        }
        return images;
    }

    /** Looks images up in {@code known} first, then in the library (for scenarios kept as JSON). */
    ImageSource source(Map<String, TouchpointImage> known) {
        return hash -> known.computeIfAbsent(hash, this::loadOrNull);
    }

    private TouchpointImage loadOrNull(String hash) {
        try {
            PreparedStatement query = sql.prepare("SELECT media_type, width, height, data FROM image WHERE hash = ?");
            query.setString(1, hash);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new TouchpointImage(hash, row.getString(1), row.getInt(2), row.getInt(3),
                        row.getBytes(4)) : null;
            }
        } catch (SQLException e) {
            throw new LibraryException(Messages.text("storage.imageUnreadable", hash, e.getMessage()), e);
        }
    }
}

package org.journeystudio.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema history of a current library, as shipped with this build (shipped-migrations.txt). A library whose
 * history is exactly this, every step successful, needs no migration and no validation, so it opens without
 * Flyway: its scan of the class path and its validation loaded some 400 classes on every start-up (issue 18).
 * Anything else (an older, newer, failed or tampered history) goes through Flyway's full check as before.
 */
final class ShippedHistory {
    /** One step: a migration's version and the checksum Flyway records for its script. */
    record Step(String version, int checksum) {
    }

    private static final String RESOURCE = "shipped-migrations.txt";
    /** Read once: each open asks for the list and for the newest version. */
    private static final List<Step> STEPS = read();

    private ShippedHistory() {
    }

    static List<Step> steps() {
        return STEPS;
    }

    private static List<Step> read() {
        try (InputStream in = ShippedHistory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            List<Step> steps = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] parts = line.strip().split("\\s+");
                if (!line.isBlank() && !line.startsWith("#")) {
                    steps.add(new Step(parts[0], Integer.parseInt(parts[1])));
                }
            }
            return List.copyOf(steps);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of the newest shipped migration. */
    static String newestVersion() {
        return STEPS.get(STEPS.size() - 1).version();
    }

    /** Whether the library on {@code connection} holds exactly the shipped history, every step successful. */
    static boolean isCurrent(Connection connection) throws SQLException {
        List<Step> found = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT \"version\", \"checksum\", \"success\" FROM "
                     + "\"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (row.next()) {
                int checksum = row.getInt(2);
                if (!row.getBoolean(3)) {
                    return false;
                }
                found.add(new Step(row.getString(1), checksum));
            }
        }
        return found.equals(STEPS);
    }
}

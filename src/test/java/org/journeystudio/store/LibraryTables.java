package org.journeystudio.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Looks into an open library's tables through a second connection in the same JVM, as tests need to. */
final class LibraryTables {
    private LibraryTables() {
    }

    static long rowCount(JdbcLibrary library, String table) {
        return number(library, "SELECT COUNT(*) FROM " + table);
    }

    static void execute(JdbcLibrary library, String command) {
        try (Connection connection = library.newConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(command);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long number(JdbcLibrary library, String query) {
        try (Connection connection = library.newConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

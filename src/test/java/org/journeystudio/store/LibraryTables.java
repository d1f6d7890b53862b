package org.journeystudio.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Looks into an open library's tables through a second connection in the same JVM, as tests need to. */
final class LibraryTables {
    private LibraryTables() {
    }

    static long rowCount(H2Library library, String table) {
        return number(library, "SELECT COUNT(*) FROM " + table);
    }

    static void execute(H2Library library, String command) {
        try (Connection connection = DriverManager.getConnection(LibraryOpener.url(library.location()),
                LibraryOpener.USER, LibraryOpener.PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(command);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long number(H2Library library, String query) {
        try (Connection connection = DriverManager.getConnection(LibraryOpener.url(library.location()),
                LibraryOpener.USER, LibraryOpener.PASSWORD);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

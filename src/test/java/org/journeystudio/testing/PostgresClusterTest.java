package org.journeystudio.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The shared test cluster answers on loopback with a password, and each test's database is its own. */
@SlowTest
class PostgresClusterTest {

    @Test
    void eachNewDatabaseIsEmptyAndSeparate() throws SQLException {
        PostgresCluster.Database first = PostgresCluster.shared().newDatabase();
        PostgresCluster.Database second = PostgresCluster.shared().newDatabase();
        try (Connection connection = first.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE only_in_first (id INT)");
        }
        try (Connection connection = second.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            row.next();
            assertThat(row.getInt(1)).isZero();
        }
        assertThat(first.name()).isNotEqualTo(second.name());
    }

    @Test
    void aWrongPasswordIsRefused() {
        PostgresCluster.Database database = PostgresCluster.shared().newDatabase();
        assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), database.user(), "wrong").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
    }
}

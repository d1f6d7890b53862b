package org.journeystudio.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.Statement;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.PostgresLibrary;
import org.journeystudio.store.TeamLibraryAddress;
import org.journeystudio.testing.PostgresCluster;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;

/** The fields of "Connect to a team library…" and the connection they make, on the test cluster. */
@SlowTest
class TeamLibraryConnectionTest {
    private final PostgresCluster.Database database = PostgresCluster.shared().newDatabase();

    private TeamLibraryConnection.Fields fields(String database, int port) {
        return new TeamLibraryConnection.Fields(this.database.host(), Integer.toString(port), database,
                this.database.user(), "prefer");
    }

    @Test
    void theFieldsSayWhatIsMissingOrWrongInASentenceEach() {
        assertThat(TeamLibraryConnection.problems(new TeamLibraryConnection.Fields(" ", "70000", "", "ana@x", "tls")))
                .containsExactly("Give the server's host name or address.",
                        "The port is a whole number from 1 to 65535 (PostgreSQL's is 5432).",
                        "Give the name of the team's database.",
                        "The user name has no spaces, '/', '@', ':' or '?'.",
                        "Choose a TLS mode: disable, allow, prefer, require, verify-ca, verify-full.");
        TeamLibraryConnection.Fields good = new TeamLibraryConnection.Fields(" db.example.org ", "5433", "journeys",
                "ana", "verify-full");
        assertThat(TeamLibraryConnection.problems(good)).isEmpty();
        TeamLibraryAddress address = TeamLibraryConnection.address(good);
        assertThat(address).hasToString("postgresql://ana@db.example.org:5433/journeys?sslmode=verify-full");
        assertThat(TeamLibraryConnection.fields(address)).isEqualTo(new TeamLibraryConnection.Fields(
                "db.example.org", "5433", "journeys", "ana", "verify-full"));
    }

    @Test
    void theTypedPasswordConnectsAndIsNeverPartOfTheAddress() {
        TeamLibraryAddress address = TeamLibraryConnection.address(fields(database.name(), database.port()));
        try (PostgresLibrary library = TeamLibraryConnection.connect(address, database.password().toCharArray())) {
            library.create(SampleMaps.shop("proj-shop"));
            assertThat(library.list()).hasSize(1);
            assertThat(library.location()).doesNotContain(database.password());
        }
    }

    @Test
    void aWrongPasswordAnUnreachableHostAndAForeignDatabaseAreRefusedInASentence() throws Exception {
        TeamLibraryAddress address = TeamLibraryConnection.address(fields(database.name(), database.port()));
        assertThatThrownBy(() -> TeamLibraryConnection.connect(address, "not-it".toCharArray()))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("the server refused the password typed for user '" + database.user() + "' on "
                        + database.host() + ":" + database.port() + "; check the user and password")
                .hasMessageNotContaining("not-it");

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TeamLibraryAddress nowhere = TeamLibraryConnection.address(fields(database.name(), closedPort));
        assertThatThrownBy(() -> TeamLibraryConnection.connect(nowhere, database.password().toCharArray()))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("could not be reached within " + TeamLibraryAddress.CONNECT_TIMEOUT_SECONDS + " s");

        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE invoices (id INT)");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
        assertThatThrownBy(() -> TeamLibraryConnection.connect(address, database.password().toCharArray()))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("holds tables of another program");
    }
}

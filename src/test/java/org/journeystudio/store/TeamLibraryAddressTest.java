package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.store.mermaid.MermaidJourney;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.InLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** The {@code --library postgresql://…} address: what it holds, where the user comes from, and what it refuses. */
@FastTest
@Isolated // one method speaks German, and the language is one setting for the JVM
@ExtendWith(InLanguage.Switch.class)
class TeamLibraryAddressTest {
    private static final Map<String, String> ANA = Map.of("PGUSER", "ana");

    @Test
    void hostPortDatabaseAndSslModeAreReadAndTheUserComesFromTheUrlElsePgUser() {
        TeamLibraryAddress full = TeamLibraryAddress.parse(
                "postgresql://cx@db.example.org:6543/journeys?sslmode=verify-full", ANA);
        assertThat(full).isEqualTo(new TeamLibraryAddress("db.example.org", 6543, "journeys", "cx", "verify-full"));
        assertThat(full.toString()).isEqualTo("postgresql://cx@db.example.org:6543/journeys?sslmode=verify-full");

        TeamLibraryAddress plain = TeamLibraryAddress.parse("postgresql://db.example.org/journeys", ANA);
        assertThat(plain).isEqualTo(new TeamLibraryAddress("db.example.org", 5432, "journeys", "ana", null));
        assertThat(plain.toString()).isEqualTo("postgresql://ana@db.example.org/journeys");
        assertThat(TeamLibraryAddress.isTeamLibrary("PostgreSQL://db/x")).isTrue();
        assertThat(TeamLibraryAddress.isTeamLibrary("/home/ana/postgresql")).isFalse();
    }

    @Test
    void thePasswordComesFromPgPasswordAndNeverFromTheAddress() {
        TeamLibraryAddress address = TeamLibraryAddress.parse("postgresql://db.example.org/journeys", ANA);
        assertThat(address.connectionProperties(Map.of("PGPASSWORD", "s3cret")).getProperty("password"))
                .isEqualTo("s3cret");
        assertThatThrownBy(() -> TeamLibraryAddress.parse("postgresql://cx:s3cret@db.example.org/journeys", ANA))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("it holds a password; put the password in ~/.pgpass or PGPASSWORD instead")
                .hasMessageStartingWith("The team library 'postgresql://cx:***@db.example.org/journeys' cannot")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void anAddressWithoutServerOrDatabaseOrWithUnknownSettingsIsRefusedInASentence() {
        assertThatThrownBy(() -> TeamLibraryAddress.parse("postgresql:///journeys", ANA))
                .hasMessage("The team library 'postgresql:///journeys' cannot be used: it names no server (host).");
        assertThatThrownBy(() -> TeamLibraryAddress.parse("postgresql://db.example.org", ANA))
                .hasMessageContaining("it names no database after the server, as in postgresql://server/journeys");
        assertThatThrownBy(() -> TeamLibraryAddress.parse("postgresql://db/j?sslmode=maybe", ANA))
                .hasMessageContaining("sslmode 'maybe' is not one of allow, disable, prefer, require, verify-ca, "
                        + "verify-full");
        assertThatThrownBy(() -> TeamLibraryAddress.parse("postgresql://db/j?password=x", ANA))
                .hasMessageContaining("'password' is not a setting Journey Studio knows; only sslmode is");
    }

    @Test
    @InLanguage("de")
    void aLibraryAndAFileToImportAreRefusedInGermanNamingWhere(@TempDir Path folder) throws Exception {
        assertThatThrownBy(() -> TeamLibraryAddress.parse("postgresql:///journeys", ANA)).hasMessage(
                "Die Team-Bibliothek „postgresql:///journeys“ kann nicht verwendet werden: Die Adresse nennt keinen "
                        + "Server (Host).");
        Path file = Files.writeString(folder.resolve("journeys"), "not a folder");
        assertThatThrownBy(() -> LibraryOpener.requireFolder(file)).isInstanceOf(LibraryException.class)
                .hasMessage("Die Bibliothek muss ein Ordner sein, aber " + file + " ist eine Datei. Sie wurde nicht "
                        + "verändert; geben Sie den Ordner an, der die Bibliothek enthalten soll.");

        String diagram = "journey\n    section Kaufen\n      Bezahlen: viel: Kundin\n";
        assertThatThrownBy(() -> MermaidJourney.read(diagram, "reise.mmd", "Reise", Instant.EPOCH))
                .isInstanceOf(JourneyFormatException.class)
                .hasMessage("reise.mmd:3:17: Die Bewertung „viel“ ist keine Zahl (1 bis 5)");
    }
}

package org.journeystudio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeystudio.store.DamagedLibraryException;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.PostgresLibrary;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.store.TeamLibraryAddress;
import org.journeystudio.testing.PostgresCluster;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The studio offers to put back the kept copy of a damaged library, and opens it when the user agrees; started on a
 * team library it connects with a stored password or asks for one.
 */
@SlowTest
class LibraryStartupTest {
    @TempDir
    Path library;

    private final List<DamagedLibraryException> asked = new ArrayList<>();

    private void damage() throws Exception {
        try (RandomAccessFile file = new RandomAccessFile(library.resolve("library.mv.db").toFile(), "rw")) {
            file.seek(0);
            file.write(new byte[16_384]); // the file headers gone: H2 cannot find a chunk
        }
    }

    private void libraryWithAKeptCopy() {
        try (H2Library opened = H2Library.open(library)) {
            opened.create(SampleMaps.shop("shop"));
        }
        H2Library.open(library).close(); // the second open of the day keeps the copy
    }

    @Test
    void aDamagedLibraryWithAKeptCopyIsPutBackWhenTheUserAgrees() throws Exception {
        libraryWithAKeptCopy();
        damage();

        try (H2Library opened = LibraryStartup.open(library, damaged -> asked.add(damaged))) {
            assertThat(opened.list()).extracting(ProjectSummary::title).containsExactly("Shop");
        }
        assertThat(asked).singleElement().satisfies(d -> {
            assertThat(d.folder()).isEqualTo(library);
            assertThat(d.keptOn()).isPresent();
        });
        try (var files = Files.list(library)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("library.mv.db.damaged-"));
        }
    }

    @Test
    void whenTheUserDeclinesTheDamagedFileIsLeftAsItIs() throws Exception {
        libraryWithAKeptCopy();
        damage();
        byte[] before = Files.readAllBytes(library.resolve("library.mv.db"));

        assertThatThrownBy(() -> LibraryStartup.open(library, damaged -> false))
                .isInstanceOf(DamagedLibraryException.class).hasMessageContaining("is damaged");
        assertThat(Files.readAllBytes(library.resolve("library.mv.db"))).isEqualTo(before);
    }

    @Test
    void withoutAKeptCopyNothingIsOfferedAndTheMessageSaysWhatToDo() throws Exception {
        Files.write(library.resolve("library.mv.db"), new byte[40_000]);

        assertThatThrownBy(() -> LibraryStartup.open(library, asked::add))
                .isInstanceOf(DamagedLibraryException.class).hasMessageContaining("restore the file from a backup");
        assertThat(asked).isEmpty();
    }

    @Test
    void aTeamLibraryWithThePasswordInTheEnvironmentOpensWithoutAskingAndAWrongOneIsSaidInASentence() {
        PostgresCluster.Database database = PostgresCluster.shared().newDatabase();
        String address = "postgresql://" + database.user() + "@" + database.host() + ":" + database.port() + "/"
                + database.name();
        List<TeamLibraryAddress> askedFor = new ArrayList<>();

        try (PostgresLibrary team = LibraryStartup.openTeam(address, Map.of("PGPASSWORD", database.password()),
                a -> {
                    askedFor.add(a);
                    return Optional.empty();
                }).orElseThrow()) {
            assertThat(team.location()).isEqualTo(address);
        }
        assertThat(askedFor).isEmpty();

        assertThatThrownBy(() -> LibraryStartup.openTeam(address, Map.of("PGPASSWORD", "not-it"), a -> Optional.empty()))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("the server refused the password from PGPASSWORD for user '" + database.user()
                        + "' on " + database.host() + ":" + database.port())
                .hasMessageNotContaining("not-it");
    }

    @Test
    @ResourceLock(Resources.SYSTEM_PROPERTIES) // it points the ~/.pgpass lookup elsewhere, as two other classes do
    void aTeamLibraryWithoutAStoredPasswordAsksForItAndCancellingOpensNothing() throws Exception {
        Path emptyPgpass = Files.createFile(library.resolve("pgpass"));
        System.setProperty("org.postgresql.pgpassfile", emptyPgpass.toString());
        try {
            String address = "postgresql://ana@db.example.org/journeys";
            List<TeamLibraryAddress> askedFor = new ArrayList<>();

            Optional<PostgresLibrary> opened = LibraryStartup.openTeam(address, Map.of(), a -> {
                askedFor.add(a);
                return Optional.empty();
            });

            assertThat(opened).isEmpty();
            assertThat(askedFor).extracting(TeamLibraryAddress::toString).containsExactly(address);
        } finally {
            System.clearProperty("org.postgresql.pgpassfile");
        }
    }
}

package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is not a Journey Studio library is refused with a clear message and never written to. */
@SlowTest
class ForeignLibraryFileTest {
    @TempDir
    Path folder;

    @Test
    void garbageBytesInTheLibraryFileAreRefusedAndLeftAsTheyAre() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        Path file = folder.resolve("library.mv.db");
        Files.write(file, garbage);

        assertThatThrownBy(() -> H2Library.open(folder))
                .isInstanceOf(LibraryException.class)
                .hasMessageStartingWith("The file " + file + " is damaged or is not a Journey Studio library")
                .hasMessageContaining("It was left as it is");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
        try (var files = Files.list(folder)) {
            assertThat(files).as("nothing written beside it").containsExactly(file);
        }
    }

    @Test
    void aTextFileNamedLikeTheLibraryIsRefused() throws IOException {
        Path file = folder.resolve("library.mv.db");
        Files.writeString(file, "name,score\nAda,5\n", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> H2Library.open(folder)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("is damaged or is not a Journey Studio library");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aLibraryFileCutShortIsRefusedAndLeftAsItIs() throws IOException {
        try (H2Library library = H2Library.open(folder)) {
            library.create(SampleMaps.rich("map-1"));
        }
        Path file = folder.resolve("library.mv.db");
        byte[] whole = Files.readAllBytes(file);
        byte[] cut = java.util.Arrays.copyOf(whole, 2000);
        Files.write(file, cut);

        assertThatThrownBy(() -> H2Library.open(folder)).isInstanceOf(LibraryException.class)
                .hasMessageContaining(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(cut);
    }

    @Test
    void anH2DatabaseOfAnotherProgramIsNotBaselinedOrTouched() throws SQLException, IOException {
        String url = "jdbc:h2:file:" + folder.resolve("library");
        try (Connection connection = DriverManager.getConnection(url, LibraryOpener.USER, LibraryOpener.PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE invoices (id INT PRIMARY KEY, amount DECIMAL(10, 2))");
            statement.execute("INSERT INTO invoices VALUES (1, 99.50)");
        }
        Path file = folder.resolve("library.mv.db");
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> H2Library.open(folder))
                .isInstanceOf(LibraryException.class)
                .hasMessage("The file " + file + " holds a database of another program (it has tables but no "
                        + "Journey Studio schema history), so it is not used as a library. It was left as it is; "
                        + "choose another library folder.");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anH2DatabaseWithOtherCredentialsIsRefused() throws SQLException, IOException {
        String url = "jdbc:h2:file:" + folder.resolve("library");
        try (Connection connection = DriverManager.getConnection(url, "owner", "secret");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE notes (id INT PRIMARY KEY)");
        }
        Path file = folder.resolve("library.mv.db");
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> H2Library.open(folder)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("is damaged or is not a Journey Studio library");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aLibraryPathThatIsARegularFileIsRefused() throws IOException {
        Path file = folder.resolve("my-notes.txt");
        Files.writeString(file, "not a folder");

        assertThatThrownBy(() -> H2Library.open(file))
                .isInstanceOf(LibraryException.class)
                .hasMessage("The library must be a folder, but " + file + " is a file. It was left as it is; give "
                        + "the folder that should hold the library instead.");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void aMissingFolderIsCreatedWithANewLibrary() throws IOException {
        Path nested = folder.resolve("a").resolve("b");
        try (H2Library library = H2Library.open(nested)) {
            assertThat(library.list()).isEmpty();
            assertThat(library.folder()).isEqualTo(nested.toAbsolutePath().normalize());
        }
        assertThat(nested.resolve("library.mv.db")).isRegularFile();
        try (var files = Files.list(nested)) {
            // Also no library.trace.db: H2 writes one when something went wrong, even if it recovered.
            assertThat(files).as("the new library was built aside and moved in whole")
                    .containsExactly(nested.resolve("library.mv.db"));
        }
    }

    @Test
    void anEmptyLibraryFileIsTakenAsANewLibrary() throws IOException {
        Files.createFile(folder.resolve("library.mv.db"));
        try (H2Library library = H2Library.open(folder)) {
            library.create(SampleMaps.small("map-1", 1));
        }
        try (H2Library library = H2Library.open(folder)) {
            assertThat(library.load("map-1")).contains(SampleMaps.small("map-1", 1));
        }
    }

    @Test
    void theSameLibraryIsOpenedOnlyOnceInOneProcess() {
        try (H2Library library = H2Library.open(folder)) {
            library.create(SampleMaps.small("map-1", 1));
            assertThatThrownBy(() -> H2Library.open(folder.resolve("sub").resolve("..")))
                    .isInstanceOf(LibraryException.class)
                    .hasMessage("This library is already open in this Journey Studio: " + folder.toAbsolutePath());
            assertThat(library.list()).hasSize(1);
        }
        try (H2Library again = H2Library.open(folder)) {
            assertThat(again.list()).hasSize(1);
        }
    }
}

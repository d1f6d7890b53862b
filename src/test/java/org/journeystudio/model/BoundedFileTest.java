package org.journeystudio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@FastTest
class BoundedFileTest {
    private static final Limits.FileLimit TEN_BYTES = new Limits.FileLimit("test file", 10, "make it smaller");

    @TempDir
    Path temp;

    @Test
    void aFileWithinItsLimitIsReadWhole() throws Exception {
        Path file = Files.writeString(temp.resolve("ten.txt"), "0123456789");

        assertThat(BoundedFile.readAll(file, TEN_BYTES)).hasSize(10);
    }

    @Test
    void aLargerFileIsRefusedWithWhatHowMuchTheLimitAndWhatToDo() throws Exception {
        Path file = Files.writeString(temp.resolve("eleven.txt"), "0123456789A");

        assertThatThrownBy(() -> BoundedFile.open(file, TEN_BYTES)).isInstanceOf(LimitExceededException.class)
                .hasMessage("eleven.txt: The file is 11 bytes, over the limit of 10 bytes for a test file;"
                        + " make it smaller");
    }

    @Test
    void aFileThatGrowsWhileBeingReadIsCutOffAtTheLimit() throws Exception {
        Path file = Files.writeString(temp.resolve("growing.txt"), "0123456789");

        try (InputStream in = BoundedFile.open(file, TEN_BYTES)) {
            Files.writeString(file, "more", StandardOpenOption.APPEND);
            assertThatThrownBy(in::readAllBytes).isInstanceOf(LimitExceededException.class)
                    .hasMessageContaining("more than 10 bytes (it grew while being read)");
        }
    }

    @Test
    void aFolderIsRefusedBeforeItIsOpened() {
        assertThatThrownBy(() -> BoundedFile.open(temp, TEN_BYTES)).isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("This is a folder, not a test file; give the path of a test file saved on disk");
    }

    @Test
    void sizesReadAsPeopleReadThem() {
        assertThat(Limits.bytes(1)).isEqualTo("1 byte");
        assertThat(Limits.bytes(1023)).isEqualTo("1023 bytes");
        assertThat(Limits.bytes(20L * 1024 * 1024)).isEqualTo("20 MB");
        assertThat(Limits.bytes((long) (5.2 * 1024 * 1024 * 1024))).isEqualTo("5.2 GB");
        assertThat(Limits.count(2_000_000, "characters")).isEqualTo("2,000,000 characters");
    }
}

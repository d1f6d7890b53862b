package org.journeystudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.journeystudio.store.H2Library;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged library is not the end: the message names the kept copy, and {@code restore-library} puts it back. */
@SlowTest
class RestoreLibraryCommandTest {
    @TempDir
    Path library;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = StudioCommandLine.standard().execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aDamagedLibraryNamesItsKeptCopyAndRestoreLibraryPutsItBack() throws Exception {
        try (H2Library opened = H2Library.open(library)) {
            opened.create(SampleMaps.shop("shop"));
            opened.create(SampleMaps.airline("aurora"));
        }
        assertThat(run("list", "--library", library.toString()).exitCode()).isZero(); // keeps today's copy
        Path file = library.resolve("library.mv.db");
        try (RandomAccessFile damage = new RandomAccessFile(file.toFile(), "rw")) {
            damage.seek(0);
            damage.write(new byte[16_384]); // the file headers gone: H2 cannot find a chunk
        }

        Run broken = run("list", "--library", library.toString());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err()).contains("is damaged").contains("journey-studio restore-library")
                .doesNotContain("Exception");

        Run restored = run("restore-library", "--library", library.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Put back the copy");
        Run listed = run("list", "--library", library.toString());
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("Shop").contains("Flying with Aurora Air");
        try (var files = Files.list(library)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("library.mv.db.damaged-"));
        }
    }
}

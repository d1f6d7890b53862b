package org.journeystudio.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.survey.HeatmapOptions;
import org.journeystudio.survey.SurveyException;
import org.journeystudio.survey.SurveyHeatmaps;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded random-mutation fuzz test of the three readers (.journey.json, CSV, .xlsx): valid files are mutated
 * (bytes flipped, ranges cut, repeated or spliced, inside the zip entries for .xlsx) and read; each read must
 * either succeed or fail with the reader's own exception and a message, never anything else. Bounded by
 * {@code fuzz.seconds} (default 6 per reader in {@code verify}); run longer with
 * {@code ./mvnw -q test -Dtest=ReaderFuzzTest -Dfuzz.seconds=600}.
 */
@SlowTest
class ReaderFuzzTest {
    private static final long SECONDS = Long.getLong("fuzz.seconds", 6);

    @TempDir
    Path dir;

    private final Random random = new Random(Long.getLong("fuzz.seed", 16));

    @Test
    void mutatedJourneyFilesAreReadOrRefusedCleanly() throws Exception {
        byte[] seed = JourneyJson.toJson(SampleMaps.airline("aurora")).getBytes(StandardCharsets.UTF_8);
        List<String> failures = fuzz(seed, ".journey.json", file -> {
            try {
                JourneyJson.read(file);
            } catch (JourneyFormatException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void mutatedSurveysAreReadOrRefusedCleanly() throws Exception {
        byte[] seed = Files.readAllBytes(resource("/surveys/qualtrics-choice-text.csv"));
        List<String> failures = fuzz(seed, ".csv", file -> {
            for (HeatmapOptions.Reader reader : HeatmapOptions.Reader.values()) {
                readSurvey(file, reader);
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void mutatedWorkbooksAreReadOrRefusedCleanly() throws Exception {
        byte[] seed = Files.readAllBytes(resource("/surveys/microsoft-forms.xlsx"));
        List<String> failures = fuzz(seed, ".xlsx", file -> readSurvey(file, HeatmapOptions.Reader.AUTO));
        assertThat(failures).isEmpty();
    }

    private static void readSurvey(Path file, HeatmapOptions.Reader reader) {
        try {
            SurveyHeatmaps.build(file, HeatmapOptions.forSegments("Segment").withReader(reader));
        } catch (SurveyException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    private interface Read {
        void read(Path file) throws Exception;
    }

    /** Reads mutants of {@code seed} until the time is up; returns what went wrong, with the mutant kept. */
    private List<String> fuzz(byte[] seed, String suffix, Read read) throws IOException {
        List<String> failures = new ArrayList<>();
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        int n = 0;
        while (System.nanoTime() < end && failures.size() < 5) {
            byte[] mutant = suffix.equals(".xlsx") ? mutateZip(seed) : mutate(seed);
            Path file = dir.resolve("mutant-" + n++ + suffix);
            Files.write(file, mutant);
            try {
                read.read(file);
                Files.delete(file);
            } catch (Throwable e) {
                failures.add(file + ": " + e); // kept on disk to reproduce
            }
        }
        assertThat(n).as("mutants read").isGreaterThan(10);
        return failures;
    }

    private byte[] mutate(byte[] seed) {
        byte[] bytes = seed.clone();
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            bytes = switch (random.nextInt(5)) {
                case 0 -> flip(bytes);
                case 1 -> cut(bytes);
                case 2 -> repeat(bytes);
                case 3 -> insert(bytes, ",\"'\n\r{}[]:;\t\\\u00ff".getBytes(StandardCharsets.ISO_8859_1));
                default -> insert(bytes, String.valueOf(random.nextLong()).getBytes(StandardCharsets.US_ASCII));
            };
        }
        return bytes;
    }

    private byte[] flip(byte[] bytes) {
        if (bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private byte[] cut(byte[] bytes) {
        if (bytes.length < 2) {
            return bytes;
        }
        int from = random.nextInt(bytes.length);
        int to = Math.min(bytes.length, from + 1 + random.nextInt(64));
        byte[] shorter = new byte[bytes.length - (to - from)];
        System.arraycopy(bytes, 0, shorter, 0, from);
        System.arraycopy(bytes, to, shorter, from, bytes.length - to);
        return shorter;
    }

    private byte[] repeat(byte[] bytes) {
        if (bytes.length < 2) {
            return bytes;
        }
        int from = random.nextInt(bytes.length);
        int length = Math.min(bytes.length - from, 1 + random.nextInt(256));
        byte[] piece = new byte[length];
        System.arraycopy(bytes, from, piece, 0, length);
        return insert(bytes, piece);
    }

    private byte[] insert(byte[] bytes, byte[] piece) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        byte[] longer = new byte[bytes.length + piece.length];
        System.arraycopy(bytes, 0, longer, 0, at);
        System.arraycopy(piece, 0, longer, at, piece.length);
        System.arraycopy(bytes, at, longer, at + piece.length, bytes.length - at);
        return longer;
    }

    /** Mutates one entry of the workbook inside the zip (or, now and then, the zip's own bytes). */
    private byte[] mutateZip(byte[] seed) throws IOException {
        if (random.nextInt(8) == 0) {
            return mutate(seed);
        }
        List<ZipEntry> entries = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(seed))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(new ZipEntry(entry.getName()));
                contents.add(in.readAllBytes());
            }
        }
        int victim = random.nextInt(entries.size());
        contents.set(victim, mutate(contents.get(victim)));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.size(); i++) {
                out.putNextEntry(entries.get(i));
                out.write(contents.get(i));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Path resource(String name) {
        try {
            return Path.of(ReaderFuzzTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}

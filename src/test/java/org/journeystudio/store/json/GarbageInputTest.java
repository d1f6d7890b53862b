package org.journeystudio.store.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.MapValidator;
import org.journeystudio.model.RatingScale;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Huge, random or mangled input ends in a {@link JourneyFormatException}, never a crash or a long wait. */
@SlowTest
class GarbageInputTest {
    private static final int FIFTY_MB = 50 * 1024 * 1024;
    private static final int MANGLED_FILES = 500;

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeParsing(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("huge.journey.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(FIFTY_MB); // sparse: costs no time or disk
        }

        JourneyFormatException problem = catchThrowableOfType(() -> JourneyJson.read(file),
                JourneyFormatException.class);

        assertThat(problem.problem()).contains("The file is 50 MB, over the limit of 20 MB for a .journey.json file;");
        assertThat(problem.line()).isZero();
        assertThat(problem.getMessage()).isEqualTo("huge.journey.json: " + problem.problem());
    }

    @Test
    void fiftyMegabytesOfGarbageFromAReaderAreRefused() {
        Reader garbage = new GeneratedReader(FIFTY_MB, new Random(1));

        JourneyFormatException problem = catchThrowableOfType(() -> JourneyJson.read(garbage, "stdin"),
                JourneyFormatException.class);

        assertThat(problem.problem()).contains("over the limit of 20 MB");
    }

    @Test
    void fiftyMegabytesThatStartLikeAJourneyFileAreRefused() {
        String start = "{\"formatVersion\": 1, \"map\": {\"id\": \"m\", \"title\": \"";
        Reader endlessTitle = new GeneratedReader(FIFTY_MB, null) {
            @Override
            char charAt(long index) {
                return index < start.length() ? start.charAt((int) index) : 'a';
            }
        };

        JourneyFormatException problem = catchThrowableOfType(() -> JourneyJson.read(endlessTitle, "stdin"),
                JourneyFormatException.class);

        assertThat(problem.problem()).contains("over the limit of 20 MB");
    }

    @Test
    void randomBytesGiveAFormatProblem(@TempDir Path folder) throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            byte[] bytes = new byte[1 + random.nextInt(64 * 1024)];
            random.nextBytes(bytes);
            Path file = folder.resolve("random-" + i + ".journey.json");
            Files.write(file, bytes);

            JourneyFormatException problem = catchThrowableOfType(() -> JourneyJson.read(file),
                    JourneyFormatException.class);

            assertThat(problem).as("random file %d", i).isNotNull();
            assertThat(problem.line()).isPositive();
        }
    }

    @Test
    void everyPrefixOfAValidFileGivesAFormatProblem() {
        String json = JourneyJson.toJson(SampleMaps.everyField(RatingScale.ONE_TO_FIVE));
        for (int length = 0; length < json.length() - 2; length += 23) {
            String prefix = json.substring(0, length);

            JourneyFormatException problem = catchThrowableOfType(
                    () -> JourneyJson.read(new StringReader(prefix), "cut"), JourneyFormatException.class);

            assertThat(problem).as("prefix of %d characters", length).isNotNull();
        }
    }

    /**
     * Hundreds of one-character edits of a valid file: each must either read as a valid map or be refused
     * with a format problem — never an NPE, an IllegalArgumentException or a raw Jackson exception.
     */
    @Test
    void mangledFilesEitherReadAsValidMapsOrGiveAFormatProblem() throws Exception {
        String json = JourneyJson.toJson(SampleMaps.everyField(RatingScale.ONE_TO_SEVEN));
        String replacements = "{}[]:,\"\\ 0-9e.+nulltruefalse#x\n";
        Random random = new Random(42);
        int refused = 0;
        for (int i = 0; i < MANGLED_FILES; i++) {
            StringBuilder mangled = new StringBuilder(json);
            int at = random.nextInt(json.length());
            switch (random.nextInt(3)) {
                case 0 -> mangled.deleteCharAt(at);
                case 1 -> mangled.insert(at, replacements.charAt(random.nextInt(replacements.length())));
                default -> mangled.setCharAt(at, replacements.charAt(random.nextInt(replacements.length())));
            }
            try {
                JourneyMap map = JourneyJson.read(new StringReader(mangled.toString()), "mangled");
                assertThat(MapValidator.validate(map)).isEmpty();
            } catch (JourneyFormatException expected) {
                assertThat(expected.problem()).isNotBlank();
                assertThat(expected.line()).isPositive();
                refused++;
            }
        }
        assertThat(refused).isGreaterThan(MANGLED_FILES / 3);
    }

    /** Produces characters on demand so 50 MB of input costs no memory in the test itself. */
    private static class GeneratedReader extends Reader {
        private final long length;
        private final char[] block = new char[64 * 1024];
        private long position;

        /** Random printable garbage, a 64 KB block repeated; {@code random} may be null when charAt is replaced. */
        GeneratedReader(long length, Random random) {
            this.length = length;
            for (int i = 0; random != null && i < block.length; i++) {
                block[i] = (char) (' ' + random.nextInt(95));
            }
        }

        char charAt(long index) {
            return block[(int) (index % block.length)];
        }

        @Override
        public int read(char[] buffer, int offset, int count) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = charAt(position++);
            }
            return n;
        }

        @Override
        public void close() {
        }
    }
}

package org.journeystudio.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/**
 * A file written by format version 1, frozen in test resources, must open with every later version of the
 * code. If the writer's output changes, this test says so: either the change is compatible (refresh only the
 * layout assertion) or it needs formatVersion 2 and a reader for version 1 files.
 */
@FastTest
class FormatVersionOneTest {
    private static final String FROZEN = "format-v1-every-field.journey.json";

    /** The map the frozen file was written from; keep it in step with the file, never with SampleMaps' future. */
    private static JourneyMap writtenMap() {
        return SampleMaps.everyField(RatingScale.ONE_TO_SEVEN);
    }

    @Test
    void aFileWrittenByVersionOneStillOpensWithEveryField() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(FROZEN)) {
            JourneyMap map = JourneyJson.read(new InputStreamReader(in, StandardCharsets.UTF_8), FROZEN);

            assertThat(map).isEqualTo(writtenMap());
        }
    }

    @Test
    void theWriterStillProducesTheVersionOneLayout() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(FROZEN)) {
            String frozen = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(JourneyJson.toJson(writtenMap())).isEqualTo(frozen);
        }
    }
}

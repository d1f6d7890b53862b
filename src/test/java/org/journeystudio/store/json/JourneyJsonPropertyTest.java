package org.journeystudio.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.MapValidator;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;

/** Round trips of a few hundred generated maps: whatever the model can hold, the file must give back. */
@SlowTest
class JourneyJsonPropertyTest {
    private static final long SEED = 20261123L;
    private static final int MAPS = 300;

    @Test
    void everyGeneratedMapSurvivesARoundTripUnchanged() throws Exception {
        RandomMaps maps = new RandomMaps(SEED);
        int touchpoints = 0;
        for (int i = 0; i < MAPS; i++) {
            JourneyMap original = maps.next();
            assertThat(MapValidator.validate(original)).as("generated map %d is valid", i).isEmpty();
            String json = JourneyJson.toJson(original);

            JourneyMap copy = JourneyJson.read(new StringReader(json), "random-" + i + ".journey.json");

            assertThat(copy).as("map %d (seed %d)", i, SEED).isEqualTo(original);
            assertThat(JourneyJson.toJson(copy)).as("map %d is written the same way twice", i).isEqualTo(json);
            touchpoints += original.touchpoints().size();
        }
        // Guard against a generator that quietly stops producing content.
        assertThat(touchpoints).isGreaterThan(MAPS);
    }
}

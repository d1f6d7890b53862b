package org.journeystudio.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every survey file beyond a {@link SurveyLimits} limit is refused by both readers with the same one-line
 * message naming the file (and cell or line), quickly and without running out of memory.
 */
@SlowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyLimitsTest {
    @TempDir
    static Path dir;
    private List<HostileSurveys.Case> cases;

    @BeforeAll
    void write() throws IOException {
        cases = HostileSurveys.all(dir);
    }

    @AfterAll
    void forget() {
        cases = null;
    }

    List<HostileSurveys.Case> cases() {
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void isRefusedAliveByBothReadersWithOneLine(HostileSurveys.Case hostile) {
        String records = refusal(hostile, HeatmapOptions.Reader.RECORDS);
        String bytes = refusal(hostile, HeatmapOptions.Reader.BYTES);

        assertThat(records).startsWith(hostile.file().toString()).contains(hostile.says()).doesNotContain("\n")
                .doesNotContainIgnoringCase("exception");
        assertThat(bytes).isEqualTo(records);
    }

    private static String refusal(HostileSurveys.Case hostile, HeatmapOptions.Reader reader) {
        SurveyException e = catchThrowableOfType(SurveyException.class, () -> SurveyHeatmaps.build(hostile.file(),
                HeatmapOptions.forSegments(hostile.segment()).withReader(reader)));
        assertThat(e).as("%s with the %s reader", hostile, reader).isNotNull();
        return e.getMessage();
    }
}

package org.journeystudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.journeystudio.survey.HostileSurveys;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code heatmap} on a survey file beyond a limit: exit 1 and one line naming the file, no stack trace. */
@SlowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyLimitsCommandTest {
    @TempDir
    static Path dir;
    private List<HostileSurveys.Case> cases;

    @BeforeAll
    void write() throws IOException {
        cases = HostileSurveys.all(dir);
    }

    List<HostileSurveys.Case> cases() {
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void exitsOneWithOneLine(HostileSurveys.Case hostile) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = StudioCommandLine.standard().execute(new String[] {"heatmap", hostile.file().toString(),
                "--segment", hostile.segment()}, new PrintWriter(out), new PrintWriter(err));

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString().strip()).contains(hostile.file().toString()).contains(hostile.says())
                .doesNotContain("\n").doesNotContainIgnoringCase("exception");
    }
}

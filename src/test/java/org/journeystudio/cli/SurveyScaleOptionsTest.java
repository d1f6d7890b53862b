package org.journeystudio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale options of {@code heatmap}: --label-order, --rating, quoted --ratings, text --na, --scale MIN-MAX. */
@FastTest
class SurveyScaleOptionsTest {
    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }

        JsonNode cell(String touchpoint, String segment) throws IOException {
            for (JsonNode cell : json().get("cells")) {
                if (cell.get("touchpoint").asText().equals(touchpoint) && cell.get("segment").asText().equals(segment)) {
                    return cell;
                }
            }
            throw new AssertionError("no cell " + touchpoint + " × " + segment + " in " + out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = StudioCommandLine.standard().execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exitCode, out.toString(), err.toString());
    }

    private Path file(String text) throws IOException {
        Path file = dir.resolve("survey.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void a_custom_text_scale_needs_its_order_and_then_reads_by_it() throws IOException {
        Path survey = file("""
                Team,Pace of the rollout
                A,Too slow
                A,Just right
                B,a bit slow
                B,Just Right
                B,No idea
                """);

        Run refused = run("heatmap", survey.toString(), "--segment", "Team", "--rating", "Pace of the rollout");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("'Pace of the rollout'").contains("--label-order")
                .contains("Too slow|Just right|a bit slow");

        Run ordered = run("heatmap", survey.toString(), "--segment", "Team", "--format", "json",
                "--label-order", "Too slow | A bit slow | Just right", "--na", "No idea");
        assertThat(ordered.exitCode()).as(ordered.err()).isZero();
        assertThat(ordered.json().get("scale").asText()).isEqualTo("1-3");
        assertThat(ordered.cell("Pace of the rollout", "A").get("mean").asDouble()).isCloseTo(2.0, within(1e-12));
        JsonNode b = ordered.cell("Pace of the rollout", "B");
        assertThat(b.get("n").asLong()).isEqualTo(2);
        assertThat(b.get("mean").asDouble()).isCloseTo(2.5, within(1e-12));
        assertThat(b.get("notApplicable").asLong()).isEqualTo(1);
    }

    @Test
    void rating_names_with_commas_are_given_repeated_or_quoted() throws IOException {
        Path survey = file("""
                Segment,"Rate the visit [Fast, easy and clear]","Rate the visit [Friendly, helpful staff]",Other
                X,4,5,2
                Y,2,3,3
                """);

        Run repeated = run("heatmap", survey.toString(), "--segment", "Segment", "--format", "json",
                "--rating", "Rate the visit [Fast, easy and clear]", "--rating", "Friendly, helpful staff");
        Run quoted = run("heatmap", survey.toString(), "--segment", "Segment", "--format", "json",
                "--ratings", "\"Fast, easy and clear\",\"Friendly, helpful staff\"");

        for (Run run : new Run[] {repeated, quoted}) {
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.json().get("touchpoints")).extracting(JsonNode::asText)
                    .containsExactly("Fast, easy and clear", "Friendly, helpful staff");
            assertThat(run.cell("Friendly, helpful staff", "All").get("mean").asDouble()).isCloseTo(4.0, within(1e-12));
        }
    }

    @Test
    void a_given_scale_of_any_range_is_used_and_answers_off_it_are_bad_rows() throws IOException {
        Path survey = file("""
                Segment,Score
                X,0
                X,5
                Y,4
                """);

        Run zeroToFive = run("heatmap", survey.toString(), "--segment", "Segment", "--rating", "Score",
                "--scale", "0-5", "--format", "json");
        assertThat(zeroToFive.exitCode()).as(zeroToFive.err()).isZero();
        assertThat(zeroToFive.cell("Score", "X").get("mean").asDouble()).isCloseTo(2.5, within(1e-12));

        Run detected = run("heatmap", survey.toString(), "--segment", "Segment", "--format", "json");
        assertThat(detected.json().get("scale").asText()).isEqualTo("1-5");            // 0 on 0..5 is N/A
        assertThat(detected.cell("Score", "X").get("n").asLong()).isEqualTo(1);

        Run tooSmall = run("heatmap", survey.toString(), "--segment", "Segment", "--rating", "Score",
                "--scale", "1-4");
        assertThat(tooSmall.exitCode()).isEqualTo(1);
        assertThat(tooSmall.err()).contains(":3: column 'Score': 5 is not a point of the 1-4 scale");
    }

    @Test
    void a_detected_scale_that_a_later_answer_exceeds_says_how_it_was_found() throws IOException {
        StringBuilder rows = new StringBuilder("Segment,Score\n");
        for (int i = 0; i < 300; i++) {
            rows.append("X,").append(1 + i % 4).append('\n');
        }
        Path survey = file(rows.append("X,5\n").toString());

        Run detected = run("heatmap", survey.toString(), "--segment", "Segment", "--rating", "Score");
        assertThat(detected.exitCode()).isEqualTo(1);
        assertThat(detected.err()).contains(":302: column 'Score': 5 is not a point of the 1-4 scale (found from the "
                + "first 300 rows; give the scale if it is wider)");

        Run given = run("heatmap", survey.toString(), "--segment", "Segment", "--rating", "Score", "--scale", "1-5");
        assertThat(given.exitCode()).as(given.err()).isZero();
    }

    @Test
    void no_surviving_row_is_an_error_even_when_bad_rows_are_skipped() throws IOException {
        Path survey = file("""
                Segment,Score
                X,11
                Y,12
                """);

        Run run = run("heatmap", survey.toString(), "--segment", "Segment", "--rating", "Score", "--scale", "1-5",
                "--skip-bad-rows");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no answer row of " + survey + " could be read (all 2 were left out)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void intervals_stay_inside_the_scale() throws IOException {
        Path survey = file("""
                Segment,Score
                X,1
                X,5
                """);

        JsonNode cell = run("heatmap", survey.toString(), "--segment", "Segment", "--rating", "Score",
                "--scale", "1-5", "--format", "json").cell("Score", "X");

        assertThat(cell.get("ciLow").asDouble()).isEqualTo(1.0);    // Student's t gives -22.4 … 28.4 for n = 2
        assertThat(cell.get("ciHigh").asDouble()).isEqualTo(5.0);
    }

    @Test
    void table_states_each_touchpoints_scale_and_not_applicable_answers() throws IOException {
        Path survey = file("""
                Segment,How often did the app crash?
                X,Never
                X,Often
                Y,Don’t know
                Y,Very often
                Y,Always
                """);

        Run run = run("heatmap", survey.toString(), "--segment", "Segment");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("How often did the app crash?: scale 1-6 · Never … Always; not applicable: 1.");
    }
}

package org.journeystudio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** The {@code heatmap} sub-command run through the command line as the launcher runs it, with output captured. */
@FastTest
class HeatmapCommandTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = StudioCommandLine.standard().execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static String fixture(String name) {
        try {
            return Path.of(HeatmapCommandTest.class.getResource("/org/journeystudio/survey/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void json_lists_touchpoints_segments_and_cells_with_mean_and_n() throws Exception {
        Run run = run("heatmap", fixture("google-forms.csv"), "--segment", "Travel class", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("touchpoints")).extracting(JsonNode::asText).containsExactly("Booking", "Check-in", "Boarding");
        assertThat(json.get("segments")).extracting(JsonNode::asText).containsExactly("Business", "Economy", "Premium", "All");
        List<JsonNode> cells = new ArrayList<>();
        json.get("cells").forEach(cells::add);
        assertThat(cells).hasSize(12);
        JsonNode businessCheckIn = cells.stream().filter(c -> c.get("touchpoint").asText().equals("Check-in")
                && c.get("segment").asText().equals("Business")).findFirst().orElseThrow();
        assertThat(businessCheckIn.get("n").asLong()).isEqualTo(2);                      // 4 and 3; the 0 is N/A
        assertThat(businessCheckIn.get("mean").asDouble()).isCloseTo((4 + 3) / 2.0, within(1e-12));
        assertThat(businessCheckIn.get("lowN").asBoolean()).isTrue();
        assertThat(businessCheckIn.get("nps").isNull()).isTrue();
        assertThat(run.err()).contains("counted as Business");
    }

    @Test
    void table_prints_the_matrix_with_n_and_low_n_marks() {
        Run run = run("heatmap", fixture("typeform.csv"), "--segment", "Which plan are you on?",
                "--ratings", "How easy was it to set up?", "--low-n", "3");

        assertThat(run.exitCode()).isZero();
        String[] lines = run.out().split("\\R");
        assertThat(lines[0]).containsSubsequence("Touchpoint", "Starter", "Team", "All");
        // Starter answered 6 and 7 (2 answers, below 3: marked); Team 2, 4, 1; All five.
        assertThat(lines[1]).containsSubsequence("How easy was it to set up?", "6.50 (2)*", "2.33 (3)", "4.00 (5)");
        assertThat(lines[1]).doesNotContain("2.33 (3)*");
        assertThat(lines).hasSize(5);
        assertThat(lines[4]).isEqualTo("How easy was it to set up?: scale 1-7; not applicable: 0.");
    }

    @Test
    void csv_has_one_line_per_cell() {
        Run run = run("heatmap", fixture("surveymonkey.csv"), "--segment", "What is your plan?", "--format", "csv",
                "--ratings", "Support,How likely are you to recommend us?");

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(HeatmapCsv.HEADER);
        assertThat(lines).hasSize(1 + 2 * 3);
        // Pro recommends 9, 10, 6, 8: mean 8.25, NPS 50 - 25.
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("How likely are you to recommend us?,Pro,4,8.25,")
                .contains(",25.0,"));
    }

    @Test
    void bad_rows_fail_with_file_and_line_unless_skipped() {
        String file = fixture("bad-rows.csv");
        Run failed = run("heatmap", file, "--segment", "Segment", "--ratings", "Food,Service", "--scale", "1-5");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).isEmpty();
        assertThat(failed.err()).contains(file + ":4: column 'Food': 9 is not a point of the 1-5 scale",
                file + ":5: has 3 fields but the header has 4", "--skip-bad-rows");

        Run skipped = run("heatmap", file, "--segment", "Segment", "--ratings", "Food,Service", "--scale", "1-5",
                "--skip-bad-rows", "--format", "csv");
        assertThat(skipped.exitCode()).isZero();
        assertThat(skipped.err()).contains(file + ":6: column 'Food': 'lots' is not an answer on the 1-5 scale");
        assertThat(skipped.out()).contains("Food,All,2,3.0,");                                // 4 and 2
    }

    @Test
    void unreadable_input_and_wrong_options_exit_non_zero_with_a_message() {
        Run malformed = run("heatmap", fixture("unclosed-quote.csv"), "--segment", "Segment");
        assertThat(malformed.exitCode()).isEqualTo(1);
        assertThat(malformed.err()).contains("unclosed-quote.csv:3: a quoted field that starts on this line is never closed");

        Run noColumn = run("heatmap", fixture("google-forms.csv"), "--segment", "Cabin");
        assertThat(noColumn.exitCode()).isEqualTo(1);
        assertThat(noColumn.err()).contains("no column named 'Cabin'");

        Run badScale = run("heatmap", fixture("google-forms.csv"), "--segment", "Travel class", "--scale", "five");
        assertThat(badScale.exitCode()).isEqualTo(2);
        assertThat(badScale.err()).contains("--scale: a scale is written MIN-MAX, e.g. 1-5, 0-10 or 0-100, not 'five'");

        Run backwards = run("heatmap", fixture("google-forms.csv"), "--segment", "Travel class", "--scale", "5-1");
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.err()).contains("--scale: no scale from 5 to 1");

        Run threeSegments = run("heatmap", fixture("google-forms.csv"), "--segment", "A", "--segment", "B",
                "--segment", "C");
        assertThat(threeSegments.exitCode()).isEqualTo(2);

        Run missingSegment = run("heatmap", fixture("google-forms.csv"));
        assertThat(missingSegment.exitCode()).isEqualTo(2);
        assertThat(missingSegment.err()).contains("--segment");
    }

    @Test
    void custom_not_applicable_codes_and_scale() {
        Run run = run("heatmap", fixture("surveymonkey.csv"), "--segment", "What is your plan?", "--ratings", "Support",
                "--scale", "0-10", "--na", "N/A,5", "--format", "csv");
        assertThat(run.exitCode()).isZero();
        // Free's Support answers 0, 2, 1 all count on 0-10; Pro's 5 is not applicable: 3, 2, 4.
        assertThat(run.out()).contains("Support,Free,3,1.0,", "Support,Pro,3,3.0,");
    }
}

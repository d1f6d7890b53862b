package org.journeystudio.store.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken files are refused with the problem named and placed at its line and column. */
@FastTest
class MalformedJourneyJsonTest {

    /** A small valid file; each test breaks one thing in it by replacing a marked piece of text. */
    private static final String VALID = """
            {
              "formatVersion": 1,
              "map": {
                "id": "map-1",
                "title": "Coffee shop",
                "created": "2026-11-23T09:30:00Z",
                "scale": "1-5",
                "personas": [ { "id": "p-1", "name": "Ana", "segment": "seg-1" } ],
                "segments": [ { "id": "seg-1", "name": "Regulars", "color": "#1f77b4" } ],
                "stages": [
                  { "id": "stage-order", "name": "Order", "widthHint": 240 },
                  { "id": "stage-pay", "name": "Pay" }
                ],
                "lanes": [ { "id": "lane-tp", "kind": "touchpoints", "visible": true } ],
                "touchpoints": [
                  {
                    "id": "tp-1",
                    "stage": "stage-order",
                    "lane": "lane-tp",
                    "order": 0,
                    "emotion": { "score": 1, "label": "" },
                    "painPoints": [ { "text": "Queue", "severity": 2 } ],
                    "satisfaction": { "seg-1": 4 },
                    "expectedScore": 4.5
                  }
                ]
              }
            }
            """;

    private static JourneyFormatException problemIn(String json) {
        JourneyFormatException problem = catchThrowableOfType(
                () -> JourneyJson.read(new StringReader(json), "broken.journey.json"), JourneyFormatException.class);
        assertThat(problem).as("reading should fail for:%n%s", json).isNotNull();
        assertThat(problem.source()).isEqualTo("broken.journey.json");
        return problem;
    }

    /** The file with {@code original} replaced once by {@code replacement}. */
    private static String broken(String original, String replacement) {
        assertThat(VALID).contains(original);
        return VALID.replaceFirst(java.util.regex.Pattern.quote(original),
                java.util.regex.Matcher.quoteReplacement(replacement));
    }

    /** Line and column (from 1) where {@code marker} first occurs in {@code text}. */
    private static int[] positionOf(String text, String marker) {
        int offset = text.indexOf(marker);
        assertThat(offset).as("marker %s", marker).isNotNegative();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    private static void assertAt(JourneyFormatException problem, String text, String marker) {
        int[] expected = positionOf(text, marker);
        assertThat(new int[] {problem.line(), problem.column()}).as(problem.getMessage()).containsExactly(expected);
    }

    @Test
    void theValidFileReads() throws Exception {
        assertThat(JourneyJson.read(new StringReader(VALID), "valid").touchpoints()).hasSize(1);
    }

    @Test
    void aMissingCommaIsBadJsonAtItsLineAndColumn() {
        String json = broken("\"formatVersion\": 1,", "\"formatVersion\": 1");

        JourneyFormatException problem = problemIn(json);

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(3);
        assertThat(problem.problem()).startsWith("Not valid JSON").contains("comma");
        assertThat(problem.getMessage()).startsWith("broken.journey.json:3:3: Not valid JSON");
    }

    @Test
    void aFileCutShortIsBadJson() {
        String json = VALID.substring(0, VALID.indexOf("\"lanes\""));

        JourneyFormatException problem = problemIn(json);

        assertThat(problem.problem()).contains("end-of-input");
        assertThat(problem.line()).isEqualTo(14);
    }

    @Test
    void aRepeatedKeyIsRefused() {
        String json = broken("\"title\": \"Coffee shop\",", "\"title\": \"Coffee shop\", \"title\": \"Tea\",");

        JourneyFormatException problem = problemIn(json);

        assertThat(problem.problem()).contains("Duplicate field 'title'");
        assertThat(problem.line()).isEqualTo(5);
    }

    @Test
    void aNumberWhereTextBelongsIsAWrongType() {
        String json = broken("\"title\": \"Coffee shop\"", "\"title\": 42");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "42");
        assertThat(problem.problem()).isEqualTo("\"title\" must be text in quotes, not the number 42");
    }

    @Test
    void textWhereAWholeNumberBelongsIsAWrongType() {
        String json = broken("\"order\": 0", "\"order\": \"first\"");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "\"first\"");
        assertThat(problem.problem()).contains("\"order\" must be a whole number", "\"first\"");
    }

    @Test
    void anObjectWhereAListBelongsIsAWrongType() {
        String json = broken("\"lanes\": [ { \"id\": \"lane-tp\", \"kind\": \"touchpoints\", \"visible\": true } ]",
                "\"lanes\": { \"id\": \"lane-tp\" }");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "{ \"id\": \"lane-tp\" }");
        assertThat(problem.problem()).contains("\"lanes\" must be a JSON list");
    }

    @Test
    void textAsARatingIsAWrongType() {
        String json = broken("\"seg-1\": 4", "\"seg-1\": \"high\"");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "\"high\"");
        assertThat(problem.problem()).isEqualTo("\"seg-1\" must be a number, not the text \"high\"");
    }

    @Test
    void aTouchpointWithoutItsStageIsMissingARequiredField() {
        String json = broken("\"stage\": \"stage-order\",", "");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "{\n        \"id\": \"tp-1\"");
        assertThat(problem.problem()).isEqualTo("Touchpoint 'tp-1' has no \"stage\", which is required");
    }

    @Test
    void aMapWithoutIdIsMissingARequiredField() {
        String json = broken("\"id\": \"map-1\",", "");

        JourneyFormatException problem = problemIn(json);

        assertThat(new int[] {problem.line(), problem.column()}).containsExactly(3, 10);
        assertThat(problem.problem()).contains("no \"id\"");
    }

    @Test
    void aPainPointWithoutSeverityIsMissingARequiredField() {
        String json = broken(", \"severity\": 2", "");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "{ \"text\": \"Queue\"");
        assertThat(problem.problem()).contains("no \"severity\"");
    }

    @Test
    void aFileWithoutFormatVersionIsRefusedNamingTheSupportedVersion() {
        String json = broken("\"formatVersion\": 1,", "");

        JourneyFormatException problem = problemIn(json);

        assertThat(new int[] {problem.line(), problem.column()}).containsExactly(1, 1);
        assertThat(problem.problem()).contains("no \"formatVersion\"", "reads formatVersion 1, 2, 3, 4, 5 or 6");
    }

    @Test
    void aNewerFormatVersionIsRefusedNamingTheSupportedVersion() {
        String json = broken("\"formatVersion\": 1", "\"formatVersion\": 7");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "7,");
        assertThat(problem.problem()).isEqualTo("formatVersion 7 is not supported: this version of Journey Studio"
                + " reads formatVersion 1, 2, 3, 4, 5 or 6; it was written by a newer Journey Studio, so update this one to open it");
    }

    @Test
    void theVersionIsCheckedBeforeTheMapEvenWhenItComesLast() {
        // A version-2 map may use fields version 1 does not know; the version must be the complaint.
        String json = "{ \"map\": { \"id\": \"m\", \"title\": \"t\", \"lanes\": \"new style\" },\n"
                + "  \"formatVersion\": 7 }";

        JourneyFormatException problem = problemIn(json);

        assertThat(new int[] {problem.line(), problem.column()}).containsExactly(2, 20);
        assertThat(problem.problem()).startsWith("formatVersion 7 is not supported");
    }

    @Test
    void aVersionWrittenAsTextIsAWrongType() {
        String json = broken("\"formatVersion\": 1", "\"formatVersion\": \"1\"");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "\"1\"");
        assertThat(problem.problem()).contains("must be a whole number");
    }

    @Test
    void aTouchpointPointingAtAStageThatDoesNotExistIsADanglingReference() {
        String json = broken("\"stage\": \"stage-order\"", "\"stage\": \"stage-nowhere\"");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "\"stage-nowhere\"");
        assertThat(problem.problem()).contains("stage 'stage-nowhere', which does not exist");
    }

    @Test
    void aTouchpointPointingAtAMissingLaneIsADanglingReference() {
        String json = broken("\"lane\": \"lane-tp\"", "\"lane\": \"lane-gone\"");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "\"lane-gone\"");
        assertThat(problem.problem()).contains("lane 'lane-gone', which does not exist");
    }

    @Test
    void aPersonaStandingForAMissingSegmentIsADanglingReference() {
        String json = broken("\"segment\": \"seg-1\"", "\"segment\": \"seg-9\"");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "\"seg-9\"");
        assertThat(problem.problem()).contains("segment 'seg-9', which does not exist");
    }

    @Test
    void aRatingForAMissingSegmentIsADanglingReference() {
        String json = broken("\"seg-1\": 4", "\"seg-1\": 4, \"seg-2\": 3");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "3 }");
        assertThat(problem.problem()).contains("segment 'seg-2', which is not among the map's segments");
    }

    @Test
    void anEmotionOfFiveIsOutOfRange() {
        String json = broken("\"score\": 1", "\"score\": 5");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "5, \"label\"");
        assertThat(problem.problem()).isEqualTo("\"score\" must be a whole number from -2 to 2, not the number 5");
    }

    @Test
    void aSeverityOfNineIsOutOfRange() {
        String json = broken("\"severity\": 2", "\"severity\": 9");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "9 }");
        assertThat(problem.problem()).isEqualTo("\"severity\" must be a whole number from 1 to 3, not the number 9");
    }

    @Test
    void aRatingOffTheMapsScaleIsOutOfRange() {
        String json = broken("\"seg-1\": 4", "\"seg-1\": 6");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "6 }");
        assertThat(problem.problem()).isEqualTo("Touchpoint 'tp-1' rates segment 'seg-1' 6, outside the map's scale 1-5");
    }

    @Test
    void anExpectedScoreOffTheMapsScaleIsOutOfRange() {
        String json = broken("\"expectedScore\": 4.5", "\"expectedScore\": 11");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "11\n");
        assertThat(problem.problem()).contains("expects 11.0, outside the map's scale 1-5");
    }

    @Test
    void aHugeOrderIsOutOfRange() {
        String json = broken("\"order\": 0", "\"order\": 99999999999");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "99999999999");
        assertThat(problem.problem()).contains("whole number");
    }

    @Test
    void aNegativeStageWidthIsOutOfRange() {
        String json = broken("\"widthHint\": 240", "\"widthHint\": -3");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "-3");
        assertThat(problem.problem()).contains("positive");
    }

    @Test
    void unknownWordsAreRefusedListingTheAllowedOnes() {
        String json = broken("\"kind\": \"touchpoints\"", "\"kind\": \"swimlane\"");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "\"swimlane\"");
        assertThat(problem.problem()).isEqualTo("\"kind\" cannot be \"swimlane\"; use one of: touchpoints, channel,"
                + " emotion, expectations, pain-points, opportunities, backstage, notes, custom, images");
    }

    @Test
    void anUnknownScaleIsRefused() {
        String json = broken("\"scale\": \"1-5\"", "\"scale\": \"1-100\"");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "\"1-100\"");
        assertThat(problem.problem()).contains("use \"1-5\", \"1-7\" or \"0-10\"");
    }

    @Test
    void aColourThatIsNotHexIsRefused() {
        String json = broken("\"color\": \"#1f77b4\"", "\"color\": \"blue\"");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "\"blue\"");
        assertThat(problem.problem()).contains("colour like \"#1f77b4\"");
    }

    @Test
    void aTimeThatIsNotIso8601IsRefused() {
        String json = broken("\"2026-11-23T09:30:00Z\"", "\"yesterday\"");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "\"yesterday\"");
        assertThat(problem.problem()).contains("ISO-8601");
    }

    @Test
    void aRepeatedStageIdIsRefusedWhereItRepeats() {
        String json = broken("\"id\": \"stage-pay\"", "\"id\": \"stage-order\"");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "{ \"id\": \"stage-order\", \"name\": \"Pay\"");
        assertThat(problem.problem()).contains("'stage-order' is used twice in \"stages\"");
    }

    @Test
    void aRepeatedTouchpointIdIsRefusedWhereItRepeats() {
        String json = broken("\"touchpoints\": [", "\"touchpoints\": [ { \"id\": \"tp-1\", \"stage\": \"stage-pay\","
                + " \"lane\": \"lane-tp\" },");

        JourneyFormatException problem = problemIn(json);

        int[] second = positionOf(json, "\"tp-1\",\n");
        assertThat(new int[] {problem.line(), problem.column()}).containsExactly(second);
        assertThat(problem.problem()).contains("'tp-1' is used by two touchpoints");
    }

    @Test
    void anUnknownFieldIsRefusedListingTheKnownOnes() {
        String json = broken("\"name\": \"Regulars\"", "\"label\": \"Regulars\"");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "\"label\"");
        assertThat(problem.problem()).isEqualTo("Unknown field \"label\" in a segment; the fields are:"
                + " id, name, description, color, share");
    }

    @Test
    void anEmptyTitleBreaksTheMapsRulesAndPointsAtTheTitle() {
        String json = broken("\"title\": \"Coffee shop\"", "\"title\": \"  \"");

        JourneyFormatException problem = problemIn(json);

        assertAt(problem, json, "\"  \"");
        assertThat(problem.problem()).isEqualTo("The map needs a title");
    }

    @Test
    void aListAtTheTopIsNotAJourneyFile() {
        JourneyFormatException problem = problemIn("\n  [1, 2, 3]");

        assertThat(new int[] {problem.line(), problem.column()}).containsExactly(2, 3);
        assertThat(problem.problem()).contains("starts with a list");
    }

    @Test
    void anEmptyFileIsNotAJourneyFile() {
        assertThat(problemIn("   \n ").problem()).contains("empty");
    }

    @Test
    void contentAfterTheMapIsRefused() {
        String json = VALID + "{}";

        JourneyFormatException problem = problemIn(json);

        assertThat(problem.line()).isEqualTo(VALID.split("\n").length + 1);
        assertThat(problem.problem()).contains("after the end of the journey map");
    }

    @Test
    void deepNestingIsRefusedWithoutExhaustingTheStack() {
        String json = broken("\"order\": 0", "\"order\": " + "[".repeat(100_000));

        JourneyFormatException problem = problemIn(json);

        assertThat(problem.problem()).contains("nesting of lists and objects", "65 levels deep",
                "over the limit of 64 levels");
        assertThat(problem.line()).isEqualTo(positionOf(json, "[[[")[0]);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAtTheirLine(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("latin1.journey.json");
        String json = broken("Coffee shop", "Caf\u00e9");
        Files.write(file, json.getBytes(StandardCharsets.ISO_8859_1));

        JourneyFormatException problem = catchThrowableOfType(() -> JourneyJson.read(file),
                JourneyFormatException.class);

        assertAt(problem, json, "\u00e9");
        assertThat(problem.problem()).contains("not UTF-8");
        assertThat(problem.source()).isEqualTo("latin1.journey.json");
    }
}

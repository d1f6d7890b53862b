package org.journeystudio.store.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.List;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** Format 6: the map's opportunities, their links, old files' notes, and bad values named where they are. */
@FastTest
class OpportunityJsonTest {

    private static JourneyMap read(String json) throws Exception {
        return JourneyJson.read(new StringReader(json), "plan.journey.json");
    }

    /** The rich sample with its first pain point linked to "Remember card". */
    private static JourneyMap planned() {
        JourneyMap map = SampleMaps.rich("map-plan");
        Touchpoint pay = map.touchpoint("tp-9").orElseThrow();
        return map.withTouchpoint(pay.toBuilder().painPoints(List.of(
                pay.painPoints().get(0).withOpportunityIds(List.of("opp-card")), pay.painPoints().get(1))).build());
    }

    @Test
    void aPlanWithOwnersAndValuesIsFormatSixAndReadsBackWhole() throws Exception {
        JourneyMap map = planned();
        String json = JourneyJson.toJson(map);

        assertThat(json).startsWith("{\n  \"formatVersion\": 6,")
                .contains("\"opportunities\": [\n          \"opp-total\",\n          \"opp-card\"\n        ]")
                .contains("\"status\": \"planned\"", "\"due\": \"2027-03-31\"", "\"customerValue\": 4",
                        "\"kpi\": {\n          \"name\": \"Checkout conversion\"");
        assertThat(read(json)).isEqualTo(map);
    }

    @Test
    void notesOfAnOlderFileBecomeOpportunitiesLinkedToTheirTouchpointsAndWriteBackAsBefore() throws Exception {
        JourneyMap notes = SampleMaps.checkout();
        String v1 = JourneyJson.toJson(notes);
        assertThat(v1).startsWith("{\n  \"formatVersion\": 1,")
                .contains("\"text\": \"Explain declines\"");

        JourneyMap read = read(v1);

        assertThat(read.opportunities()).containsExactly(
                Opportunity.idea("opp-tp-pay-1", "Explain declines", Evidence.PROPOSED));
        assertThat(read.touchpoint("tp-pay").orElseThrow().opportunityIds()).containsExactly("opp-tp-pay-1");
        assertThat(JourneyJson.toJson(read)).isEqualTo(v1);
    }

    @Test
    void anOwnerMakesTheFileFormatSix() {
        JourneyMap map = SampleMaps.checkout();
        Opportunity explain = map.opportunities().get(0);
        JourneyMap owned = map.withOpportunities(List.of(explain.withOwner("Payments")));

        assertThat(JourneyJson.toJson(owned)).startsWith("{\n  \"formatVersion\": 6,");
    }

    @Test
    void badValuesAreRefusedNamingTheFieldAndWhereItIs() {
        String json = JourneyJson.toJson(planned());

        assertThat(problem(json.replace("\"effort\": 2", "\"effort\": 7")))
                .contains("\"effort\"", "7").contains("5");
        assertThat(problem(json.replace("\"status\": \"planned\"", "\"status\": \"maybe\"")))
                .contains("\"status\"", "maybe", "in-progress");
        assertThat(problem(json.replace("\"due\": \"2027-03-31\"", "\"due\": \"31/03/2027\"")))
                .contains("\"due\" must be a date such as \"2027-03-31\", not \"31/03/2027\"");
        assertThat(problem(json.replace("[\n          \"opp-total\",", "[\n          \"opp-gone\",")))
                .contains("opportunity 'opp-gone', which the map does not have");
    }

    private static String problem(String json) {
        JourneyFormatException e = catchThrowableOfType(() -> read(json), JourneyFormatException.class);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.line()).as("a line is named").isPositive();
        return e.getMessage();
    }

    @Test
    void sharedIdsReadBackAndAnUnsharedMapIsWrittenAsBefore() throws Exception {
        JourneyMap map = planned();
        String plain = JourneyJson.toJson(map);
        Touchpoint pay = map.touchpoint("tp-9").orElseThrow();
        JourneyMap shared = map.withPersonas(List.of(map.personas().get(0).withSharedId("p-uuid-1")))
                .withOpportunities(List.of(map.opportunities().get(0).withSharedId("o-uuid-2"),
                        map.opportunities().get(1)))
                .withTouchpoint(pay.toBuilder().painPoints(List.of(pay.painPoints().get(0).withSharedId("pp-uuid-3"),
                        pay.painPoints().get(1))).build());

        String json = JourneyJson.toJson(shared);

        assertThat(plain).doesNotContain("sharedId");
        assertThat(json).startsWith("{\n  \"formatVersion\": 6,")
                .contains("\"sharedId\": \"p-uuid-1\"", "\"sharedId\": \"o-uuid-2\"", "\"sharedId\": \"pp-uuid-3\"");
        assertThat(read(json)).isEqualTo(shared);
        assertThat(problem(json.replace("\"p-uuid-1\"", "\"not an id!\"")))
                .contains("shared id", "not an id!");
    }
}

package org.journeystudio.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.ExperienceComponent;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@FastTest
class JourneyJsonRoundTripTest {

    private static JourneyMap roundTrip(JourneyMap map) throws Exception {
        return JourneyJson.read(new StringReader(JourneyJson.toJson(map)), "test.journey.json");
    }

    @ParameterizedTest
    @EnumSource(RatingScale.class)
    void everyFieldAndEveryEnumValueSurvivesARoundTrip(RatingScale scale) throws Exception {
        JourneyMap original = SampleMaps.everyField(scale);

        JourneyMap copy = roundTrip(original);

        assertThat(copy).isEqualTo(original);
        for (Touchpoint tp : original.touchpoints()) {
            Touchpoint read = copy.touchpoint(tp.id()).orElseThrow();
            assertThat(read.satisfaction().keySet()).containsExactlyElementsOf(tp.satisfaction().keySet());
        }
    }

    @Test
    void theSampleReallyCoversEveryEnumValueAndTheOptionalCases() {
        JourneyMap map = SampleMaps.everyField(RatingScale.ONE_TO_FIVE);
        assertThat(map.lanes()).extracting(l -> l.kind()).containsExactlyInAnyOrderElementsOf(
                java.util.EnumSet.complementOf(java.util.EnumSet.of(LaneKind.IMAGES)));
        assertThat(map.touchpoints()).extracting(t -> t.channel().kind())
                .containsExactlyInAnyOrder(ChannelKind.values());
        assertThat(map.touchpoints()).extracting(Touchpoint::evidence).contains(Evidence.values());
        assertThat(map.touchpoints()).flatExtracting(Touchpoint::painPoints).extracting(p -> p.evidence())
                .contains(Evidence.values());
        assertThat(map.opportunities()).extracting(o -> o.evidence())
                .contains(Evidence.values());
        assertThat(map.touchpoints()).flatExtracting(t -> t.components()).contains(ExperienceComponent.values());
        assertThat(map.touchpoints()).extracting(Touchpoint::expectedScore).containsNull();
        assertThat(map.touchpoints()).anyMatch(t -> t.satisfaction().isEmpty() && t.painPoints().isEmpty()
                && t.expectations().isEmpty() && t.components().isEmpty());
        assertThat(map.personas()).extracting(p -> p.segmentId()).containsNull();
    }

    @Test
    void aMapWithEmptyListsSurvives() throws Exception {
        assertThat(roundTrip(SampleMaps.minimal())).isEqualTo(SampleMaps.minimal());
    }

    @Test
    void theFileStartsWithItsVersionAndSpellsValuesAsWords() {
        String json = JourneyJson.toJson(SampleMaps.everyField(RatingScale.ONE_TO_SEVEN));

        assertThat(json).startsWith("{\n  \"formatVersion\": 1,\n  \"map\": {\n    \"id\": \"map-every-field\",");
        assertThat(json).contains("\"kind\": \"mobile-app\"", "\"kind\": \"pain-points\"",
                "\"evidence\": \"observed\"", "\"scale\": \"1-7\"", "\"emotional\"",
                "\"created\": \"2026-11-23T00:15:30.123456789Z\"", "\"expectedScore\": null",
                "\"expectations\": [],", "\"Business \\\"B2B\\\" customers\"");
        assertThat(json).doesNotContain("\r", "MOBILE_APP", "\t\"");
        assertThat(json).endsWith("}\n");
    }

    @Test
    void writingIsStableSoFilesDiffCleanly() throws Exception {
        JourneyMap map = SampleMaps.everyField(RatingScale.ZERO_TO_TEN);
        String first = JourneyJson.toJson(map);

        assertThat(JourneyJson.toJson(roundTrip(map))).isEqualTo(first);
    }

    @Test
    void aWrittenFileReadsBackAndLeavesNoTemporaryFiles(@TempDir Path folder) throws Exception {
        JourneyMap map = SampleMaps.everyField(RatingScale.ONE_TO_FIVE);
        Path file = folder.resolve("every.journey.json");

        JourneyJson.write(map, file);
        JourneyJson.write(map.withTitle("Second version"), file);

        assertThat(JourneyJson.read(file)).isEqualTo(map.withTitle("Second version"));
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void readsFieldsInAnyOrderAndFillsDefaultsForOptionalOnes() throws Exception {
        String json = """
                {
                  "map": {
                    "touchpoints": [ { "lane": "l", "stage": "s", "id": "t" } ],
                    "lanes": [ { "kind": "notes", "id": "l" } ],
                    "stages": [ { "id": "s" } ],
                    "title": "Hand written",
                    "id": "m"
                  },
                  "formatVersion": 1
                }
                """;

        JourneyMap map = JourneyJson.read(new StringReader(json), "hand.journey.json");

        assertThat(map.title()).isEqualTo("Hand written");
        assertThat(map.scale()).isEqualTo(RatingScale.ONE_TO_FIVE);
        assertThat(map.lanes().get(0).visible()).isTrue();
        assertThat(map.lanes().get(0).title()).isEqualTo("Notes");
        Touchpoint tp = map.touchpoints().get(0);
        assertThat(tp.expectedScore()).isNull();
        assertThat(tp.evidence()).isEqualTo(Evidence.ASSUMED);
        assertThat(tp.emotion().score()).isZero();
    }

    @Test
    void aByteOrderMarkIsIgnored(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("bom.journey.json");
        Files.writeString(file, "\uFEFF" + JourneyJson.toJson(SampleMaps.minimal()));

        assertThat(JourneyJson.read(file)).isEqualTo(SampleMaps.minimal());
    }
}

package org.journeystudio.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.journeystudio.edit.Document;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.ResponseCounts;
import org.journeystudio.style.SegmentPalette;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** Rating columns find their touchpoints by name, and an import becomes one undoable map edit. */
@FastTest
class RatingsToMapTest {
    @Test
    void columnsMatchTouchpointsBySharedWordsAndNothingBelowTheThreshold() {
        List<Touchpoint> touchpoints = SampleMaps.airline("m").touchpoints();
        assertThat(TouchpointMatcher.match("Rate the check-in", touchpoints)).map(Touchpoint::title)
                .contains("Check-in at the desk");
        assertThat(TouchpointMatcher.match("Meals", touchpoints)).map(Touchpoint::title).contains("Meals");
        assertThat(TouchpointMatcher.match("Confirmation email", touchpoints)).isEmpty();
        assertThat(TouchpointMatcher.similarity("Seat selection", "seat SELECTIONS")).isEqualTo(1.0);
    }

    @Test
    void anImportAddsSegmentsAndTouchpointsAndSetsMeansInOneUndoStep() {
        JourneyMap map = SampleMaps.airline("m").withSegments(List.of(new Segment("seg-biz", "business", "", "#0072B2")));
        long[] business = new long[2 * ResponseCounts.VALUES];
        long[] economy = new long[2 * ResponseCounts.VALUES];
        business[4] = 2; // Booking: 4, 4
        business[5] = 1; //          5  → mean 4.33
        economy[2] = 1;  // Booking: 2
        economy[ResponseCounts.VALUES + 5] = 3; // New column: 5, 5, 5
        List<AnswerScale> scales = List.of(AnswerScale.parse("1-5"), AnswerScale.parse("1-5"));
        ResponseCounts counts = ResponseCounts.fromValues(List.of("Business", "Economy"), scales,
                List.of(business, economy));
        SegmentHeatmap heatmap = SegmentHeatmap.of(counts, List.of("Booking", "Lounge"), scales, 30);

        RatingsToMap edit = RatingsToMap.of(map, heatmap, Arrays.asList("tp-0", null),
                Arrays.asList(null, new NewTouchpointPlace("st-airport", SampleMaps.TOUCHPOINTS)));
        Document document = new Document(map);
        document.execute(edit.command());
        JourneyMap after = document.map();

        assertThat(edit.segmentIds()).containsEntry("Business", "seg-biz");
        String economyId = edit.segmentIds().get("Economy");
        Segment created = after.segments().stream().filter(s -> s.id().equals(economyId)).findFirst().orElseThrow();
        assertThat(created.name()).isEqualTo("Economy");
        assertThat(created.color()).isNotEqualToIgnoringCase("#0072B2").isIn(SegmentPalette.OKABE_ITO);
        Touchpoint booking = after.touchpoints().stream().filter(t -> t.id().equals("tp-0")).findFirst().orElseThrow();
        assertThat(booking.satisfaction()).containsEntry("seg-biz", 4.33).containsEntry(economyId, 2.0);
        Touchpoint lounge = after.touchpoints().stream().filter(t -> t.title().equals("Lounge")).findFirst()
                .orElseThrow();
        assertThat(lounge.stageId()).isEqualTo("st-airport");
        assertThat(lounge.satisfaction()).containsOnlyKeys(economyId).containsEntry(economyId, 5.0);
        assertThat(List.of(booking.evidence(), lounge.evidence())).as("survey ratings are research, not guesses")
                .containsOnly(Evidence.OBSERVED);
        assertThat(after.touchpoints()).filteredOn(t -> !t.id().equals("tp-0") && t != lounge)
                .extracting(Touchpoint::evidence).as("cards the survey did not rate").containsOnly(Evidence.ASSUMED);

        assertThat(document.undoCount()).isEqualTo(1);
        document.undo();
        assertThat(document.map()).isEqualTo(map);
    }

    @Test
    void newTouchpointsGoToTheStageTheirHeaderNamesElseTheLastAndEachToItsOwnPlace() {
        JourneyMap airline = SampleMaps.airline("m");
        List<Lane> lanes = new ArrayList<>(airline.lanes());
        lanes.add(new Lane(SampleMaps.BACKSTAGE, LaneKind.BACKSTAGE, "Backstage", true));
        JourneyMap map = airline.withLanes(lanes);

        assertThat(NewTouchpointPlace.proposed("How was the airport lounge?", map))
                .isEqualTo(new NewTouchpointPlace("st-airport", SampleMaps.TOUCHPOINTS));
        assertThat(NewTouchpointPlace.proposed("Rate each step [In-flight wifi]", map).stageId()).isEqualTo("st-flight");
        assertThat(NewTouchpointPlace.proposed("Rate each step [Booking]", map).stageId())
                .as("'Booking' holds the stage name 'Book'").isEqualTo("st-book");
        assertThat(NewTouchpointPlace.proposed("Taxi home", map).stageId()).as("no stage named: the last")
                .isEqualTo("st-arrive");
        assertThat(NewTouchpointPlace.proposed("Lounge", map.withStages(List.of()))).isNull();
        assertThat(NewTouchpointPlace.cardLanes(map)).extracting(Lane::id)
                .containsExactly(SampleMaps.TOUCHPOINTS, SampleMaps.BACKSTAGE);

        long[] answers = new long[3 * ResponseCounts.VALUES];
        answers[4] = 1;
        answers[ResponseCounts.VALUES + 4] = 1;
        answers[2 * ResponseCounts.VALUES + 4] = 1;
        List<AnswerScale> scales = List.of(AnswerScale.parse("1-5"), AnswerScale.parse("1-5"), AnswerScale.parse("1-5"));
        SegmentHeatmap heatmap = SegmentHeatmap.of(ResponseCounts.fromValues(List.of("All riders"), scales,
                List.of(answers)), List.of("Lounge", "Wifi", "Taxi"), scales, 30);
        RatingsToMap edit = RatingsToMap.of(map, heatmap, Arrays.asList(null, null, null), Arrays.asList(
                new NewTouchpointPlace("st-airport", SampleMaps.TOUCHPOINTS),
                new NewTouchpointPlace("st-flight", SampleMaps.BACKSTAGE), null));
        JourneyMap after = edit.command().apply(map);

        assertThat(after.touchpoints()).filteredOn(t -> !map.touchpoint(t.id()).isPresent())
                .extracting(t -> t.title() + " in " + t.stageId() + "/" + t.laneId() + " " + t.evidence())
                .containsExactlyInAnyOrder("Lounge in st-airport/" + SampleMaps.TOUCHPOINTS + " OBSERVED",
                        "Wifi in st-flight/" + SampleMaps.BACKSTAGE + " OBSERVED",
                        "Taxi in st-arrive/" + SampleMaps.TOUCHPOINTS + " OBSERVED");
    }

    @Test
    void aColumnMatchesATitleSpelledTheSameButForCaseSpacesAndPunctuation() {
        List<Touchpoint> touchpoints = SampleMaps.airline("m").touchpoints();

        assertThat(TouchpointMatcher.similarity("Check-in", "checkin")).isEqualTo(1.0);
        assertThat(TouchpointMatcher.similarity("SEAT-SELECTION ", "Seat selection")).isEqualTo(1.0);
        assertThat(TouchpointMatcher.match("  seat comfort!", touchpoints)).map(Touchpoint::title).contains("Seat comfort");
        assertThat(TouchpointMatcher.match("Rate the check in", touchpoints)).map(Touchpoint::title)
                .contains("Check-in at the desk");
        assertThat(TouchpointMatcher.match("Lounge", touchpoints)).isEmpty();
    }

    @Test
    void meansMoveToTheMapsScaleWhenTheSurveysDiffers() {
        AnswerScale oneToFive = AnswerScale.of(RatingScale.ONE_TO_FIVE);
        assertThat(HeatmapMeasure.rescale(4, oneToFive, RatingScale.ZERO_TO_TEN)).isEqualTo(7.5);
        assertThat(HeatmapMeasure.rescale(3, oneToFive, RatingScale.ONE_TO_SEVEN)).isEqualTo(4.0);
        assertThat(HeatmapMeasure.rescale(3.5, oneToFive, RatingScale.ONE_TO_FIVE)).isEqualTo(3.5);
        // A survey scale no map uses: 75 on a 0-100 slider is 7.5 on 0-10.
        assertThat(HeatmapMeasure.rescale(75, AnswerScale.parse("0-100"), RatingScale.ZERO_TO_TEN)).isEqualTo(7.5);
    }
}

package org.journeystudio.edit.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.journeystudio.testing.SampleMaps.cardId;

import org.journeystudio.edit.CommandFailedException;
import org.journeystudio.edit.Document;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

@FastTest
class MapSettingsCommandsTest {
    private final JourneyMap map = SampleMaps.retailer();

    @Test
    void setTitleDescriptionAndScenario() {
        for (MapText part : MapText.values()) {
            SetMapText set = SetMapText.of(part, "New " + part.label());
            JourneyMap after = UndoRoundTrip.check(map, set);
            assertThat(part.get(after)).isEqualTo("New " + part.label());
            assertThat(set.description()).isEqualTo("Edit map " + part.label());
        }
    }

    @Test
    void typingInOnePartMergesButNotAcrossParts() {
        SetMapText title = SetMapText.of(MapText.TITLE, "Shoes");
        MapCommandAssert.mergesExactly(map, title, SetMapText.of(MapText.TITLE, "Shoes online"));
        assertThat(title.mergeWith(SetMapText.of(MapText.SCENARIO, "x"))).isEmpty();
    }

    @Test
    void rescalingMovesEveryRatingToTheSamePlaceOnTheNewScale() {
        JourneyMap after = UndoRoundTrip.check(map, SetRatingScale.rescaling(RatingScale.ZERO_TO_TEN));
        assertThat(after.scale()).isEqualTo(RatingScale.ZERO_TO_TEN);
        for (Touchpoint before : map.touchpoints()) {
            Touchpoint now = after.touchpoint(before.id()).orElseThrow();
            before.satisfaction().forEach((segment, rating) ->
                    assertThat(now.satisfaction().get(segment)).isEqualTo((rating - 1) * 2.5));
        }
        Touchpoint ad = after.touchpoint(cardId("Ad")).orElseThrow();
        assertThat(ad.expectedScore()).isEqualTo(7.5); // 4 on 1–5
        assertThat(SetRatingScale.convert(4, RatingScale.ONE_TO_FIVE, RatingScale.ONE_TO_SEVEN)).isEqualTo(5.5);
    }

    @Test
    void keepingValuesKeepsTheNumbersAndFailsWhenOneFallsOffTheNewScale() {
        JourneyMap wide = UndoRoundTrip.check(map, SetRatingScale.keepingValues(RatingScale.ONE_TO_SEVEN));
        assertThat(wide.touchpoints()).isEqualTo(map.touchpoints());

        Document document = new Document(map);
        document.execute(SetRatingScale.rescaling(RatingScale.ONE_TO_SEVEN)); // 5 becomes 7
        JourneyMap onSeven = document.map();
        assertThatThrownBy(() -> document.execute(SetRatingScale.keepingValues(RatingScale.ONE_TO_FIVE)))
                .isInstanceOf(CommandFailedException.class).hasMessageContaining("outside the map's scale 1-5");
        assertThat(document.map()).isEqualTo(onSeven);
    }
}

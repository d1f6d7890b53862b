package org.journeystudio.editing;

import java.util.ArrayList;
import java.util.List;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * The map in sentences, for people who listen to it: a card's accessible name ("Touchpoint: Pay at checkout,
 * stage Purchase, satisfaction 2 of 5, Frustrated") and the outline's read mode, one paragraph per stage
 * ("Stage 2 of 5, Research: 3 touchpoints. …"). Colour never carries anything here: every rating is a number.
 */
public final class SpokenMap {
    private SpokenMap() {
    }

    /** The card's accessible name: what it is, where, how it was rated and how it felt. */
    public static String card(JourneyMap map, Touchpoint touchpoint) {
        Rating rating = rating(map, touchpoint);
        return Messages.text("access.card", touchpoint.title(), stageName(map, touchpoint), rating.rated(),
                rating.value(), map.scale().max(), touchpoint.emotion().displayLabel());
    }

    /** One stage read aloud: its place and name, how many touchpoints, then a sentence per touchpoint. */
    public static String stage(JourneyMap map, int stageIndex) {
        Stage stage = map.stages().get(stageIndex);
        List<Touchpoint> cards = cardsOf(map, stage.id());
        List<String> sentences = new ArrayList<>();
        sentences.add(Messages.text("outline.readStage", stageIndex + 1, map.stages().size(), stage.name(),
                cards.size()));
        for (Touchpoint card : cards) {
            sentences.add(touchpoint(map, card));
        }
        return String.join(" ", sentences);
    }

    /** A touchpoint in the read mode: title and channel, rating and feeling, then what was expected and went wrong. */
    public static String touchpoint(JourneyMap map, Touchpoint touchpoint) {
        Rating rating = rating(map, touchpoint);
        List<String> sentences = new ArrayList<>();
        sentences.add(Messages.text("outline.readTouchpoint", touchpoint.title(), touchpoint.channel().label(),
                rating.rated(), rating.value(), map.scale().max(), touchpoint.emotion().displayLabel()));
        if (!touchpoint.expectations().isEmpty()) {
            sentences.add(Messages.text("outline.readExpected", String.join("; ", touchpoint.expectations())));
        }
        if (!touchpoint.painPoints().isEmpty()) {
            sentences.add(Messages.text("outline.readPainPoints", touchpoint.painPoints().size(),
                    String.join("; ", touchpoint.painPoints().stream().map(PainPoint::text).toList())));
        }
        int opportunities = map.opportunitiesAt(touchpoint).size();
        if (opportunities > 0) {
            sentences.add(Messages.text("outline.readOpportunities", opportunities));
        }
        return String.join(" ", sentences);
    }

    /** The cards of a stage in journey order, in the lanes that hold cards (as the canvas shows them). */
    public static List<Touchpoint> cardsOf(JourneyMap map, String stageId) {
        return map.touchpointsInJourneyOrder().stream().filter(t -> t.stageId().equals(stageId))
                .filter(t -> map.lane(t.laneId()).map(Lane::kind).map(k -> k.holdsCards()).orElse(false))
                .toList();
    }

    /** The average of the card's ratings as shown to a person ("4", "3,5"), or empty when it has none. */
    public static String ratingText(Touchpoint touchpoint) {
        if (touchpoint.satisfaction().isEmpty()) {
            return "";
        }
        double mean = touchpoint.satisfaction().values().stream().mapToDouble(Double::doubleValue).average()
                .orElse(0);
        return Messages.number(mean, mean == Math.rint(mean) ? 0 : 1);
    }

    private static String stageName(JourneyMap map, Touchpoint touchpoint) {
        return map.stage(touchpoint.stageId()).map(Stage::name).orElse("");
    }

    /** Whether the card is rated (1) or not (0), for the patterns' choice, and the rating's text. */
    private record Rating(int rated, String value) {
    }

    private static Rating rating(JourneyMap map, Touchpoint touchpoint) {
        String text = ratingText(touchpoint);
        return new Rating(text.isEmpty() ? 0 : 1, text);
    }
}

package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Touchpoint;

/**
 * Changes the map's rating scale. With {@code rescale} every satisfaction rating and expected score is mapped
 * linearly onto the new scale (4 on 1–5 becomes 7.5 on 0–10); without it they keep their numbers, and the
 * command fails if one then falls outside the new scale.
 */
public record SetRatingScale(RatingScale scale, boolean rescale, String description) implements MapCommand {

    public SetRatingScale {
        Objects.requireNonNull(scale, "scale");
    }

    public static SetRatingScale rescaling(RatingScale scale) {
        return new SetRatingScale(scale, true, Messages.text("edits.changeScale", scale.label()));
    }

    public static SetRatingScale keepingValues(RatingScale scale) {
        return new SetRatingScale(scale, false, Messages.text("edits.changeScale", scale.label()));
    }

    /** A rating on {@code from} moved to the same relative place on {@code to}. */
    public static double convert(double rating, RatingScale from, RatingScale to) {
        return from.convert(rating, to);
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        RatingScale from = map.scale();
        JourneyMap rescaled = new JourneyMap(map.id(), map.title(), map.description(), map.scenario(),
                map.created(), map.modified(), scale, map.personas(), map.segments(), map.stages(), map.lanes(),
                map.touchpoints(), map.scenarios(), map.opportunities());
        if (!rescale || from == scale) {
            return rescaled;
        }
        // Every scenario's ratings move to the new scale, not only the shown one's.
        Map<String, List<Touchpoint>> stored = new LinkedHashMap<>();
        map.scenarios().stored().forEach((id, kept) ->
                stored.put(id, kept.stream().map(tp -> convertRatings(tp, from)).toList()));
        return rescaled.withTouchpoints(map.touchpoints().stream().map(tp -> convertRatings(tp, from)).toList())
                .withScenarios(map.scenarios().withStored(stored));
    }

    private Touchpoint convertRatings(Touchpoint tp, RatingScale from) {
        Map<String, Double> ratings = new LinkedHashMap<>();
        tp.satisfaction().forEach((segment, rating) ->
                ratings.put(segment, rating == null ? null : convert(rating, from, scale)));
        Double expected = tp.expectedScore() == null ? null : convert(tp.expectedScore(), from, scale);
        return tp.toBuilder().satisfaction(ratings).expectedScore(expected).build();
    }
}

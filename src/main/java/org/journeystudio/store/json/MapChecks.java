package org.journeystudio.store.json;

import java.util.List;
import java.util.Map;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.MapValidator;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.ValidationProblem;

/**
 * The rules that span a whole map, checked once it is read: the map's own {@link MapValidator}, with each
 * problem placed at the line and column of the element that breaks it.
 */
final class MapChecks {
    private MapChecks() {
    }

    static void require(JourneyMap map, ProblemLocations locations, JsonCursor in) throws JourneyFormatException {
        requireRatingsOnScale(map, locations, in);
        List<ValidationProblem> problems = MapValidator.validate(map);
        if (!problems.isEmpty()) {
            ValidationProblem first = problems.get(0);
            int more = problems.size() - 1;
            String problem = locations.jsonPath(first.path())
                    .map(p -> Messages.text("journeyfile.problemAt", first.message(), more, p))
                    .orElseGet(() -> Messages.text("journeyfile.problem", first.message(), more));
            throw in.problem(locations.find(first.path()), problem);
        }
    }

    /**
     * The validator names only the touchpoint whose rating is wrong; checking here too lets the message point
     * at the rating itself, which matters in a touchpoint with many segments.
     */
    private static void requireRatingsOnScale(JourneyMap map, ProblemLocations locations, JsonCursor in)
            throws JourneyFormatException {
        RatingScale scale = map.scale();
        for (Touchpoint tp : map.touchpoints()) {
            for (Map.Entry<String, Double> rating : tp.satisfaction().entrySet()) {
                String path = ProblemLocations.touchpoint(tp.id()) + ".satisfaction[" + rating.getKey() + "]";
                if (map.segment(rating.getKey()).isEmpty()) {
                    throw in.problem(locations.find(path), Messages.text("journeyfile.ratesNoSegment", tp.id(),
                            rating.getKey()));
                }
                if (!scale.contains(rating.getValue())) {
                    throw in.problem(locations.find(path), Messages.text("journeyfile.ratesOffScale", tp.id(),
                            rating.getKey(), rating.getValue(), scale.label()));
                }
            }
        }
    }
}

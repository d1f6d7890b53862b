package org.journeystudio.layout;

import java.util.ArrayList;
import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PriorityRule;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Touchpoint;

/**
 * The value–effort matrix without JavaFX: where each rated opportunity sits (effort across, value up, both 1–5),
 * its quadrant, and its bubble's weight ({@code editing.MatrixDrop} makes the edit a drag to another place makes;
 * {@link MatrixLayout} draws it). Quadrants split at the scale's middle, 3: above it is high.
 */
public final class ValueEffortMatrix {
    /** The middle of the 1–5 ratings; a value or an effort above it is high. */
    public static final double MIDDLE = 3;

    /** The four quadrants, named as practitioners name them. */
    public enum Quadrant {
        QUICK_WINS("Quick wins"), BIG_BETS("Big bets"), FILL_INS("Fill-ins"), MONEY_PITS("Money pits");

        private final String label;

        Quadrant(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Quadrant of(double value, double effort) {
            boolean high = value > MIDDLE;
            boolean costly = effort > MIDDLE;
            return high ? (costly ? BIG_BETS : QUICK_WINS) : (costly ? MONEY_PITS : FILL_INS);
        }
    }

    /**
     * One placed opportunity.
     *
     * @param weight the linked pain points plus, for each touchpoint it addresses, how far its mean satisfaction
     *               falls short of the scale's top (0 to 1): what the bubble's area grows with
     */
    public record Bubble(Opportunity opportunity, double value, int effort, Quadrant quadrant, double weight) {
    }

    private ValueEffortMatrix() {
    }

    /** The rated opportunities (value and effort known), in the map's order; the others are not placed. */
    public static List<Bubble> bubbles(JourneyMap map, PriorityRule rule) {
        List<Bubble> bubbles = new ArrayList<>();
        for (Opportunity o : map.opportunities()) {
            Double value = rule.value(o);
            if (value == null || o.effort() == null) {
                continue;
            }
            bubbles.add(new Bubble(o, value, o.effort(), Quadrant.of(value, o.effort()), weight(map, o)));
        }
        return bubbles;
    }

    private static double weight(JourneyMap map, Opportunity o) {
        RatingScale scale = map.scale();
        double weight = 0;
        for (Touchpoint t : map.touchpoints()) {
            weight += t.painPoints().stream().filter(p -> p.opportunityIds().contains(o.id())).count();
            if (t.addressedBy(o.id()) && !t.satisfaction().isEmpty()) {
                double mean = t.satisfaction().values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
                weight += (scale.max() - mean) / (scale.max() - scale.min());
            }
        }
        return weight;
    }
}

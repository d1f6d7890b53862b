package org.journeystudio.ratings;

import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.RatingScale;
import org.journeystudio.survey.CellStatistics;

/** What a heatmap cell shows, with the range and neutral midpoint its colour scale uses. */
public enum HeatmapMeasure {
    MEAN("Mean"),
    TOP_TWO_BOX("Top-2-box %"),
    CSAT("CSAT %"),
    NPS("NPS"),
    EXPECTATION_GAP("Expectation gap");

    private final String label;

    HeatmapMeasure(String label) {
        this.label = label;
    }

    /**
     * The cell's value, or NaN when this measure does not apply (NPS off 0–10, a gap without an expected score).
     *
     * @param expected the touchpoint's expected score on the map's scale, or null
     */
    public double value(CellStatistics cell, AnswerScale surveyScale, RatingScale mapScale, Double expected) {
        return switch (this) {
            case MEAN -> cell.mean();
            case TOP_TWO_BOX -> cell.topTwoBox();
            case CSAT -> cell.csat();
            case NPS -> cell.nps();
            case EXPECTATION_GAP -> expected == null || cell.n() == 0 ? Double.NaN
                    : rescale(cell.mean(), surveyScale, mapScale) - expected;
        };
    }

    /** The value at the cold end of the colour scale. */
    public double low(AnswerScale surveyScale, RatingScale mapScale) {
        return switch (this) {
            case MEAN -> surveyScale.min();
            case TOP_TWO_BOX, CSAT -> 0;
            case NPS -> -100;
            case EXPECTATION_GAP -> -(mapScale.max() - mapScale.min()) / 2.0;
        };
    }

    /** The value at the warm end of the colour scale. */
    public double high(AnswerScale surveyScale, RatingScale mapScale) {
        return switch (this) {
            case MEAN -> surveyScale.max();
            case TOP_TWO_BOX, CSAT -> 100;
            case NPS -> 100;
            case EXPECTATION_GAP -> (mapScale.max() - mapScale.min()) / 2.0;
        };
    }

    /** The neutral value, where the diverging scale is white: the scale's middle, 50 %, or zero. */
    public double neutral(AnswerScale surveyScale) {
        return switch (this) {
            case MEAN -> surveyScale.neutral();
            case TOP_TWO_BOX, CSAT -> 50;
            case NPS, EXPECTATION_GAP -> 0;
        };
    }

    public String format(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return switch (this) {
            case MEAN -> String.format(java.util.Locale.ROOT, "%.2f", value);
            case TOP_TWO_BOX, CSAT -> String.format(java.util.Locale.ROOT, "%.0f%%", value);
            case NPS -> String.format(java.util.Locale.ROOT, "%+.0f", value);
            case EXPECTATION_GAP -> String.format(java.util.Locale.ROOT, "%+.2f", value);
        };
    }

    /** The same position on another scale: 4 on 1–5 is 7.5 on 0–10. */
    public static double rescale(double value, AnswerScale from, RatingScale to) {
        if (from.min() == to.min() && from.max() == to.max()) {
            return value; // exact, not a round trip through a fraction
        }
        return to.min() + from.fraction(value) * (to.max() - to.min());
    }

    @Override
    public String toString() {
        return label;
    }
}

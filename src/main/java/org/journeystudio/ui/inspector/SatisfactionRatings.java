package org.journeystudio.ui.inspector;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.journeystudio.editing.FieldEdits;
import org.journeystudio.editing.RatingInput;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;

/**
 * Satisfaction per customer segment: a slider on the map's scale for each segment, with the rating beside it
 * and a button that takes the rating away. A segment without a rating shows "No rating" and a faded slider.
 */
final class SatisfactionRatings {
    private static final PseudoClass UNRATED = PseudoClass.getPseudoClass("unrated");

    private final FieldEdits edits;
    private final BiConsumer<String, Double> rate;
    private final VBox view = new VBox(6);
    private final Label noSegments = new Label("This map has no segments yet; add them in the map's settings.");
    private final List<RatingRow> rows = new ArrayList<>();
    private List<Segment> shownSegments = List.of();
    private RatingScale shownScale;
    private List<Touchpoint> shownCards = List.of();

    /** @param rate sets one segment's rating of the selected cards; a null rating removes it */
    SatisfactionRatings(FieldEdits edits, BiConsumer<String, Double> rate) {
        this.edits = edits;
        this.rate = rate;
        noSegments.setWrapText(true);
        noSegments.getStyleClass().add(InspectorStyles.EMPTY_NOTE);
        view.getStyleClass().add(InspectorStyles.SATISFACTION_RATINGS);
        // An import records its origins just after its edit: show them when they arrive.
        edits.ratingOrigins().addListener(() -> rows.forEach(row -> row.showOrigin(shownCards)));
    }

    Node view() {
        return view;
    }

    /** Shows the cards' ratings; where they differ, the row says so and shows no value. */
    void show(List<Segment> segments, RatingScale scale, List<Touchpoint> cards) {
        if (!segments.equals(shownSegments) || scale != shownScale) {
            rebuild(segments, scale);
        }
        shownCards = List.copyOf(cards);
        edits.refresh(() -> {
            for (RatingRow row : rows) {
                row.show(cards);
            }
        });
    }

    private void rebuild(List<Segment> segments, RatingScale scale) {
        shownSegments = segments;
        shownScale = scale;
        rows.clear();
        view.getChildren().clear();
        if (segments.isEmpty()) {
            view.getChildren().add(noSegments);
            return;
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add(InspectorStyles.RATING_GRID);
        grid.setHgap(6);
        grid.setVgap(2);
        for (Segment segment : segments) {
            RatingRow row = new RatingRow(segment, scale);
            int line = rows.size() * 3;
            grid.add(row.name, 0, line, 3, 1);
            grid.add(row.slider, 0, line + 1);
            grid.add(row.value, 1, line + 1);
            grid.add(row.clear, 2, line + 1);
            grid.add(row.origin, 0, line + 2, 3, 1);
            GridPane.setHgrow(row.slider, Priority.ALWAYS);
            rows.add(row);
        }
        view.getChildren().add(grid);
    }

    /** One segment's slider, value and clear button. */
    private final class RatingRow {
        final Segment segment;
        final RatingScale scale;
        final Label name = new Label();
        final Slider slider;
        final Label value = new Label();
        final Button clear = ItemList.iconButton("fth-x", "No rating");
        /** Where the rating came from and when: "typed by hand · 23 Nov 2026 14:05". */
        final Label origin = new Label();

        RatingRow(Segment segment, RatingScale scale) {
            this.segment = segment;
            this.scale = scale;
            Region swatch = new Region();
            swatch.getStyleClass().add(InspectorStyles.SEGMENT_SWATCH);
            swatch.setStyle("-fx-background-color: " + segment.color() + ";");
            name.setText(segment.name());
            name.setGraphic(swatch);
            name.getStyleClass().add(InspectorStyles.SEGMENT_NAME);
            slider = new Slider(scale.min(), scale.max(), scale.neutral());
            slider.setId("satisfaction-" + segment.id());
            slider.setMajorTickUnit(1);
            slider.setMinorTickCount(0);
            slider.setBlockIncrement(0.5);
            slider.setShowTickMarks(true);
            slider.setAccessibleText("Satisfaction of " + segment.name() + " on " + scale.label());
            slider.valueProperty().addListener((o, was, now) -> {
                if (!slider.isValueChanging()) {
                    commit();
                }
            });
            slider.valueChangingProperty().addListener((o, was, changing) -> {
                if (!changing) {
                    commit();
                }
            });
            value.getStyleClass().add(InspectorStyles.RATING_VALUE);
            value.setMinWidth(Region.USE_PREF_SIZE);
            clear.setId("clearSatisfaction-" + segment.id());
            origin.setId("ratingOrigin-" + segment.id());
            origin.getStyleClass().add(InspectorStyles.RATING_ORIGIN);
            origin.managedProperty().bind(origin.visibleProperty());
            clear.setOnAction(e -> rate.accept(segment.id(), null));
        }

        void commit() {
            if (!edits.refreshing()) {
                rate.accept(segment.id(), Math.round(slider.getValue() * 10) / 10.0);
            }
        }

        void show(List<Touchpoint> cards) {
            List<Double> ratings = cards.stream().map(tp -> tp.satisfaction().get(segment.id())).distinct().toList();
            Double rating = ratings.size() == 1 ? ratings.get(0) : null;
            boolean mixed = ratings.size() > 1;
            slider.setValue(rating != null ? rating : scale.neutral());
            slider.pseudoClassStateChanged(UNRATED, rating == null);
            value.setText(mixed ? "Mixed" : rating == null ? "No rating" : RatingInput.format(rating) + " / " + scale.max());
            clear.setDisable(rating == null && !mixed);
            showOrigin(cards);
        }

        /** The origin of one card's rating; several cards' origins would not fit in a line, so none then. */
        void showOrigin(List<Touchpoint> cards) {
            String words = cards.size() != 1 ? "" : edits.ratingOrigins()
                    .describe(cards.get(0).id(), segment.id(), ZoneId.systemDefault()).orElse("");
            origin.setText(words);
            origin.setVisible(!words.isEmpty());
        }
    }
}

package org.journeystudio.ui.inspector;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.journeystudio.editing.FieldEdits;
import org.journeystudio.i18n.Messages;
import org.journeystudio.editing.SatisfactionPoints;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;

/**
 * Satisfaction per customer segment: a row of whole points on the map's scale for each segment (one click, one
 * undo step), the rating in words below them ("Not rated", "4 / 5", "3.4 / 5 average") and a button beside the
 * segment's name that takes the rating away. No point is pressed while a segment is not rated or its rating is an
 * average from a survey or workshop. Keys: arrows step, Home and End go to the ends, a digit picks, Delete clears.
 */
final class SatisfactionRatings {
    private static final PseudoClass UNRATED = PseudoClass.getPseudoClass("unrated");
    private static final String POINT = "rating-point";
    private static final String POINTS = "rating-points";

    private final FieldEdits edits;
    private final BiConsumer<String, Double> rate;
    private final VBox view = new VBox(10);
    private final Label noSegments = new Label(Messages.text("inspector.noSegmentsToRate"));
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

    /** Shows the cards' ratings; where they differ, the row says so and presses no point. */
    void show(List<Segment> segments, RatingScale scale, List<Touchpoint> cards) {
        if (!segments.equals(shownSegments) || scale != shownScale) {
            rebuild(segments, scale);
        }
        shownCards = List.copyOf(cards);
        edits.refresh(() -> rows.forEach(row -> row.show(cards)));
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
        for (Segment segment : segments) {
            RatingRow row = new RatingRow(segment, new SatisfactionPoints(scale));
            rows.add(row);
            view.getChildren().add(row.node);
        }
    }

    /** One segment: its name and the clear button; the points; the rating in words; where it came from. */
    private final class RatingRow {
        final Segment segment;
        final SatisfactionPoints points;
        final Label value = new Label();
        final Button clear = ItemList.iconButton("fth-x", Messages.text("inspector.notRated"));
        final HBox buttons = new HBox();
        final List<ToggleButton> pointButtons = new ArrayList<>();
        /** Where the rating came from and when: "typed by hand · 23 Nov 2026 14:05". */
        final Label origin = new Label();
        final VBox node;
        /** The rating shown: what the keys step from; null when not rated or the cards differ. */
        Double shown;

        RatingRow(Segment segment, SatisfactionPoints points) {
            this.segment = segment;
            this.points = points;
            Region swatch = new Region();
            swatch.getStyleClass().add(InspectorStyles.SEGMENT_SWATCH);
            swatch.setStyle("-fx-background-color: " + segment.color() + ";");
            Label name = new Label(segment.name(), swatch);
            name.getStyleClass().add(InspectorStyles.SEGMENT_NAME);
            name.setMinWidth(0);
            value.getStyleClass().add(InspectorStyles.RATING_VALUE);
            value.setId("satisfactionValue-" + segment.id());
            value.setMinWidth(Region.USE_PREF_SIZE);
            clear.setId("clearSatisfaction-" + segment.id());
            clear.setAccessibleText(Messages.text("access.clearRating", segment.name()));
            clear.setOnAction(e -> choose(null));
            HBox heading = new HBox(6, name, PainPointList.grow(), clear);
            heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

            List<Integer> all = points.points();
            for (int i = 0; i < all.size(); i++) {
                int point = all.get(i);
                ToggleButton button = new ToggleButton(String.valueOf(point));
                button.setId("satisfaction-" + segment.id() + "-" + point);
                button.setAccessibleText(Messages.text("inspector.pointOf", segment.name(), point,
                        all.get(all.size() - 1)));
                button.setMaxWidth(Double.MAX_VALUE);
                button.setMinWidth(Region.USE_PREF_SIZE);
                HBox.setHgrow(button, Priority.ALWAYS);
                button.getStyleClass().addAll(POINT, i == 0 ? Styles.LEFT_PILL
                        : i == all.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
                button.setOnAction(e -> choose((double) point));
                pointButtons.add(button);
            }
            buttons.getChildren().setAll(pointButtons);
            buttons.setId("satisfaction-" + segment.id());
            buttons.getStyleClass().add(POINTS);
            buttons.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
            origin.setId("ratingOrigin-" + segment.id());
            origin.getStyleClass().add(InspectorStyles.RATING_ORIGIN);
            origin.setWrapText(true);
            origin.managedProperty().bind(origin.visibleProperty());
            node = new VBox(4, heading, buttons, value, origin);
        }

        private void keyPressed(KeyEvent e) {
            Optional<Integer> next = switch (e.getCode()) {
                case RIGHT, UP -> points.after(shown, SatisfactionPoints.Move.UP);
                case LEFT, DOWN -> points.after(shown, SatisfactionPoints.Move.DOWN);
                case HOME -> points.after(shown, SatisfactionPoints.Move.LOWEST);
                case END -> points.after(shown, SatisfactionPoints.Move.HIGHEST);
                default -> e.getCode().isDigitKey() ? points.digit(digit(e.getCode())) : null;
            };
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                e.consume();
                choose(null);
            } else if (next != null) {
                e.consume(); // arrows would otherwise move the focus out of the row
                next.ifPresent(point -> {
                    choose((double) point);
                    pointButtons.get(point - points.points().get(0)).requestFocus();
                });
            }
        }

        private static int digit(KeyCode code) {
            String name = code.getName();
            return name.charAt(name.length() - 1) - '0';
        }

        void choose(Double rating) {
            if (!edits.refreshing()) {
                rate.accept(segment.id(), rating);
            }
            show(shownCards); // a click on the pressed point must not leave it unpressed
        }

        void show(List<Touchpoint> cards) {
            List<Double> ratings = cards.stream().map(tp -> tp.satisfaction().get(segment.id())).distinct().toList();
            boolean mixed = ratings.size() > 1;
            shown = mixed || ratings.isEmpty() ? null : ratings.get(0);
            Optional<Integer> chosen = points.chosen(shown);
            for (int i = 0; i < pointButtons.size(); i++) {
                pointButtons.get(i).setSelected(chosen.isPresent() && chosen.get().equals(points.points().get(i)));
            }
            value.setText(mixed ? Messages.text("inspector.mixed") : points.describe(shown));
            value.pseudoClassStateChanged(UNRATED, shown == null);
            clear.setDisable(shown == null && !mixed);
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

package org.journeystudio.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.ratings.SatisfactionScores;
import org.journeystudio.ui.heatmap.HeatmapColours;
import org.journeystudio.ui.heatmap.HeatmapLegend;
import org.journeystudio.ui.session.EditorSession;

/**
 * Satisfaction colours on the editor's canvas: with the toggle on, every touchpoint card takes the heatmap colour
 * ({@link DivergingScale}, white at the rating scale's neutral value) of the chosen segment's score, or of the
 * mean over the segments for "All"; a card without a rating keeps a neutral, hatched look. A legend sits on the
 * canvas while it is on. A view setting, not an edit: it follows every change of the map (undo included) because
 * the canvas repaints cards through {@link JourneyCanvas#tintCards} after each change.
 */
final class SatisfactionOverlay {
    private final EditorSession session;
    private final JourneyCanvas canvas;
    private final ToggleButton toggle;
    private final ComboBox<SatisfactionScores> chooser;
    private final Pane legendSlot;
    /** Scores of the map they were worked out for; cards repaint on every scroll, the scores need not. */
    private JourneyMap scoredMap;
    private SatisfactionScores scoredChoice;
    private Map<String, Double> scores = Map.of();
    /** Set while the chooser's list is being replaced, when its value changes without the user choosing. */
    private boolean offering;
    /** Project id → what the survey behind the colours used (scale, not-applicable answers); reads the library. */
    private final Function<String, Optional<String>> surveyNotes;
    private Optional<String> surveyNote = Optional.empty();
    /** The ratings the note was read for: asked again only when an import (or an edit) changes them. */
    private List<Map<String, Double>> notedRatings;

    SatisfactionOverlay(EditorSession session, JourneyCanvas canvas, ToggleButton toggle, CheckMenuItem menuItem,
                        ComboBox<SatisfactionScores> chooser, Pane legendSlot,
                        Function<String, Optional<String>> surveyNotes) {
        this.session = session;
        this.surveyNotes = surveyNotes;
        this.canvas = canvas;
        this.toggle = toggle;
        this.chooser = chooser;
        this.legendSlot = legendSlot;
        menuItem.selectedProperty().bindBidirectional(toggle.selectedProperty());
        chooser.setButtonCell(new ChoiceCell());
        chooser.setCellFactory(list -> new ChoiceCell());
        chooser.setAccessibleText(Messages.text("canvas.satisfactionSegment"));
        legendSlot.setMouseTransparent(true);
        // The chooser takes toolbar room only while the colours are on.
        chooser.visibleProperty().bind(toggle.selectedProperty());
        chooser.managedProperty().bind(toggle.selectedProperty());
        offerChoices(session.map());
        session.mapProperty().addListener((o, was, map) -> {
            if (!map.segments().equals(was.segments())) {
                offerChoices(map);
            }
            if (toggle.isSelected()) {
                showLegend(); // the scale or a segment's name may have changed
            }
        });
        toggle.selectedProperty().addListener((o, was, on) -> apply());
        chooser.valueProperty().addListener((o, was, now) -> {
            if (offering) {
                return;
            }
            apply();
        });
        apply();
    }

    /** "All", then each segment; the chosen segment stays chosen while it exists. */
    private void offerChoices(JourneyMap map) {
        Optional<String> chosen = Optional.ofNullable(chooser.getValue())
                .flatMap(SatisfactionScores::segment).map(Segment::id);
        List<SatisfactionScores> choices = new ArrayList<>();
        choices.add(SatisfactionScores.meanOverSegments());
        map.segments().forEach(s -> choices.add(SatisfactionScores.of(s)));
        SatisfactionScores keep = chosen.flatMap(map::segment).map(SatisfactionScores::of)
                .orElse(choices.get(0));
        offering = true;
        try {
            chooser.getItems().setAll(choices);
            chooser.setValue(keep);
        } finally {
            offering = false;
        }
    }

    private void apply() {
        if (toggle.isSelected()) {
            canvas.tintCards(this::paint);
            showLegend();
        } else {
            canvas.tintCards(SatisfactionOverlay::plain);
            legendSlot.getChildren().clear();
            legendSlot.setVisible(false);
        }
    }

    private void showLegend() {
        JourneyMap map = session.map();
        List<Map<String, Double>> ratings = map.touchpointsInJourneyOrder().stream().map(Touchpoint::satisfaction)
                .toList();
        if (!ratings.equals(notedRatings)) {
            notedRatings = ratings;
            surveyNote = surveyNotes.apply(map.id());
        }
        legendSlot.getChildren().setAll(HeatmapLegend.satisfaction(
                Messages.text("canvas.satisfactionLegend", choice().label(), map.scale().label()),
                new DivergingScale(map.scale()), surveyNote));
        legendSlot.setVisible(true);
    }

    private SatisfactionScores choice() {
        return chooser.getValue() == null ? SatisfactionScores.meanOverSegments() : chooser.getValue();
    }

    private void paint(String touchpointId, Node card) {
        Double score = scores().get(touchpointId);
        if (score == null || score.isNaN()) {
            plain(touchpointId, card);
            card.getStyleClass().add(HeatmapLegend.NO_RATING);
            return;
        }
        Color fill = HeatmapColours.of(new DivergingScale(session.map().scale()), score);
        boolean light = HeatmapColours.textOn(fill).equals(Color.WHITE);
        card.getStyleClass().removeAll(HeatmapLegend.NO_RATING, CanvasStyles.HEAT_LIGHT_INK,
                CanvasStyles.HEAT_DARK_INK);
        card.getStyleClass().add(light ? CanvasStyles.HEAT_LIGHT_INK : CanvasStyles.HEAT_DARK_INK);
        card.setStyle("-fx-background-color: " + web(fill) + ";");
    }

    private static void plain(String touchpointId, Node card) {
        card.getStyleClass().removeAll(HeatmapLegend.NO_RATING, CanvasStyles.HEAT_LIGHT_INK,
                CanvasStyles.HEAT_DARK_INK);
        card.setStyle("");
    }

    private Map<String, Double> scores() {
        JourneyMap map = session.map();
        if (map != scoredMap || choice() != scoredChoice) {
            Map<String, Double> byId = new HashMap<>();
            SatisfactionScores how = choice();
            for (Touchpoint touchpoint : map.touchpoints()) {
                byId.put(touchpoint.id(), how.score(touchpoint));
            }
            scores = byId;
            scoredMap = map;
            scoredChoice = how;
        }
        return scores;
    }

    private static String web(Color colour) {
        return String.format("#%02x%02x%02x", Math.round(colour.getRed() * 255), Math.round(colour.getGreen() * 255),
                Math.round(colour.getBlue() * 255));
    }

    /** Shows a choice by its segment's name, or "All". */
    private static final class ChoiceCell extends ListCell<SatisfactionScores> {
        @Override
        protected void updateItem(SatisfactionScores item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.choiceName());
        }
    }
}

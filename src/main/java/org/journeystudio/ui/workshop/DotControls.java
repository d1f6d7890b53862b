package org.journeystudio.ui.workshop;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.workshop.DotRound;
import org.journeystudio.workshop.DotValues;
import org.journeystudio.workshop.WorkshopSession;

/**
 * The dot-voting bar: dots per participant, start a round, show or hide the counts, close the round, and turn the
 * shown counts into customer value (one undo step). Like the stage toggles, it shows what the session reports.
 */
final class DotControls {
    private final ToggleButton showToggle;
    private final Button closeButton;
    private final Button applyButton;
    private final Label summary;
    private final Supplier<JourneyMap> map;
    private DotRound round = DotRound.NONE;

    /**
     * @param map     the open map, whose opportunities the counts name and the values go to
     * @param control runs a session call, reporting a refusal
     * @param edit    runs one edit of the map as its own undo step
     * @param refused shows why nothing was applied
     */
    DotControls(WorkshopSession workshop, Supplier<JourneyMap> map, Consumer<Runnable> control,
                Consumer<MapCommand> edit, Consumer<String> refused, Spinner<Integer> dots, Button start,
                ToggleButton showToggle, Button closeButton, Button applyButton, Label summary) {
        this.showToggle = showToggle;
        this.closeButton = closeButton;
        this.applyButton = applyButton;
        this.summary = summary;
        this.map = map;
        dots.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(DotRound.MIN_DOTS, DotRound.MAX_DOTS,
                DotRound.DEFAULT_DOTS));
        start.setOnAction(e -> control.accept(() -> workshop.openDots(dots.getValue())));
        showToggle.setOnAction(e -> control.accept(() -> workshop.showDots(showToggle.isSelected())));
        closeButton.setOnAction(e -> control.accept(workshop::closeDots));
        applyButton.setOnAction(e -> round.results().ifPresent(results ->
                DotValues.command(map.get(), results).ifPresentOrElse(edit,
                        () -> refused.accept(Messages.text("workshop.dotsChangeNoValue")))));
    }

    /** Shows the round as the session reports it. */
    void show(DotRound shown) {
        round = shown;
        showToggle.setSelected(shown.shown());
        showToggle.setText(Messages.text(shown.shown() ? "workshop.hideDots" : "workshop.showDots"));
        showToggle.setDisable(shown.dots() == 0);
        closeButton.setDisable(!shown.open());
        applyButton.setDisable(shown.results().map(Map::isEmpty).orElse(true));
        String text = text(shown, map.get(), " · ");
        summary.setText(text);
        // Titles are long on real maps: the line elides, the tooltip lists every count.
        summary.setTooltip(shown.results().isPresent() ? new Tooltip(text(shown, map.get(), "\n")) : null);
    }

    private static String text(DotRound round, JourneyMap map, String separator) {
        if (map.opportunities().isEmpty()) {
            return Messages.text("workshop.noOpportunitiesToVoteOn");
        }
        if (round.dots() == 0) {
            return Messages.text("workshop.noRoundYet");
        }
        String state = Messages.text(round.open() ? "workshop.roundOpen" : "workshop.roundClosed", round.dots());
        return round.results().map(results -> state + separator + counts(results, map, separator))
                .orElse(Messages.text("workshop.countsHidden", state));
    }

    /** The counts, most-voted first, named by the opportunities' titles. */
    private static String counts(Map<String, Integer> results, JourneyMap map, String separator) {
        if (results.isEmpty()) {
            return Messages.text("workshop.noDots");
        }
        Map<String, String> titles = map.opportunities().stream()
                .collect(Collectors.toMap(Opportunity::id, Opportunity::title));
        return results.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> Messages.text("workshop.dotCount", e.getValue(),
                        titles.getOrDefault(e.getKey(), Messages.text("workshop.removed"))))
                .collect(Collectors.joining(separator));
    }
}

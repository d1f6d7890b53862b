package org.journeystudio.ui.map;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.journeystudio.layout.MapLayout;
import org.journeystudio.model.JourneyMap;

/** The read-only first view of an opened project: its map painted from the shared layout, in a scroll pane. */
public final class MapController {
    @FXML private BorderPane mapView;
    @FXML private Button backButton;
    @FXML private Label titleLabel;
    @FXML private Label summaryLabel;
    @FXML private ScrollPane mapScroll;

    private final JourneyMap map;
    private final MapLayout layout;
    private final Runnable onBack;

    public MapController(JourneyMap map, MapLayout layout, Runnable onBack) {
        this.map = map;
        this.layout = layout;
        this.onBack = onBack;
    }

    @FXML
    private void initialize() {
        titleLabel.setText(map.title());
        summaryLabel.setText(summary(map));
        mapScroll.setContent(new MapPainter(map, layout).paint());
        mapView.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                onBack.run();
            }
        });
    }

    public BorderPane view() {
        return mapView;
    }

    public JourneyMap map() {
        return map;
    }

    public void focus() {
        mapScroll.requestFocus();
    }

    /** Shows the "Survey heatmap" button, which runs {@code action} (the survey wizard or the heatmap). */
    public void setOnHeatmap(Runnable action) {
        javafx.scene.control.Button button = (javafx.scene.control.Button) mapView.lookup("#heatmapButton");
        button.setOnAction(e -> action.run());
        button.setManaged(true);
        button.setVisible(true);
    }

    @FXML
    private void back() {
        onBack.run();
    }

    static String summary(JourneyMap map) {
        String scenario = map.scenario().isEmpty() ? "" : map.scenario() + "  ·  ";
        return scenario + count(map.stages().size(), "stage") + "  ·  " + count(map.touchpoints().size(), "touchpoint");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

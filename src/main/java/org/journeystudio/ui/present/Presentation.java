package org.journeystudio.ui.present;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.layout.StageColumn;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.ratings.SatisfactionScores;
import org.journeystudio.ui.StudioStyles;
import org.journeystudio.ui.Theme;
import org.journeystudio.ui.heatmap.HeatmapColours;

/**
 * Presentation mode: the map full screen in large type, on the projector when a second screen is present.
 * Left/Right step through the stages (the current one centred and highlighted, the others dimmed), Up/Down
 * scroll a tall map, H toggles
 * the satisfaction heatmap, S picks the segment it shows, D switches dark/light, Esc leaves. Nothing edits.
 */
public final class Presentation {
    // The style classes of the presentation screen; their rules are in presentation.css.
    private static final String PRESENTATION = "presentation";
    private static final String DARK = "dark";
    private static final String LIGHT = "light";
    private static final String PRESENTATION_HEADER = "presentation-header";
    private static final String PRESENTATION_TITLE = "presentation-title";
    private static final String PRESENTATION_STAGE = "presentation-stage";
    private static final String PRESENTATION_LEGEND = "presentation-legend";
    private static final String PRESENTATION_KEYS = "presentation-keys";
    private static final String PRESENTATION_FOOTER = "presentation-footer";

    private final JourneyMap map;
    private final Stage stage = new Stage();
    private final PresentationBoard board;
    private final Pane viewport = new Pane();
    private final Scale zoom = new Scale(1, 1);
    private final Translate pan = new Translate();
    /** The lane titles follow the map up and down but never sideways. */
    private final Translate pinnedPan = new Translate();
    private final Label stageLabel = new Label();
    private final VBox legend = new VBox(6);
    private final Label legendTitle = new Label();
    private final StackPane root;
    private final List<SatisfactionScores> scoreChoices = new ArrayList<>();
    /** The largest zoom, for a small map on a large screen. */
    private static final double MAX_SCALE = 1.4;
    /** The smallest zoom, for a map of very many lanes: below it type is too small to read, so the map scrolls. */
    private static final double MIN_SCALE = 0.3;

    private int current;
    private int scoreChoice;
    private boolean heatmap;
    /** How far down the map the view starts, in map units. */
    private double scrollY;

    private Presentation(JourneyMap map, boolean dark) {
        this.map = map;
        this.board = new PresentationBoard(map);
        scoreChoices.add(SatisfactionScores.meanOverSegments());
        for (Segment segment : map.segments()) {
            scoreChoices.add(SatisfactionScores.of(segment));
        }
        viewport.getChildren().addAll(board.view(), board.laneTitles());
        board.view().getTransforms().addAll(pan, zoom);
        pinnedPan.yProperty().bind(pan.yProperty());
        board.laneTitles().getTransforms().addAll(pinnedPan, zoom);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        viewport.widthProperty().addListener((o, a, b) -> frame());
        viewport.heightProperty().addListener((o, a, b) -> frame());
        viewport.setOnScroll(e -> scroll(-e.getDeltaY() / Math.max(1, viewport.getHeight())));

        BorderPane page = new BorderPane(viewport);
        page.setTop(header());
        page.setBottom(footer());
        root = new StackPane(page);
        root.setId("presentation");
        root.getStyleClass().addAll(PRESENTATION,
                dark ? DARK : LIGHT);
        Scene scene = new Scene(root, 1280, 800);
        Theme.style(scene);
        scene.getStylesheets().add(Presentation.class.getResource("presentation.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        stage.setScene(scene);
        stage.setTitle(Messages.text("present.windowTitle", map.title()));
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH); // Esc is ours: it closes the stage
        show(0);
    }

    /** Opens a presentation of {@code map} in the studio's current theme; {@code owner} may be null. */
    public static Presentation open(JourneyMap map, Window owner) {
        boolean dark = String.valueOf(Application.getUserAgentStylesheet()).toLowerCase().contains("dark");
        Presentation presentation = new Presentation(map, dark);
        presentation.showOn(projector(), owner);
        return presentation;
    }

    /** The screen to present on: a non-primary one (a projector) when there is one, else the primary. */
    static Screen projector() {
        Screen primary = Screen.getPrimary();
        return Screen.getScreens().stream().filter(s -> !s.equals(primary)).findFirst().orElse(primary);
    }

    public Stage stage() {
        return stage;
    }

    /** The stage being presented, counted from 0. */
    public int currentStage() {
        return current;
    }

    public boolean heatmapShown() {
        return heatmap;
    }

    private void showOn(Screen screen, Window owner) {
        Rectangle2D bounds = screen.getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        if (owner != null && Screen.getScreens().size() == 1) {
            stage.initOwner(owner); // on one screen it belongs above the editor; on a projector it stands alone
        }
        stage.setFullScreen(true);
        stage.show();
        stage.toFront();
        frame();
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.RIGHT || code == KeyCode.PAGE_DOWN || code == KeyCode.SPACE) {
            show(current + 1);
        } else if (code == KeyCode.LEFT || code == KeyCode.PAGE_UP) {
            show(current - 1);
        } else if (code == KeyCode.DOWN) {
            scroll(0.4);
        } else if (code == KeyCode.UP) {
            scroll(-0.4);
        } else if (code == KeyCode.HOME) {
            show(0);
        } else if (code == KeyCode.END) {
            show(board.stages().size() - 1);
        } else if (code == KeyCode.H) {
            heatmap = !heatmap;
            showHeatmap();
        } else if (code == KeyCode.S) {
            scoreChoice = (scoreChoice + 1) % scoreChoices.size();
            heatmap = true;
            showHeatmap();
        } else if (code == KeyCode.D) {
            boolean dark = root.getStyleClass().remove(DARK);
            root.getStyleClass().remove(LIGHT);
            root.getStyleClass().add(dark ? LIGHT : DARK);
        } else if (code == KeyCode.ESCAPE) {
            stage.close();
        } else {
            return;
        }
        e.consume();
    }

    private void show(int index) {
        int count = board.stages().size();
        if (count == 0) {
            stageLabel.setText(Messages.text("present.noStages"));
            return;
        }
        current = Math.max(0, Math.min(count - 1, index));
        board.highlight(current);
        StageColumn column = board.layout().columns().get(current);
        stageLabel.setText(Messages.text("present.stageOf", current + 1, count, column.name()));
        frame();
    }

    /**
     * Zooms so that the whole height of a stage (every lane) fits the window and at most about three and a half
     * stages fill its width, centres the current stage right of the pinned lane titles (the first and last stages
     * stay against the titles and the window's edge rather than leave a gap), and shows the map from
     * {@link #scrollY} down; only a map too tall to fit at {@link #MIN_SCALE} scrolls with Up/Down.
     */
    private void frame() {
        double w = viewport.getWidth();
        double h = viewport.getHeight();
        if (w <= 0 || h <= 0 || board.stages().isEmpty()) {
            return;
        }
        StageColumn column = board.layout().columns().get(current);
        double scale = Math.max(MIN_SCALE, Math.min(Math.min(w / (column.width() * 3.5), MAX_SCALE),
                h / board.layout().height()));
        zoom.setX(scale);
        zoom.setY(scale);
        double titles = board.layout().columns().get(0).x() * scale;
        double centred = titles + (w - titles) / 2 - (column.x() + column.width() / 2) * scale;
        pan.setX(Math.max(Math.min(centred, 0), Math.min(0, w - board.layout().width() * scale)));
        double overflow = board.layout().height() * scale - h;
        scrollY = Math.max(0, Math.min(scrollY, overflow / scale));
        pan.setY(overflow <= 0 ? -overflow / 2 : -scrollY * scale);
    }

    private void scroll(double screens) {
        scrollY += screens * viewport.getHeight() / zoom.getY();
        frame();
    }

    private void showHeatmap() {
        SatisfactionScores scores = scoreChoices.get(scoreChoice);
        board.colourCards(heatmap ? scores : null);
        legendTitle.setText(Messages.text("present.legendTitle", scores.label(), map.scale().label()));
        legend.setVisible(heatmap);
        legend.setManaged(heatmap);
    }

    private HBox header() {
        Label title = new Label(map.title());
        title.getStyleClass().add(PRESENTATION_TITLE);
        stageLabel.getStyleClass().add(PRESENTATION_STAGE);
        stageLabel.setId("presentation-stage");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(24, title, gap, stageLabel);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(PRESENTATION_HEADER);
        return header;
    }

    private HBox footer() {
        legend.setId("presentation-legend");
        legend.getStyleClass().add(PRESENTATION_LEGEND);
        legend.setVisible(false);
        legend.setManaged(false);
        legendTitle.getStyleClass().add(StudioStyles.LEGEND_TITLE);
        DivergingScale scale = new DivergingScale(map.scale());
        HBox swatches = new HBox(2);
        for (int value = map.scale().min(); value <= map.scale().max(); value++) {
            Label swatch = new Label(String.valueOf(value));
            swatch.setStyle(HeatmapColours.projectorLabelStyle(scale.rgb(value)));
            swatch.getStyleClass().add(StudioStyles.LEGEND_SWATCH);
            swatches.getChildren().add(swatch);
        }
        Label none = new Label("–");
        none.setStyle(HeatmapColours.labelStyle(DivergingScale.NO_VALUE));
        none.getStyleClass().add(StudioStyles.LEGEND_SWATCH);
        swatches.getChildren().add(none);
        legend.getChildren().addAll(legendTitle, swatches);
        Label keys = new Label(Messages.text("present.keys"));
        keys.getStyleClass().add(PRESENTATION_KEYS);
        // On a 1024 px projector the keys and the legend's title wrap rather than lose their ends.
        keys.setWrapText(true);
        keys.setMinWidth(0);
        keys.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(keys, Priority.ALWAYS);
        legendTitle.setWrapText(true);
        legend.setPrefWidth(320);
        legend.setMinWidth(Region.USE_PREF_SIZE);
        HBox footer = new HBox(24, keys, legend);
        footer.setAlignment(Pos.BOTTOM_LEFT);
        footer.getStyleClass().add(PRESENTATION_FOOTER);
        return footer;
    }
}

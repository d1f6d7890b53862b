package org.journeystudio.ui.workshop;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.journeystudio.edit.CommandFailedException;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.RatingSource;
import org.journeystudio.ui.StudioStyles;
import org.journeystudio.ui.ToolbarFit;
import org.journeystudio.ui.Views;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.usecase.SaveVersion;
import org.journeystudio.workshop.CoalescedUpdates;
import org.journeystudio.workshop.LiveComment;
import org.journeystudio.workshop.LiveHeatmap;
import org.journeystudio.workshop.RoomRatings;
import org.journeystudio.workshop.ShortAddress;
import org.journeystudio.workshop.WorkshopSession;
import org.journeystudio.workshop.WorkshopState;

/**
 * The facilitator's screen for one running workshop: the join screen (QR code, address, PIN, who has joined),
 * and the live view (heatmap, the room's mood, comments) with the controls: voting per stage, reveal, apply the
 * ratings, dot-voting on opportunities, end. States arrive on a server thread and are shown newest-first on the FX thread; accepted comments
 * and applied ratings are edits of the open map, undoable and saved like any other.
 */
public final class WorkshopController {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    @FXML private StackPane workshopView;
    @FXML private HBox liveBar;
    @FXML private BorderPane livePage;
    @FXML private Label liveTitle;
    @FXML private Label joinLabel;
    @FXML private Label counterLabel;
    @FXML private ToggleButton revealToggle;
    @FXML private Button applyButton;
    @FXML private ToggleButton allStagesToggle;
    @FXML private Button nextStageButton;
    @FXML private HBox stageToggles;
    @FXML private Label statusLabel;
    @FXML private Spinner<Integer> dotsSpinner;
    @FXML private Button startDotsButton;
    @FXML private ToggleButton showDotsToggle;
    @FXML private Button closeDotsButton;
    @FXML private Button applyDotsButton;
    @FXML private Label dotsLabel;
    @FXML private ScrollPane heatmapScroll;
    @FXML private VBox hiddenPane;
    @FXML private Label hiddenCounter;
    @FXML private VBox moodBox;
    @FXML private StackPane moodSlot;
    @FXML private FlowPane legendBox;
    @FXML private Label commentsTitle;
    @FXML private ListView<LiveComment> commentList;

    private final WorkshopSession workshop;
    private final EditorSession editor;
    private final JourneyMap started;
    private final Host host;
    private final CoalescedUpdates<WorkshopState> updates;
    private final LiveHeatmapGrid grid = new LiveHeatmapGrid();
    private final RoomMood mood = new RoomMood();
    private JoinController join;
    private Parent joinPage;
    private VotingControls voting;
    private DotControls dots;
    private LiveComments comments;
    private WorkshopState state;
    private LiveHeatmap heatmap;

    /** What the window does for this screen. */
    public interface Host {
        /** The facilitator asked to end the session (the host confirms, closes it and shows the map again). */
        void endRequested();

        /** The session ended without being asked (the server stopped). */
        void ended();

        void toggleFullScreen();
    }

    /**
     * @param workshop the running session
     * @param editor   the open project: accepted comments and applied ratings are its edits
     * @param started  the map as the session started, whose stages the voting controls name
     */
    public WorkshopController(WorkshopSession workshop, EditorSession editor, JourneyMap started, Host host) {
        this.workshop = workshop;
        this.editor = editor;
        this.started = started;
        this.host = host;
        this.updates = new CoalescedUpdates<>(Platform::runLater, this::show);
    }

    public Parent load() {
        return Views.load(this);
    }

    @FXML
    private void initialize() {
        JourneyMap map = editor.map();
        join = new JoinController(workshop, map.title(), this::showLive);
        joinPage = join.load();
        workshopView.getChildren().add(0, joinPage);
        liveTitle.setText(Messages.text("workshop.liveTitle", map.title()));
        ToolbarFit.install(liveBar);
        join.link().addListener((obs, old, now) -> showJoinLink(now));
        showJoinLink(join.link().get());
        heatmapScroll.setContent(grid.view());
        moodSlot.getChildren().setAll(mood);
        LiveLegend.fill(legendBox, new DivergingScale(map.scale()));
        voting = new VotingControls(workshop, started, () -> state, this::control, allStagesToggle, nextStageButton,
                stageToggles);
        dots = new DotControls(workshop, editor::map, this::control, this::edit, message -> status(message, true),
                dotsSpinner, startDotsButton, showDotsToggle, closeDotsButton, applyDotsButton, dotsLabel);
        comments = new LiveComments(commentList, commentsTitle, workshop, editor, this::edit,
                message -> status(message, true), this::control);
        editor.mapProperty().addListener((obs, old, now) -> {
            if (state != null) {
                show(state);
            }
            comments.refresh();
        });
        workshopView.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F11) {
                e.consume();
                host.toggleFullScreen();
            } else if (UNDO.match(e)) {
                // An accept clicked by mistake is taken back without leaving the room's screen.
                e.consume();
                if (editor.document().canUndo()) {
                    editor.document().undo();
                    status(Messages.text("workshop.undone"), false);
                }
            }
        });
        show(workshop.state());
    }

    /** Where the session's listener should send new states; any thread may call it. */
    public Consumer<WorkshopState> updates() {
        return updates;
    }

    /** Stops taking states (the screen is being left). */
    public void stop() {
        updates.stop();
    }

    public Parent view() {
        return workshopView;
    }

    /** Shows one state of the session; FX thread only. */
    void show(WorkshopState shown) {
        state = shown;
        if (shown.ended()) {
            stop();
            host.ended();
            return;
        }
        heatmap = LiveHeatmap.of(shown, editor.map());
        String counts = Messages.text("workshop.counts", shown.participants(), heatmap.answers());
        counterLabel.setText(counts);
        hiddenCounter.setText(counts);
        join.showJoined(Messages.text("workshop.joined", shown.participants()));
        join.showStartText(Messages.text(heatmap.answers() == 0 ? "workshop.start" : "workshop.showResults"));
        revealToggle.setSelected(shown.revealed());
        revealToggle.setText(Messages.text(shown.revealed() ? "workshop.hideResults" : "workshop.revealResults"));
        applyButton.setDisable(!shown.revealed() || heatmap.answers() == 0);
        if (shown.revealed()) {
            grid.show(heatmap);
            mood.show(heatmap);
        } else {
            // Nothing of the scores stays in the scene while hidden, not even in invisible nodes.
            grid.clear();
            mood.clear();
        }
        heatmapScroll.setVisible(shown.revealed());
        hiddenPane.setVisible(!shown.revealed());
        moodBox.setVisible(shown.revealed());
        moodBox.setManaged(shown.revealed());
        voting.show(shown);
        dots.show(workshop.dots());
        comments.show(shown.comments());
    }

    // Controls -------------------------------------------------------------------------------------------

    private void showLive() {
        joinPage.setVisible(false);
        livePage.setVisible(true);
    }

    @FXML
    private void showWelcome() {
        livePage.setVisible(false);
        joinPage.setVisible(true);
        join.focusStart();
    }

    /** The live page's reminder follows the network chosen on the join screen. */
    private void showJoinLink(java.net.URI link) {
        joinLabel.setText(Messages.text("workshop.joinAt", ShortAddress.of(link), spaced(workshop.pin())));
    }

    @FXML
    private void reveal() {
        boolean wanted = revealToggle.isSelected();
        control(() -> workshop.setRevealed(wanted));
    }

    @FXML
    private void applyRatings() {
        if (heatmap != null) {
            // The means count as live workshop ratings in the inspector ("live workshop · …"), undo included.
            RoomRatings.command(editor.map(), heatmap).ifPresentOrElse(command -> {
                        editor.keepVersion(SaveVersion.BEFORE_WORKSHOP_RATINGS);
                        editor.ratingOrigins().setBy(RatingSource.LIVE, () -> edit(command));
                    },
                    () -> status(Messages.text("workshop.noRatingForSegments"), true));
        }
    }

    @FXML
    private void toggleFullScreen() {
        host.toggleFullScreen();
    }

    @FXML
    private void end() {
        host.endRequested();
    }

    /** Runs a session control; a refusal (the server stopped, say) shows in the status line, not as a crash. */
    private void control(Runnable call) {
        try {
            call.run();
            status("", false);
        } catch (RuntimeException e) {
            status(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), true);
        }
    }

    /** One edit of the map, its own undo step: closing the merge window keeps two accepts from fusing. */
    private void edit(MapCommand command) {
        editor.document().closeMerging();
        try {
            if (editor.execute(command)) {
                status(command.description(), false);
            }
        } catch (CommandFailedException | IllegalArgumentException e) {
            status(e.getMessage(), true);
        } finally {
            editor.document().closeMerging();
        }
    }

    private void status(String message, boolean error) {
        statusLabel.setText(message);
        statusLabel.setTooltip(message.isEmpty() ? null : new javafx.scene.control.Tooltip(message));
        StudioStyles.toggle(statusLabel, StudioStyles.ERROR, error);
    }

    /** "482913" as "482 913": two groups read aloud and typed more easily. */
    static String spaced(String pin) {
        return pin.length() == 6 ? pin.substring(0, 3) + " " + pin.substring(3) : pin;
    }
}

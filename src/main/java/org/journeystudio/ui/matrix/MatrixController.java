package org.journeystudio.ui.matrix;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.layout.Pane;
import javafx.stage.Window;
import org.journeystudio.editing.MatrixDrop;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.MatrixLayout;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.OpportunityStatus;
import org.journeystudio.model.PriorityRule;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.render.ActionPlanFormat;
import org.journeystudio.ui.Views;
import org.journeystudio.ui.session.EditorSession;

/**
 * The value–effort matrix over the open map: a {@link MatrixLayout} the size of the window, filtered by stage, owner
 * and status, its value weighted by the slider. Dragging a bubble re-rates the opportunity (one undo step of the
 * map); clicking one selects the cards it addresses in the editor. It follows the map until closed.
 */
public final class MatrixController {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final String allStages = Messages.text("matrix.allStages");
    private final String allOwners = Messages.text("matrix.allOwners");
    private final String allStatuses = Messages.text("matrix.allStatuses");

    private final EditorSession session;
    private final DoubleProperty customerWeight;
    private final BiConsumer<MatrixLayout, ActionPlanFormat> exporter;
    /** A change of the map (an undo, an edit elsewhere) redraws and clears what the line below said about it. */
    private final ChangeListener<JourneyMap> follow = (o, was, now) -> {
        say("");
        refresh();
    };
    private MatrixLayout layout;
    private String selectedId;

    @FXML private ChoiceBox<String> stageChoice;
    @FXML private ChoiceBox<String> ownerChoice;
    @FXML private ChoiceBox<String> statusChoice;
    @FXML private Label weightLabel;
    @FXML private Slider weightSlider;
    @FXML private MenuItem pngItem;
    @FXML private MenuItem svgItem;
    @FXML private Pane plotPane;
    @FXML private Label message;

    /**
     * @param customerWeight the customer value's share of the value, 0–1: the slider edits it (the window keeps it
     *                       in the settings)
     * @param exporter       writes the matrix as laid out for export, with the shown filters, in a format
     */
    public MatrixController(EditorSession session, DoubleProperty customerWeight,
                            BiConsumer<MatrixLayout, ActionPlanFormat> exporter) {
        this.session = session;
        this.customerWeight = customerWeight;
        this.exporter = exporter;
    }

    /** Opens the matrix in a window of its own beside {@code owner}. */
    public static javafx.stage.Stage open(EditorSession session, Window owner, DoubleProperty customerWeight,
                                          BiConsumer<MatrixLayout, ActionPlanFormat> exporter) {
        MatrixController controller = new MatrixController(session, customerWeight, exporter);
        return Views.showBeside(owner, Messages.text("matrix.windowTitle", session.map().title()), controller.load(),
                controller::detach);
    }

    /** Loads the view (FXML beside this class) and shows the session's map. */
    public Parent load() {
        Parent view = Views.load(this);
        session.mapProperty().addListener(follow);
        refresh();
        return view;
    }

    /** The matrix as now drawn, in the plot pane's coordinates. */
    MatrixLayout layout() {
        return layout;
    }

    public void detach() {
        session.mapProperty().removeListener(follow);
    }

    @FXML
    private void initialize() {
        statusChoice.getItems().add(allStatuses);
        for (OpportunityStatus status : OpportunityStatus.values()) {
            statusChoice.getItems().add(ModelWords.status(status));
        }
        statusChoice.setValue(allStatuses);
        stageChoice.setValue(allStages);
        ownerChoice.setValue(allOwners);
        weightSlider.setValue(customerWeight.get());
        weightSlider.valueProperty().addListener((o, was, now) -> {
            customerWeight.set(Math.round(now.doubleValue() * 20) / 20.0);
            refresh();
        });
        for (ChoiceBox<String> choice : List.of(stageChoice, ownerChoice, statusChoice)) {
            choice.valueProperty().addListener((o, was, now) -> refresh());
        }
        plotPane.widthProperty().addListener((o, was, now) -> draw());
        plotPane.heightProperty().addListener((o, was, now) -> draw());
    }

    private PriorityRule rule() {
        return new PriorityRule(customerWeight.get());
    }

    /** What the choices ask for, by id and value; a choice naming what the map no longer has shows everything. */
    MatrixLayout.Filter filter() {
        JourneyMap map = session.map();
        String stageId = map.stages().stream().filter(s -> s.name().equals(stageChoice.getValue())).map(Stage::id)
                .findFirst().orElse(null);
        String owner = allOwners.equals(ownerChoice.getValue()) ? null : ownerChoice.getValue();
        String status = statusChoice.getValue();
        return new MatrixLayout.Filter(stageId, owner,
                status == null || allStatuses.equals(status) ? null : ModelWords.statusNamed(status));
    }

    private void refresh() {
        JourneyMap map = session.map();
        keepChoices(stageChoice, allStages, map.stages().stream().map(Stage::name).distinct().toList());
        keepChoices(ownerChoice, allOwners, map.opportunities().stream().map(Opportunity::owner)
                .filter(o -> !o.isEmpty()).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList());
        weightLabel.setText(Messages.text("matrix.weight", Math.round(customerWeight.get() * 100),
                Math.round((1 - customerWeight.get()) * 100)));
        draw();
    }

    /** Sets a choice's items, keeping what was chosen while the map still has it. */
    private static void keepChoices(ChoiceBox<String> choice, String all, List<String> values) {
        String chosen = choice.getValue();
        List<String> items = new java.util.ArrayList<>(List.of(all));
        items.addAll(values);
        if (!items.equals(choice.getItems())) {
            choice.getItems().setAll(items);
            choice.setValue(items.contains(chosen) ? chosen : all);
        }
    }

    private void draw() {
        double width = plotPane.getWidth() > 0 ? plotPane.getWidth() : plotPane.getPrefWidth();
        double height = plotPane.getHeight() > 0 ? plotPane.getHeight() : plotPane.getPrefHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        layout = MatrixLayout.of(session.map(), rule(), filter(), width, height);
        plotPane.getChildren().setAll(MatrixNodes.background(layout));
        for (MatrixLayout.Dot dot : layout.dots()) {
            Group bubble = MatrixNodes.bubble(dot, rule());
            bubble.pseudoClassStateChanged(SELECTED,
                    dot.opportunity().id().equals(selectedId));
            new BubbleDrag(bubble, (dx, dy) -> dropped(dot, dx, dy), () -> select(dot));
            plotPane.getChildren().add(bubble);
        }
    }

    /** A bubble let go {@code dx}, {@code dy} away from its place: re-rated there, as one step. */
    private void dropped(MatrixLayout.Dot dot, double dx, double dy) {
        double effort = layout.effortAt(dot.x() + dx);
        double value = layout.valueAt(dot.y() + dy);
        Opportunity o = dot.opportunity();
        // A step of its own: two drags of one bubble must not merge into one undo step like typing does.
        if (!session.runStep(MatrixDrop.dropAt(session.map(), o, rule(), value, effort))) {
            draw(); // nothing changed: the bubble goes back to its place
        }
        selectedId = o.id();
        Opportunity now = session.map().opportunity(o.id()).orElse(o);
        say(Messages.text("matrix.dropped", now.title(), now.effort(), now.customerValue(), now.businessValue()));
    }

    /** Marks the bubble and selects in the editor the cards its opportunity addresses. */
    private void select(MatrixLayout.Dot dot) {
        selectedId = dot.opportunity().id();
        List<String> cards = session.map().touchpointsAddressedBy(selectedId).stream().map(Touchpoint::id).toList();
        session.selection().selectTouchpoints(cards);
        say(Messages.text(cards.isEmpty() ? "matrix.selectedNoCards" : "matrix.selectedCards",
                dot.opportunity().title(), ModelWords.quadrant(dot.bubble().quadrant())));
        draw();
    }

    @FXML
    private void export(ActionEvent event) {
        Object source = event.getSource();
        ActionPlanFormat format = source == pngItem ? ActionPlanFormat.MATRIX_PNG
                : source == svgItem ? ActionPlanFormat.MATRIX_SVG : ActionPlanFormat.MATRIX_PDF;
        exporter.accept(MatrixLayout.of(session.map(), rule(), filter(), MatrixLayout.EXPORT_WIDTH,
                MatrixLayout.EXPORT_HEIGHT), format);
    }

    private void say(String text) {
        message.setText(Objects.requireNonNullElse(text, ""));
    }
}

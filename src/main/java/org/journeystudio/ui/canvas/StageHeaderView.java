package org.journeystudio.ui.canvas;

import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.TextWrap;
import org.journeystudio.ui.canvas.CanvasLayers.StageFace;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A stage's column header: its number, name and description, laid out by hand from {@link Text} nodes, with a
 * resize handle on its right edge. The "+" button that adds a card is made the first time the pointer enters
 * the header or the stage is selected: a button (a control with a skin and a tooltip) for every header cost a
 * scrolling frame several milliseconds each time a stage came into view.
 */
final class StageHeaderView extends Region {
    private static final double NUMBER_GAP = 8;

    private final String stageId;
    private final StageFace face;
    private final TextTile number;
    private final Text name = new Text();
    private final Text description;
    private final Region resize = new Region();
    private Button addCard;

    StageHeaderView(String stageId, StageFace face) {
        this.stageId = stageId;
        this.face = face;
        getStyleClass().add(CanvasStyles.STAGE_HEADER);
        setId("stage-" + stageId);
        number = new TextTile(String.valueOf(face.number()), null, CanvasStyles.STAGE_NUMBER_TEXT);
        number.getStyleClass().add(CanvasStyles.STAGE_NUMBER);
        name.getStyleClass().add(CanvasStyles.STAGE_NAME);
        name.setTextOrigin(VPos.TOP);
        getChildren().addAll(number, name);
        if (face.description().isEmpty()) {
            description = null;
        } else {
            description = new Text();
            description.getStyleClass().add(CanvasStyles.STAGE_DESCRIPTION);
            description.setTextOrigin(VPos.TOP);
            getChildren().add(description);
        }
        resize.getStyleClass().add(CanvasStyles.STAGE_RESIZE_HANDLE);
        resize.setId("resize-" + stageId);
        getChildren().add(resize);
        setAccessibleRole(AccessibleRole.TEXT);
        setCache(true); // a scrolling frame draws it from its bitmap, as it does cards (see CardView)
        setAccessibleText(Messages.text("canvas.stageAccessible", face.number(), face.name()));
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> showAddCard());
    }

    /** Shows the "+" (CSS shows it while hovered or selected); called when the stage is selected, too. */
    void showAddCard() {
        if (addCard != null) {
            return;
        }
        addCard = new Button(null, new FontIcon(Feather.PLUS));
        addCard.getStyleClass().addAll(CanvasStyles.ADD_CARD_BUTTON, CanvasStyles.FLAT, CanvasStyles.BUTTON_CIRCLE);
        addCard.setId("add-card-" + stageId);
        addCard.setFocusTraversable(false);
        addCard.setTooltip(new Tooltip(Messages.text("canvas.addTouchpointToStage")));
        getChildren().add(addCard);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = getWidth() - in.getLeft() - in.getRight();
        number.autosize();
        double nameX = in.getLeft() + number.getWidth() + NUMBER_GAP;
        String fullName = face.name().isEmpty() ? Messages.text("canvas.untitledStage") : face.name();
        fit(name, fullName, in.getLeft() + w - nameX);
        double rowH = Math.max(number.getHeight(), name.getLayoutBounds().getHeight());
        double contentH = rowH;
        if (description != null) {
            fit(description, face.description(), w);
            contentH += 2 + description.getLayoutBounds().getHeight();
        }
        double top = in.getTop() + Math.max(0, (getHeight() - in.getTop() - in.getBottom() - contentH) / 2);
        number.relocate(in.getLeft(), top + (rowH - number.getHeight()) / 2);
        name.relocate(nameX, top + (rowH - name.getLayoutBounds().getHeight()) / 2);
        if (description != null) {
            description.relocate(in.getLeft(), top + rowH + 2);
        }
        resize.resizeRelocate(getWidth() - 5, 0, 10, getHeight());
        if (addCard != null) {
            addCard.autosize();
            addCard.relocate(getWidth() - addCard.getWidth() - 10, 8);
        }
    }

    /** Sets {@code text} to {@code full}, shortened with an ellipsis where it is wider than {@code width}. */
    private static void fit(Text text, String full, double width) {
        text.setText(full);
        double wide = text.getLayoutBounds().getWidth();
        if (wide > width && wide > 0) {
            text.setText(TextWrap.truncate(full, Math.max(3, (int) (full.length() * width / wide))));
        }
    }
}

package org.journeystudio.ui.workshop;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.ui.StudioStyles;
import org.journeystudio.workshop.CommentAcceptance;
import org.journeystudio.workshop.LiveComment;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One participant comment in the facilitator's list: where it is from, its text as plain text (a label never
 * interprets markup, so a typed {@code <script>} shows as those characters), and one-click actions: accept as a
 * pain point or as an opportunity, or remove. A comment already on the map says so instead of offering to accept.
 */
final class CommentCell extends ListCell<LiveComment> {
    /** The list's borders, the cell's padding and a vertical scroll bar, which a wrapped text must leave room for. */
    private static final double WIDTH_TAKEN = 40;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    /** What the buttons do, and what the cell needs to word its heading. */
    interface Actions {
        JourneyMap map();

        String segmentName(String segmentId);

        void acceptAsPainPoint(LiveComment comment);

        void acceptAsOpportunity(LiveComment comment);

        void remove(LiveComment comment);
    }

    private final Actions actions;
    private final Label heading = new Label();
    private final Label text = new Label();
    private final Label accepted = new Label();
    private final Button painPoint = button(Messages.text("workshop.painPoint"), Feather.ALERT_TRIANGLE,
            WorkshopStyles.ACCEPT_PAIN_POINT, Messages.text("workshop.acceptAsPainPointTip"));
    private final Button opportunity = button(Messages.text("workshop.opportunity"), Feather.STAR,
            WorkshopStyles.ACCEPT_OPPORTUNITY, Messages.text("workshop.acceptAsOpportunityTip"));
    private final Button remove = button("", Feather.TRASH_2, WorkshopStyles.REMOVE_COMMENT,
            Messages.text("workshop.removeCommentTip"));
    private final VBox box;

    CommentCell(Actions actions) {
        this.actions = actions;
        heading.getStyleClass().add(WorkshopStyles.COMMENT_HEADING);
        text.getStyleClass().add(WorkshopStyles.COMMENT_TEXT);
        text.setWrapText(true);
        accepted.getStyleClass().add(WorkshopStyles.COMMENT_ACCEPTED);
        accepted.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label acceptAs = new Label(Messages.text("workshop.acceptAs"));
        acceptAs.getStyleClass().add(WorkshopStyles.COMMENT_ACCEPT_AS);
        acceptAs.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(6, acceptAs, painPoint, opportunity, gap, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(4, heading, text, accepted, buttons);
        box.getStyleClass().add(WorkshopStyles.COMMENT);
        heading.setWrapText(true);
        // A wrapping label reports one line's height unless it knows its width: give it the list's width.
        for (Label label : new Label[] {heading, text}) {
            label.setMinHeight(Region.USE_PREF_SIZE);
            listViewProperty().addListener((obs, old, list) -> {
                label.prefWidthProperty().unbind();
                if (list != null) {
                    label.prefWidthProperty().bind(list.widthProperty().subtract(WIDTH_TAKEN));
                }
            });
        }
        painPoint.setOnAction(e -> act(actions::acceptAsPainPoint));
        opportunity.setOnAction(e -> act(actions::acceptAsOpportunity));
        remove.setOnAction(e -> act(actions::remove));
        remove.getStyleClass().addAll(WorkshopStyles.BUTTON_ICON, WorkshopStyles.FLAT, WorkshopStyles.DANGER);
        remove.setAccessibleText(Messages.text("workshop.removeComment"));
    }

    @Override
    protected void updateItem(LiveComment comment, boolean empty) {
        super.updateItem(comment, empty);
        setText(null);
        if (empty || comment == null) {
            setGraphic(null);
            setId(null);
            return;
        }
        JourneyMap map = actions.map();
        String touchpoint = map.touchpoint(comment.touchpointId()).map(t -> t.title())
                .orElse(Messages.text("workshop.removedTouchpoint"));
        heading.setText(Messages.text(comment.kind() == LiveComment.Kind.PAIN_POINT ? "workshop.painPointHeading"
                : "workshop.ideaHeading", touchpoint, actions.segmentName(comment.segmentId()),
                TIME.format(comment.at())));
        text.setText(comment.text());
        CommentAcceptance.Accepted status = CommentAcceptance.status(map, comment);
        boolean open = status == CommentAcceptance.Accepted.NOT_YET;
        accepted.setText(switch (status) {
            case AS_PAIN_POINT -> Messages.text("workshop.onTheMapAsPainPoint");
            case AS_OPPORTUNITY -> Messages.text("workshop.onTheMapAsOpportunity");
            case NOT_YET -> "";
        });
        accepted.setVisible(!open);
        accepted.setManaged(!open);
        painPoint.setDisable(!open);
        opportunity.setDisable(!open);
        StudioStyles.toggle(box, WorkshopStyles.ACCEPTED, !open);
        setId("comment-" + getIndex());
        setGraphic(box);
    }

    private void act(java.util.function.Consumer<LiveComment> action) {
        LiveComment comment = getItem();
        if (comment != null) {
            action.accept(comment);
        }
    }

    private static Button button(String label, Feather icon, String styleClass, String tip) {
        Button button = new Button(label, new FontIcon(icon));
        button.getStyleClass().addAll(styleClass, WorkshopStyles.SMALL);
        button.setTooltip(new Tooltip(tip));
        return button;
    }
}

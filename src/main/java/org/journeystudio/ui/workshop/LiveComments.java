package org.journeystudio.ui.workshop;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.workshop.CommentAcceptance;
import org.journeystudio.workshop.LiveComment;
import org.journeystudio.workshop.LiveHeatmap;
import org.journeystudio.workshop.WorkshopSession;
import org.journeystudio.workshop.WorkshopState;

/** The room's comments beside the live view: the list with its count, and taking one into the map. */
final class LiveComments {
    private final ListView<LiveComment> list;
    private final Label title;
    private final WorkshopSession workshop;
    private final EditorSession editor;
    private final Consumer<MapCommand> edit;
    private final Consumer<String> refused;
    private final Consumer<Runnable> control;

    /**
     * @param edit    runs one map edit as its own undo step
     * @param refused shows why an accept could not be made
     * @param control runs a session control, showing a refusal
     */
    LiveComments(ListView<LiveComment> list, Label title, WorkshopSession workshop, EditorSession editor,
                 Consumer<MapCommand> edit, Consumer<String> refused, Consumer<Runnable> control) {
        this.list = list;
        this.title = title;
        this.workshop = workshop;
        this.editor = editor;
        this.edit = edit;
        this.refused = refused;
        this.control = control;
        list.setCellFactory(view -> new CommentCell(new Actions()));
        Label placeholder = new Label(Messages.text("workshop.commentsAppearHere"));
        placeholder.setWrapText(true); // German and Spanish run longer than the list is wide
        placeholder.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        list.setPlaceholder(placeholder);
    }

    void show(List<LiveComment> comments) {
        if (!list.getItems().equals(comments)) {
            list.getItems().setAll(comments);
        }
        title.setText(Messages.text("workshop.comments", comments.size()));
    }

    /** Shows again whether each comment is already in the map. */
    void refresh() {
        list.refresh();
    }

    /** The comment cells' actions, against this session and the open map. */
    private final class Actions implements CommentCell.Actions {
        @Override
        public JourneyMap map() {
            return editor.map();
        }

        @Override
        public String segmentName(String segmentId) {
            if (segmentId == null || segmentId.equals(WorkshopState.NO_SEGMENT)) {
                return LiveHeatmap.NO_SEGMENT_TITLE;
            }
            return editor.map().segment(segmentId).map(Segment::name).orElse(segmentId);
        }

        @Override
        public void acceptAsPainPoint(LiveComment comment) {
            accept(() -> CommentAcceptance.asPainPoint(editor.map(), comment));
        }

        @Override
        public void acceptAsOpportunity(LiveComment comment) {
            accept(() -> CommentAcceptance.asOpportunity(editor.map(), comment));
        }

        @Override
        public void remove(LiveComment comment) {
            control.accept(() -> workshop.removeComment(comment.id()));
            list.getItems().remove(comment);
        }

        private void accept(Supplier<MapCommand> command) {
            try {
                edit.accept(command.get());
            } catch (IllegalArgumentException e) {
                refused.accept(e.getMessage());
            }
            list.refresh();
        }
    }
}

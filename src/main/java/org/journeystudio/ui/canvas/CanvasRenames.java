package org.journeystudio.ui.canvas;

import java.util.List;
import org.journeystudio.edit.command.RenameLane;
import org.journeystudio.edit.command.RenameStage;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.layout.Box;
import org.journeystudio.ui.editor.EditorSession;

/** Renaming cards, stages and lanes in place: a field over the name, one command when it is committed. */
final class CanvasRenames {
    private static final double FIELD_HEIGHT = 34;

    private final JourneyCanvas canvas;
    private final EditorSession session;
    private final ZoomPan zoomPan;
    private final InPlaceEditor inPlace;
    private final CommandRunner runner;

    CanvasRenames(JourneyCanvas canvas, EditorSession session, ZoomPan zoomPan, InPlaceEditor inPlace,
                  CommandRunner runner) {
        this.canvas = canvas;
        this.session = session;
        this.zoomPan = zoomPan;
        this.inPlace = inPlace;
        this.runner = runner;
    }

    void renameCard(String touchpointId) {
        session.map().touchpoint(touchpointId).ifPresent(t -> canvas.layout().card(touchpointId).ifPresent(box -> {
            zoomPan.reveal(box.box());
            inPlace.edit(new Box(box.box().x(), box.box().y(), box.box().w(), FIELD_HEIGHT), t.title(),
                    title -> runner.run(SetTouchpointField.of(session.map(), touchpointId, TouchpointField.TITLE,
                            title)));
        }));
    }

    /** The stage header stays at the top while the map scrolls, so the field goes where the header is shown. */
    void renameStage(String stageId) {
        canvas.layout().column(stageId).ifPresent(column -> session.map().stage(stageId).ifPresent(stage -> {
            zoomPan.reveal(column.header());
            Box header = column.header();
            double y = header.y() + Math.max(0, canvas.viewport().y());
            inPlace.edit(new Box(header.x() + 6, y + 14, header.w() - 12, FIELD_HEIGHT), stage.name(),
                    name -> runner.run(RenameStage.of(session.map(), stageId, name)));
        }));
    }

    /** Lane titles stay on the left while the map scrolls, likewise. */
    void renameLane(String laneId) {
        canvas.layout().row(laneId).ifPresent(row -> session.map().lane(laneId).ifPresent(lane -> {
            Box header = row.header();
            double x = header.x() + Math.max(0, canvas.viewport().x());
            inPlace.edit(new Box(x + 6, header.y() + 8, header.w() - 12, FIELD_HEIGHT), lane.title(),
                    title -> runner.run(RenameLane.of(session.map(), laneId, title)));
        }));
    }

    /** Enter or F2: renames the latest selected card, else the selected stage. */
    void renameSelection() {
        List<String> ids = session.selection().touchpointIds();
        if (!ids.isEmpty()) {
            renameCard(ids.get(ids.size() - 1));
        } else if (session.selection().stageIdProperty().get() != null) {
            renameStage(session.selection().stageIdProperty().get());
        }
    }
}

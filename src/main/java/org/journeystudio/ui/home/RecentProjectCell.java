package org.journeystudio.ui.home;

import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.journeystudio.store.ProjectSummary;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A recently opened project in the sidebar: its title, cut with an ellipsis when long, in full as a tooltip. */
final class RecentProjectCell extends ListCell<ProjectSummary> {

    RecentProjectCell() {
        // A zero preferred width lets long titles end in an ellipsis instead of scrolling sideways.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ProjectSummary project, boolean empty) {
        super.updateItem(project, empty);
        boolean blank = empty || project == null;
        setText(blank ? null : project.title());
        setGraphic(blank ? null : new FontIcon(Feather.CLOCK));
        setTooltip(blank ? null : new Tooltip(project.title()));
    }
}

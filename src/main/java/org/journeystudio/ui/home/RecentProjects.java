package org.journeystudio.ui.home;

import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import org.journeystudio.i18n.Messages;
import org.journeystudio.store.ProjectSummary;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The sidebar's recently opened projects: one click opens one. */
final class RecentProjects {
    private RecentProjects() {
    }

    static void configure(ListView<ProjectSummary> list, ObservableList<ProjectSummary> recent,
                          Consumer<ProjectSummary> open) {
        list.setItems(recent);
        Label none = new Label(Messages.text("home.recentPlaceholder"));
        none.getStyleClass().add(HomeStyles.RECENT_PLACEHOLDER);
        none.setWrapText(true);
        list.setPlaceholder(none);
        list.setCellFactory(l -> new RecentProjectCell());
        list.setOnMouseClicked(e -> {
            ProjectSummary chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && e.getButton() == MouseButton.PRIMARY) {
                open.accept(chosen);
            }
        });
    }

    /** A recent project: its title, cut with an ellipsis when long, in full as a tooltip. */
    private static final class RecentProjectCell extends ListCell<ProjectSummary> {

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
}

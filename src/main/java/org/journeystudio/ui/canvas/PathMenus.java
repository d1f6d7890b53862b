package org.journeystudio.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import org.journeystudio.edit.command.AddPath;
import org.journeystudio.edit.command.RemoveConnector;
import org.journeystudio.edit.command.RemovePath;
import org.journeystudio.edit.command.RenamePath;
import org.journeystudio.edit.command.SetConnectorKind;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.Connector;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.LinkKind;
import org.journeystudio.model.Stage;
import org.journeystudio.model.StagePath;
import org.journeystudio.model.TouchpointLink;
import org.journeystudio.ui.session.EditorSession;

/**
 * The menus of a branching journey: a stage header's paths (add, rename, remove) and a connector's kind and
 * delete. Every item runs one command.
 */
final class PathMenus {
    private final EditorSession session;

    PathMenus(EditorSession session) {
        this.session = session;
    }

    /** Add a path, and rename or remove each of the stage's paths. */
    List<MenuItem> forStage(JourneyMap map, Stage stage) {
        List<MenuItem> items = new ArrayList<>();
        MenuItem add = new MenuItem(Messages.text("canvas.addPath"));
        add.setId("addPath");
        add.setOnAction(e -> askName(Messages.text("canvas.addPathTo", stage.name()),
                Messages.text("canvas.pathNumber", stage.paths().size() + 1))
                .ifPresent(name -> session.runStep(AddPath.of(session.map(), stage.id(),
                        new StagePath(Ids.next("path"), name)))));
        items.add(add);
        if (!stage.paths().isEmpty()) {
            Menu rename = new Menu(Messages.text("canvas.renamePath"));
            Menu remove = new Menu(Messages.text("canvas.removePath"));
            for (StagePath path : stage.paths()) {
                MenuItem renameOne = new MenuItem(path.name());
                renameOne.setOnAction(e -> askName(Messages.text("canvas.renamePath"), path.name()).ifPresent(name ->
                        session.runStep(RenamePath.of(session.map(), stage.id(), path.id(), name))));
                rename.getItems().add(renameOne);
                MenuItem removeOne = new MenuItem(path.name());
                removeOne.setOnAction(e -> session.runStep(RemovePath.of(session.map(), stage.id(), path.id())));
                remove.getItems().add(removeOne);
            }
            items.add(rename);
            items.add(remove);
        }
        return items;
    }

    /** The connector's kind as a choice, and Delete. */
    List<MenuItem> forConnector(Connector c) {
        List<MenuItem> items = new ArrayList<>();
        ToggleGroup group = new ToggleGroup();
        TouchpointLink link = new TouchpointLink(c.toId(), c.kind());
        for (LinkKind kind : LinkKind.values()) {
            if (!kind.connector()) {
                continue;
            }
            RadioMenuItem item = new RadioMenuItem(ModelWords.link(kind));
            item.setId("connectorKind-" + kind.name());
            item.setToggleGroup(group);
            item.setSelected(kind == c.kind());
            item.setOnAction(e -> {
                if (kind != c.kind()) {
                    session.runStep(SetConnectorKind.of(session.map(), c.fromId(), link, kind));
                }
            });
            items.add(item);
        }
        MenuItem delete = new MenuItem(Messages.text("canvas.deleteConnector"));
        delete.setId("deleteConnector");
        delete.setOnAction(e -> session.runStep(RemoveConnector.of(session.map(), c.fromId(), link)));
        items.add(new SeparatorMenuItem());
        items.add(delete);
        return items;
    }

    private static Optional<String> askName(String title, String suggested) {
        TextInputDialog dialog = new TextInputDialog(suggested);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(Messages.text("canvas.nameLabel"));
        return dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }
}

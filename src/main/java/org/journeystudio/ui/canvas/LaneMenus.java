package org.journeystudio.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.journeystudio.edit.command.AddLane;
import org.journeystudio.edit.command.MoveLane;
import org.journeystudio.edit.command.SetLaneRole;
import org.journeystudio.edit.command.SetLaneVisible;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.LaneRole;
import org.journeystudio.ui.session.EditorSession;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The lane menus: one lane's actions (a lane header's context menu) and the toolbar's list of every lane,
 * where hidden lanes can be shown again. Every item runs one command.
 */
final class LaneMenus {
    private final EditorSession session;
    private final Consumer<String> rename;

    LaneMenus(EditorSession session, Consumer<String> rename) {
        this.session = session;
        this.rename = rename;
    }

    /** Rename, hide, move up/down and add a lane below, for one lane. */
    List<MenuItem> forLane(JourneyMap map, Lane lane) {
        int index = map.indexOfLane(lane.id());
        MenuItem renameItem = item(Messages.text("canvas.rename"), Feather.EDIT_2, () -> rename.accept(lane.id()));
        MenuItem hide = item(Messages.text("canvas.hideLane"), Feather.EYE_OFF,
                () -> session.runStep(SetLaneVisible.of(map, lane.id(), false)));
        hide.setDisable(map.lanes().stream().filter(Lane::visible).count() <= 1);
        MenuItem up = item(Messages.text("canvas.moveUp"), Feather.ARROW_UP,
                () -> session.runStep(MoveLane.of(map, lane.id(), index - 1)));
        up.setDisable(index == 0);
        MenuItem down = item(Messages.text("canvas.moveDown"), Feather.ARROW_DOWN,
                () -> session.runStep(MoveLane.of(map, lane.id(), index + 1)));
        down.setDisable(index == map.lanes().size() - 1);
        Menu add = addLaneMenu(index + 1);
        add.setText(Messages.text("canvas.addLaneBelow"));
        return List.of(renameItem, hide, up, down, roleMenu(map, lane), new SeparatorMenuItem(), add);
    }

    /** The lane's part in the service blueprint, which orders the lanes and places the lines in the blueprint view. */
    private Menu roleMenu(JourneyMap map, Lane lane) {
        Menu roles = new Menu(Messages.text("canvas.blueprintRole"), new FontIcon(Feather.LAYOUT));
        roles.setId("laneRoleMenu");
        ToggleGroup group = new ToggleGroup();
        for (LaneRole role : LaneRole.values()) {
            RadioMenuItem item = new RadioMenuItem(ModelWords.role(role));
            item.setToggleGroup(group);
            item.setSelected(role == lane.role());
            item.setOnAction(e -> session.runStep(SetLaneRole.of(map, lane.id(), role)));
            roles.getItems().add(item);
        }
        return roles;
    }

    /** Every lane with a visibility tick and its own actions, then "Add lane". */
    List<MenuItem> allLanes(JourneyMap map) {
        List<MenuItem> items = new ArrayList<>();
        for (Lane lane : map.lanes()) {
            Menu menu = new Menu(lane.title(), new FontIcon(CanvasNodes.laneIcon(lane.kind())));
            CheckMenuItem visible = new CheckMenuItem(Messages.text("canvas.visible"));
            visible.setSelected(lane.visible());
            visible.setOnAction(e -> session.runStep(SetLaneVisible.of(map, lane.id(), visible.isSelected())));
            menu.getItems().add(visible);
            if (lane.visible()) {
                menu.getItems().addAll(forLane(map, lane).subList(0, 4).stream()
                        .filter(i -> !Messages.text("canvas.hideLane").equals(i.getText())).toList());
            }
            items.add(menu);
        }
        items.add(new SeparatorMenuItem());
        items.add(addLaneMenu(AddLane.AT_END));
        return items;
    }

    private Menu addLaneMenu(int index) {
        Menu add = new Menu(Messages.text("canvas.addLane"), new FontIcon(Feather.PLUS));
        for (LaneKind kind : LaneKind.values()) {
            add.getItems().add(item(ModelWords.lane(kind), CanvasNodes.laneIcon(kind), () -> session.runStep(
                    AddLane.of(new Lane(Ids.next("lane"), kind, ModelWords.lane(kind), true), index))));
        }
        return add;
    }

    private static MenuItem item(String text, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setOnAction(e -> action.run());
        return item;
    }
}

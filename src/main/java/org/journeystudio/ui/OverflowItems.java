package org.journeystudio.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The items of a toolbar's overflow menu: one per control that did not fit, built afresh each time the menu
 * opens, each running its control (a button fires, a toggle toggles, a menu button's items appear as a submenu).
 */
final class OverflowItems {
    private OverflowItems() {
    }

    static List<MenuItem> of(List<Node> controls) {
        List<MenuItem> items = new ArrayList<>();
        for (Node control : controls) {
            if (control.isVisible() && control instanceof ButtonBase button) {
                items.add(itemFor(button));
            }
        }
        return items;
    }

    private static MenuItem itemFor(ButtonBase button) {
        MenuItem item;
        if (button instanceof MenuButton menuButton) {
            if (menuButton.getOnShowing() != null) {
                menuButton.getOnShowing().handle(new Event(MenuButton.ON_SHOWING)); // items that are made on opening
            }
            Menu menu = new Menu();
            menuButton.getItems().forEach(original -> menu.getItems().add(copy(original)));
            item = menu;
        } else if (button instanceof ToggleButton toggle) {
            CheckMenuItem check = new CheckMenuItem();
            check.setSelected(toggle.isSelected());
            check.setOnAction(e -> toggle.fire());
            item = check;
        } else {
            item = new MenuItem();
            item.setOnAction(e -> button.fire());
        }
        item.setText(name(button));
        item.setGraphic(icon(button.getGraphic()));
        item.setDisable(button.isDisabled());
        item.setId("overflow-" + button.getId());
        return item;
    }

    /** A copy of a menu button's item that runs the original. */
    private static MenuItem copy(MenuItem original) {
        MenuItem copy;
        if (original instanceof SeparatorMenuItem) {
            return new SeparatorMenuItem();
        } else if (original instanceof Menu menu) {
            Menu sub = new Menu();
            menu.getItems().forEach(child -> sub.getItems().add(copy(child)));
            copy = sub;
        } else if (original instanceof CheckMenuItem check) {
            CheckMenuItem tick = new CheckMenuItem();
            tick.setSelected(check.isSelected());
            tick.setOnAction(e -> {
                check.setSelected(tick.isSelected());
                check.fire();
            });
            copy = tick;
        } else {
            copy = new MenuItem();
            copy.setOnAction(e -> original.fire());
        }
        copy.setText(original.getText());
        copy.setGraphic(icon(original.getGraphic()));
        copy.setDisable(original.isDisable());
        return copy;
    }

    /** The button's label, or for an icon-only button its accessible text or tooltip. */
    private static String name(ButtonBase button) {
        if (button.getText() != null && !button.getText().isEmpty()) {
            return button.getText();
        }
        if (button.getAccessibleText() != null) {
            return button.getAccessibleText();
        }
        Tooltip tooltip = button.getTooltip();
        return tooltip == null ? "" : tooltip.getText();
    }

    private static Node icon(Node graphic) {
        return graphic instanceof FontIcon icon ? new FontIcon(icon.getIconCode()) : null;
    }
}

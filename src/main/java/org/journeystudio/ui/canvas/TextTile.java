package org.journeystudio.ui.canvas;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A light box of text with an optional icon before it: a region (background and border from CSS) holding a
 * plain {@link Text}. The canvas shows hundreds of notes and labels; a {@code Label} each (a control with a
 * skin) made opening a long map and scrolling it several times slower.
 */
final class TextTile extends Region {
    private static final double ICON_GAP = 6;
    private final Text text = new Text();
    private final Node icon;

    TextTile(String content, Node icon, String textStyleClass) {
        this.icon = icon;
        text.setText(content);
        text.getStyleClass().add(textStyleClass);
        text.setTextOrigin(javafx.geometry.VPos.TOP);
        if (icon != null) {
            getChildren().add(icon);
        }
        getChildren().add(text);
    }

    Text text() {
        return text;
    }

    Node icon() {
        return icon;
    }

    void setContent(String content) {
        if (!content.equals(text.getText())) {
            text.setText(content);
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        if (icon != null) {
            icon.autosize();
            double iconH = icon.getLayoutBounds().getHeight();
            double lineH = text.getFont().getSize() * 1.3;
            icon.relocate(x, in.getTop() + Math.max(0, (lineH - iconH) / 2));
            x += icon.getLayoutBounds().getWidth() + ICON_GAP;
        }
        text.setWrappingWidth(Math.max(1, getWidth() - x - in.getRight()));
        text.relocate(x, in.getTop());
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        double iconW = icon == null ? 0 : icon.prefWidth(-1) + ICON_GAP;
        return in.getLeft() + iconW + text.prefWidth(-1) + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + text.prefHeight(-1) + in.getBottom();
    }
}

package org.journeystudio.ui.home;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.journeystudio.i18n.Messages;
import org.journeystudio.store.TemplateInfo;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The template tiles a first start offers: one button per template, with its name and description. */
final class TemplateGallery {
    private static final double TILE_WIDTH = 250;
    private static final double TILE_HEIGHT = 196;

    private TemplateGallery() {
    }

    /** Fills {@code tiles}; a catalogue that cannot be read shows why instead of failing the home screen. */
    static void fill(FlowPane tiles, Supplier<List<TemplateInfo>> templates, Consumer<TemplateInfo> chosen) {
        tiles.getChildren().clear();
        try {
            for (TemplateInfo template : templates.get()) {
                tiles.getChildren().add(tile(template, chosen));
            }
        } catch (RuntimeException e) {
            Label broken = new Label(Messages.text("home.templatesUnreadable", e.getMessage()));
            broken.getStyleClass().add(HomeStyles.TEXT_MUTED);
            tiles.getChildren().add(broken);
        }
    }

    private static Node tile(TemplateInfo template, Consumer<TemplateInfo> chosen) {
        Label name = new Label(template.name());
        name.getStyleClass().add(HomeStyles.TILE_NAME);
        name.setWrapText(true);
        name.setMaxWidth(TILE_WIDTH - 34);
        Label description = new Label(template.description());
        description.getStyleClass().add(HomeStyles.TILE_DESCRIPTION);
        description.setWrapText(true);
        description.setMaxWidth(TILE_WIDTH - 34);
        VBox text = new VBox(6, new FontIcon(Feather.LAYOUT), name, description);
        text.getStyleClass().add(HomeStyles.TILE_CONTENT);
        Button tile = new Button(null, text);
        tile.getStyleClass().add(HomeStyles.TEMPLATE_TILE);
        // A fixed tile size keeps the gallery a tidy grid; it has room for the longest shipped name (two lines)
        // and description (five). Tiles sized to their text grew to the gallery's height.
        tile.setMinSize(TILE_WIDTH, TILE_HEIGHT);
        tile.setPrefSize(TILE_WIDTH, TILE_HEIGHT);
        tile.setMaxSize(TILE_WIDTH, TILE_HEIGHT);
        tile.setId("tile-" + template.id());
        tile.setOnAction(e -> chosen.accept(template));
        return tile;
    }
}

package org.journeystudio.testing;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The elided- and overlapping-text finders the screen walk relies on: they must see an ellipsis, or two texts
 * drawn over each other, and nothing else.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class ElidedLabelsTest {
    private VBox root;

    @Start
    void start(Stage stage) {
        Label cut = new Label("A stage name far too long for its box");
        cut.setId("cut");
        cut.setMaxWidth(90);
        Label wrapped = new Label("A long text that wraps over several lines instead");
        wrapped.setWrapText(true);
        wrapped.setMaxWidth(90);
        Label whole = new Label("Fits");
        Button mnemonic = new Button("_Save");
        Button iconOnly = new Button("A label only shown as a tooltip would be");
        iconOnly.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        iconOnly.setMaxWidth(20);
        Label hidden = new Label("Hidden and far too long for its little box");
        hidden.setMaxWidth(40);
        hidden.setVisible(false);
        Label under = new Label("Satisfaction");
        Label over = new Label("Expectation");
        over.setTranslateY(-8); // a fixed place that a taller or longer text runs into
        Label apart = new Label("Owner");
        root = new VBox(cut, wrapped, whole, mnemonic, iconOnly, hidden, under, over, apart);
        root.setFillWidth(false);
        stage.setScene(new Scene(root, 300, 300));
        stage.show();
    }

    @Test
    void findsOnlyTheTextDrawnWithAnEllipsis() throws Exception {
        assertThat(WaitForAsyncUtils.asyncFx(() -> ElidedLabels.in(root)).get()).singleElement().asString()
                .startsWith("#cut \"A stage name far too long for its box\" drawn as \"A stage");
    }

    @Test
    void findsOnlyTextsDrawnOverEachOther() throws Exception {
        assertThat(WaitForAsyncUtils.asyncFx(() -> OverlappingTexts.in(root)).get()).singleElement().asString()
                .startsWith("\"Satisfaction\" overlaps \"Expectation\"");
    }
}

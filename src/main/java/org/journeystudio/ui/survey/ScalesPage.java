package org.journeystudio.ui.survey;

import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.journeystudio.i18n.Messages;
import org.journeystudio.ratings.TextScaleChoices;
import org.journeystudio.survey.TextScales;

/**
 * The wizard's scales page: one card per text scale of the chosen rating columns, with its family, columns,
 * answers in order (drag, or Alt+Up / Alt+Down on the selected answer, to move one) and opt-outs found.
 */
final class ScalesPage {
    // Style classes; their rules are in survey.css.
    private static final String CARD = "scale-card";
    private static final String FAMILY = "scale-family";
    private static final String COLUMNS = "scale-columns";
    private static final String OPT_OUT = "scale-opt-out";
    private static final double CELL_HEIGHT = 34;

    private final VBox cards;
    private final Runnable changed;

    /**
     * @param cards   where the cards go
     * @param changed told after every choice, so the window can update Next and the page's message
     */
    ScalesPage(VBox cards, Runnable changed) {
        this.cards = cards;
        this.changed = changed;
    }

    /** Shows a card for each scale of {@code choices}. */
    void show(TextScaleChoices choices) {
        cards.getChildren().clear();
        if (choices == null) {
            return;
        }
        for (int i = 0; i < choices.scales().size(); i++) {
            cards.getChildren().add(card(choices.scales().get(i), i));
        }
    }

    private VBox card(TextScaleChoices.Scale scale, int index) {
        Label family = new Label(scale.family());
        family.getStyleClass().add(FAMILY);
        Label columns = new Label(Messages.text("survey.scaleColumns", scale.columns().size(),
                String.join(" · ", scale.columns())));
        columns.getStyleClass().add(COLUMNS);
        columns.setWrapText(true);
        ListView<TextScales.Answer> answers = new ListView<>(FXCollections.observableArrayList(scale.answers()));
        answers.setId("scale-answers-" + index);
        answers.setFixedCellSize(CELL_HEIGHT);
        answers.setPrefHeight(CELL_HEIGHT * scale.answers().size() + 4);
        answers.setMinHeight(answers.getPrefHeight());
        CheckBox orderIsRight = new CheckBox(Messages.text("survey.orderIsRight"));
        orderIsRight.setId("scale-order-right-" + index);
        orderIsRight.setVisible(scale.needsOrder());
        orderIsRight.setManaged(scale.needsOrder());
        orderIsRight.setSelected(scale.confirmed());
        Runnable update = () -> {
            family.setText(scale.family());
            answers.refresh();
            orderIsRight.setSelected(scale.confirmed());
            changed.run();
        };
        answers.setCellFactory(list -> new ScaleAnswerCell(scale, (from, to) -> {
            move(scale, answers, from, to);
            update.run();
        }, update));
        answers.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int selected = answers.getSelectionModel().getSelectedIndex();
            if (e.isAltDown() && selected >= 0 && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move(scale, answers, selected, selected + (e.getCode() == KeyCode.UP ? -1 : 1));
                update.run();
                e.consume();
            }
        });
        orderIsRight.selectedProperty().addListener((obs, old, right) -> {
            if (right != scale.confirmed()) {
                scale.confirm(right);
                changed.run();
            }
        });
        VBox card = new VBox(6, family, columns, answers, orderIsRight);
        for (String line : scale.optOutLines()) {
            Label optOut = new Label(line);
            optOut.getStyleClass().add(OPT_OUT);
            card.getChildren().add(optOut);
        }
        card.getStyleClass().add(CARD);
        return card;
    }

    private static void move(TextScaleChoices.Scale scale, ListView<TextScales.Answer> answers, int from, int to) {
        int size = scale.answers().size();
        int target = Math.max(0, Math.min(size - 1, to));
        scale.move(from, target);
        answers.getItems().setAll(scale.answers());
        answers.getSelectionModel().clearAndSelect(target);
        answers.getFocusModel().focus(target);
    }
}

package org.journeystudio.ui.segments;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.TextWrap;
import org.journeystudio.model.Persona;

/** A persona in the editor's list: picture, name and the start of the quote. */
final class PersonaCell extends ListCell<Persona> {
    @Override
    protected void updateItem(Persona persona, boolean empty) {
        super.updateItem(persona, empty);
        setText(null);
        if (empty || persona == null) {
            setGraphic(null);
            return;
        }
        StackPane picture = new StackPane(PersonaPicture.of(persona, 28));
        picture.setMinSize(30, 30);
        Label name = new Label(persona.name().isEmpty() ? Messages.text("segments.unnamedPersona") : persona.name());
        VBox text = new VBox(1, name);
        if (!persona.quote().isEmpty()) {
            Label quote = new Label(Messages.text("segments.quoted", TextWrap.truncate(persona.quote(), 60)));
            quote.getStyleClass().add(SegmentsStyles.PERSONA_CELL_QUOTE);
            text.getChildren().add(quote);
        }
        HBox row = new HBox(8, picture, text);
        row.setAlignment(Pos.CENTER_LEFT);
        setGraphic(row);
    }
}

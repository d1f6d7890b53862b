package org.journeystudio.ui;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * A form's checks, on ControlsFX's {@link ValidationSupport}, shown the AtlantaFX way: a field with a problem
 * gets the theme's danger outline, and the problem as its tooltip and as the help a screen reader reads out; a
 * form can also say the first problem in a label. ControlsFX's own decoration is not used: it paints fixed-colour
 * icons into a pane it slips in at the scene's root, which follows neither the light nor the dark theme.
 */
public final class FormChecks {
    private static final String OWN_TOOLTIP = "journeystudio.formChecks.tooltip";

    private final ValidationSupport support = new ValidationSupport();

    public FormChecks() {
        support.setValidationDecorator(new DangerOutline());
    }

    /** Checks that {@code field} is not blank; {@code problem} says what is missing. */
    public FormChecks required(TextInputControl field, String problem) {
        support.registerValidator(field, false, Validator.createEmptyValidator(problem));
        return this;
    }

    /** Checks {@code field}'s text with {@code problem}: the problem with a text, or empty when it is fine. */
    public FormChecks check(TextInputControl field, Function<String, Optional<String>> problem) {
        Validator<String> validator = (control, text) -> problem.apply(text == null ? "" : text)
                .map(message -> ValidationResult.fromError(control, message))
                .orElseGet(ValidationResult::new);
        support.registerValidator(field, false, validator);
        return this;
    }

    /**
     * True while a check fails. The checks run just after a change (ControlsFX validates through runLater), so
     * a button that must never act on a blank field also binds to the field itself.
     */
    public BooleanExpression invalid() {
        return BooleanExpression.booleanExpression(support.invalidProperty());
    }

    /** Shows the first problem in {@code label}, hiding the label while there is none. */
    public void report(Label label) {
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            ValidationResult result = support.getValidationResult();
            return result == null ? "" : result.getErrors().stream().findFirst().map(ValidationMessage::getText)
                    .orElse("");
        }, support.validationResultProperty()));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.getStyleClass().add(Styles.DANGER);
    }

    /** The theme's danger state on the field, with the problem as tooltip and accessible help. */
    private static final class DangerOutline implements ValidationDecoration {
        @Override
        public void removeDecorations(Control target) {
            target.pseudoClassStateChanged(Styles.STATE_DANGER, false);
            target.setAccessibleHelp(null);
            Object own = target.getProperties().remove(OWN_TOOLTIP);
            if (own != null && target.getTooltip() == own) {
                target.setTooltip(null);
            }
        }

        @Override
        public void applyValidationDecoration(ValidationMessage message) {
            if (message.getSeverity() != Severity.ERROR) {
                return;
            }
            Control target = message.getTarget();
            target.pseudoClassStateChanged(Styles.STATE_DANGER, true);
            target.setAccessibleHelp(message.getText());
            // A field's own tooltip stays; only one we put there is replaced.
            if (target.getTooltip() == null || target.getTooltip() == target.getProperties().get(OWN_TOOLTIP)) {
                Tooltip tip = new Tooltip(message.getText());
                target.getProperties().put(OWN_TOOLTIP, tip);
                target.setTooltip(tip);
            }
        }

        @Override
        public void applyRequiredDecoration(Control target) {
            // Every field we check is required by its form's wording; no extra mark.
        }
    }
}

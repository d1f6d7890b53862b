package org.journeystudio.ui.home;

import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.journeystudio.i18n.Messages;
import org.journeystudio.store.TemplateInfo;
import org.journeystudio.ui.Dialogs;
import org.journeystudio.ui.FormChecks;
import org.journeystudio.ui.Views;

/** Asks which template a new project starts from and what it is called. */
public final class NewProjectDialog {

    /** The user's answer. */
    public record Choice(TemplateInfo template, String title) {
    }

    @FXML
    private ListView<TemplateInfo> templateList;
    @FXML
    private TextField titleField;
    @FXML
    private Label titleProblem;

    private final List<TemplateInfo> templates;
    private final TemplateInfo preselected;
    private boolean titleTyped;
    private boolean suggesting;

    private NewProjectDialog(List<TemplateInfo> templates, TemplateInfo preselected) {
        this.templates = templates;
        this.preselected = preselected;
    }

    /** Shows the dialog; empty when cancelled. {@code preselected} may be null (then the first template). */
    public static Optional<Choice> show(Window owner, List<TemplateInfo> templates, TemplateInfo preselected) {
        NewProjectDialog form = new NewProjectDialog(templates, preselected);
        Node content = Views.load(form);
        Dialog<Choice> dialog = new Dialog<>();
        dialog.setTitle(Messages.text("home.newProject"));
        dialog.setHeaderText(Messages.text("home.startANewJourneyMap"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType create = new ButtonType(Messages.text("home.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("newProjectDialog");
        Dialogs.themed(dialog.getDialogPane());
        Node createButton = dialog.getDialogPane().lookupButton(create);
        createButton.setId("createProjectButton");
        FormChecks checks = new FormChecks().required(form.titleField, Messages.text("home.giveTheProjectATitle"));
        checks.report(form.titleProblem);
        createButton.disableProperty().bind(form.templateList.getSelectionModel().selectedItemProperty().isNull()
                .or(checks.invalid()).or(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> form.titleField.getText().isBlank(), form.titleField.textProperty())));
        dialog.setResultConverter(button -> button == create
                ? new Choice(form.templateList.getSelectionModel().getSelectedItem(), form.titleField.getText().strip())
                : null);
        dialog.setOnShown(e -> form.titleField.requestFocus());
        return dialog.showAndWait();
    }

    @FXML
    private void initialize() {
        templateList.getItems().setAll(templates);
        templateList.setCellFactory(list -> new TemplateCell());
        templateList.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> suggestTitle(chosen));
        titleField.textProperty().addListener((obs, old, text) -> {
            if (!suggesting) {
                titleTyped = !text.isBlank();
            }
        });
        TemplateInfo first = preselected != null ? preselected : templates.isEmpty() ? null : templates.get(0);
        templateList.getSelectionModel().select(first);
        templateList.scrollTo(first);
    }

    /** Names the project after its template until the user types a title of their own. */
    private void suggestTitle(TemplateInfo chosen) {
        if (titleTyped || chosen == null) {
            return;
        }
        suggesting = true;
        titleField.setText(isBlankTemplate(chosen) ? Messages.text("home.untitledJourney") : chosen.name());
        titleField.selectAll();
        suggesting = false;
    }

    private static boolean isBlankTemplate(TemplateInfo template) {
        return template.name().equalsIgnoreCase("Blank") || template.id().equalsIgnoreCase("blank");
    }

    /** A template with its description under its name. */
    private static final class TemplateCell extends ListCell<TemplateInfo> {
        @Override
        protected void updateItem(TemplateInfo template, boolean empty) {
            super.updateItem(template, empty);
            if (empty || template == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(template.name());
            name.getStyleClass().add(HomeStyles.TEMPLATE_NAME);
            Label description = new Label(template.description());
            description.getStyleClass().addAll(HomeStyles.TEMPLATE_DESCRIPTION, HomeStyles.TEXT_MUTED);
            description.setWrapText(true);
            // Wrap within the list's width rather than widen the cell and scroll sideways.
            description.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
            description.setMinHeight(Region.USE_PREF_SIZE);
            VBox box = new VBox(2, name, description);
            setGraphic(box);
            setText(null);
            setId("template-" + template.id());
        }
    }
}

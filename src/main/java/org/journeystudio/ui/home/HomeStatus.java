package org.journeystudio.ui.home;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.journeystudio.i18n.Messages;
import org.journeystudio.ui.BackgroundWork;

/**
 * The home screen's status bar: the running task with its progress and cancel link, else the outcome of the
 * last action, else a hint at what can be done here. The outcome stays until the next one, so it can still be
 * read after looking away (the reason it is not a notification that fades).
 */
final class HomeStatus {

    private final BackgroundWork work;
    private final BooleanExpression libraryEmpty;
    private final StringProperty lastAction = new SimpleStringProperty("");

    HomeStatus(BackgroundWork work, BooleanExpression libraryEmpty) {
        this.work = work;
        this.libraryEmpty = libraryEmpty;
    }

    /** Makes {@code text} say the status, and shows {@code whileBusy} (progress, cancel) only while a task runs. */
    void show(Label text, Node... whileBusy) {
        for (Node node : whileBusy) {
            node.visibleProperty().bind(work.busyProperty());
            node.managedProperty().bind(work.busyProperty());
        }
        text.textProperty().bind(Bindings.createStringBinding(this::status, work.busyProperty(),
                work.messageProperty(), lastAction, libraryEmpty));
    }

    /** Records the outcome of an action, e.g. "Deleted 'Shop'". */
    void said(String outcome) {
        lastAction.set(outcome);
    }

    private String status() {
        if (work.busyProperty().get()) {
            return work.messageProperty().get();
        }
        if (!lastAction.get().isEmpty()) {
            return lastAction.get();
        }
        return Messages.text(libraryEmpty.get() ? "home.hintEmpty" : "home.hintList");
    }
}

package org.journeystudio.ui.canvas;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.editing.EditActions;
import org.journeystudio.editing.KeyboardPath;
import org.journeystudio.editing.KeyboardPath.Step;
import org.journeystudio.editing.SelectedIds;
import org.journeystudio.editing.SpokenMap;
import org.journeystudio.i18n.Messages;
import org.journeystudio.ui.session.EditorSession;

/**
 * The canvas's keys for working without a mouse, beside the moves of the selection that {@link CanvasPanel}
 * has: Ctrl+arrows move the selected cards a cell, digits rate them, + and − change the feeling, Insert or N
 * adds a card, ? shows the shortcuts. The card the keys work from wears a focus ring while the canvas has the
 * keyboard, and the canvas tells a screen reader that card in words.
 */
final class CanvasKeys {
    private static final PseudoClass FOCUS_RING = PseudoClass.getPseudoClass("key-focus");

    private final JourneyCanvas canvas;
    private final EditorSession session;
    private final EditActions actions;
    private final Consumer<SelectedIds> created;
    private final Consumer<String> reveal;
    private Runnable onShortcuts = () -> { };
    private Node ringed;

    /**
     * @param created selects a new card and opens its title for typing
     * @param reveal  scrolls a card into view
     */
    CanvasKeys(JourneyCanvas canvas, EditorSession session, EditActions actions, Consumer<SelectedIds> created,
               Consumer<String> reveal) {
        this.canvas = canvas;
        this.session = session;
        this.actions = actions;
        this.created = created;
        this.reveal = reveal;
        Pane view = canvas.view();
        view.getStylesheets().add(CanvasKeys.class.getResource("canvas-keys.css").toExternalForm());
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        view.addEventHandler(KeyEvent.KEY_TYPED, this::typed);
        view.setAccessibleRoleDescription(Messages.text("access.canvasRole"));
        view.setAccessibleHelp(Messages.text("access.cardHelp"));
        view.focusedProperty().addListener((o, was, now) -> showFocus());
        session.selection().touchpointIds().addListener((ListChangeListener<String>) c -> showFocus());
        // After the panel's own listener has redrawn the cards (it is built first).
        session.lastChangeProperty().addListener((o, was, now) -> showFocus());
        showFocus();
    }

    /** What ? does: the editor shows its shortcuts sheet. */
    void onShortcuts(Runnable action) {
        onShortcuts = action;
    }

    private void pressed(KeyEvent e) {
        if (!canvas.view().isFocused() || e.isConsumed() || e.isAltDown()) {
            return;
        }
        KeyCode code = e.getCode();
        List<String> cards = List.copyOf(session.selection().touchpointIds());
        String focused = session.selection().ids().latestCard();
        if (e.isShortcutDown()) {
            Step step = switch (code) {
                case LEFT -> Step.LEFT;
                case RIGHT -> Step.RIGHT;
                case UP -> Step.UP;
                case DOWN -> Step.DOWN;
                default -> null;
            };
            if (step != null && focused != null) {
                run(() -> KeyboardPath.move(session.map(), cards, focused, step));
                reveal.accept(focused);
                e.consume();
            }
            return;
        }
        if (code == KeyCode.INSERT || (code == KeyCode.N && !e.isShiftDown())) {
            session.attempt(() -> actions.addCard(session.selection().ids())).ifPresent(created);
            e.consume();
        } else if (code.isDigitKey() && !cards.isEmpty()) {
            int digit = code.getName().charAt(code.getName().length() - 1) - '0'; // "5", "Numpad 5"
            run(() -> KeyboardPath.rate(session.map(), cards, digit));
            e.consume();
        }
    }

    /** Characters that depend on the keyboard's layout: ? for the sheet, + and − for the feeling. */
    private void typed(KeyEvent e) {
        if (!canvas.view().isFocused() || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        List<String> cards = List.copyOf(session.selection().touchpointIds());
        switch (e.getCharacter()) {
            case "?" -> onShortcuts.run();
            case "+" -> run(() -> KeyboardPath.feel(session.map(), cards, 1));
            case "-", "−" -> run(() -> KeyboardPath.feel(session.map(), cards, -1));
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** One key, one undo step; the status line says what it did or why it could not. */
    private void run(Supplier<Optional<MapCommand>> command) {
        session.attempt(() -> {
            try {
                return command.get().filter(session::execute);
            } catch (IllegalStateException refused) {
                session.warn(refused.getMessage());
                return Optional.empty();
            }
        });
    }

    /** The ring on the card the keys work from, while the canvas has the keyboard; its name for screen readers. */
    private void showFocus() {
        if (ringed != null) {
            ringed.pseudoClassStateChanged(FOCUS_RING, false);
            ringed = null;
        }
        String focused = session.selection().ids().latestCard();
        Optional<Node> card = focused == null ? Optional.empty() : canvas.cardNode(focused);
        if (canvas.view().isFocused() && card.isPresent()) {
            ringed = card.get();
            ringed.pseudoClassStateChanged(FOCUS_RING, true);
        }
        canvas.view().setAccessibleText(Optional.ofNullable(focused).flatMap(session.map()::touchpoint)
                .map(t -> SpokenMap.card(session.map(), t))
                .orElseGet(() -> Messages.text("access.canvas", session.map().title())));
    }
}

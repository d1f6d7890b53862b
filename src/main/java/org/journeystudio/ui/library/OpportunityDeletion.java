package org.journeystudio.ui.library;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.RemoveOpportunity;
import org.journeystudio.editing.Backlog;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.SharedKind;
import org.journeystudio.ui.Dialogs;
import org.journeystudio.usecase.SharedLibrary;

/**
 * Deleting an opportunity from the action plan with its links to every card, as one undo step: the same flow for
 * the backlog window and the inspector. One linked to several cards asks first; a shared one asks whether to
 * delete it here or in every journey ({@link SharedRemoval}).
 */
public final class OpportunityDeletion {
    private OpportunityDeletion() {
    }

    /**
     * Deletes {@code opportunity} from {@code map} by handing one {@link RemoveOpportunity} to {@code step} once the
     * user agrees; a failure in the other journeys goes to {@code problem}.
     */
    public static void delete(Window owner, Optional<SharedLibrary> library, JourneyMap map, Opportunity opportunity,
                              Consumer<MapCommand> step, Consumer<String> problem) {
        Optional<SharedRemoval.Item> shared = Optional.ofNullable(opportunity.sharedId())
                .map(id -> new SharedRemoval.Item(SharedKind.OPPORTUNITY, id, opportunity.title()));
        SharedRemoval.remove(owner, library, map.id(), shared, () -> confirm(owner, map, opportunity),
                () -> step.accept(RemoveOpportunity.of(map, opportunity.id())), problem);
    }

    /** True at once for an opportunity on at most one card; otherwise when the user confirms. */
    private static boolean confirm(Window owner, JourneyMap map, Opportunity opportunity) {
        int cards = Backlog.cardsLinkedTo(map, opportunity.id());
        return cards < 2 || Dialogs.confirm(owner, Messages.text("backlog.deleteQuestion", opportunity.title()),
                Messages.text("backlog.deleteLinked", cards), Messages.text("backlog.delete"));
    }
}

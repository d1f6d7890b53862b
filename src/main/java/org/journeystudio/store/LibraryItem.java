package org.journeystudio.store;

import org.journeystudio.model.SharedKind;

/**
 * One use of a persona, pain point or opportunity in a project of the library, as the Library view lists it.
 *
 * @param id       the persona's or opportunity's id; for a pain point, the id of its card
 * @param position a pain point's place among its card's pain points (from 0); -1 for the other kinds
 * @param text     the persona's name, the pain point's text, the opportunity's title
 * @param card     the title of a pain point's card; empty for the other kinds
 * @param sharedId the shared item this is one use of, or {@code null} when it belongs to its project alone
 */
public record LibraryItem(SharedKind kind, String projectId, String projectTitle, String id, int position,
                          String text, String card, String sharedId) {
    /** Whether this and {@code other} are the same use (the same row). */
    public boolean sameUse(LibraryItem other) {
        return kind == other.kind && projectId.equals(other.projectId) && id.equals(other.id)
                && position == other.position;
    }
}

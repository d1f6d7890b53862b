package org.journeystudio.editing;

import java.util.List;

/**
 * What is selected in the editor, as ids: touchpoint cards in the order they were picked, or one stage, or
 * nothing. A value, so the editor's actions can take one and hand back the next without any view.
 *
 * @param touchpointIds the selected cards, the latest picked last; empty when a stage or nothing is selected
 * @param stageId the selected stage, or null
 */
public record SelectedIds(List<String> touchpointIds, String stageId) {
    public static final SelectedIds NONE = new SelectedIds(List.of(), null);

    public SelectedIds {
        touchpointIds = List.copyOf(touchpointIds);
        if (!touchpointIds.isEmpty() && stageId != null) {
            throw new IllegalArgumentException("Cards and a stage cannot be selected together");
        }
    }

    public static SelectedIds cards(List<String> touchpointIds) {
        return new SelectedIds(touchpointIds, null);
    }

    public static SelectedIds stage(String stageId) {
        return new SelectedIds(List.of(), stageId);
    }

    public boolean hasCards() {
        return !touchpointIds.isEmpty();
    }

    /** The card picked last (where keys move from and new cards go after), or null. */
    public String latestCard() {
        return touchpointIds.isEmpty() ? null : touchpointIds.get(touchpointIds.size() - 1);
    }
}

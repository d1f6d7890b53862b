package org.journeystudio.workshop;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which stages are open for voting, and the session call that opens or closes one stage while the others stay
 * as they are. Opening the last closed stage becomes "open all" (so stages added later are open too); closing
 * the last open one becomes "close voting".
 */
public final class StageVoting {
    private StageVoting() {
    }

    /** The stages open in {@code state}, out of {@code stageIds} (the map's stages in order). */
    public static Set<String> open(WorkshopState state, List<String> stageIds) {
        if (state.allOpen()) {
            return new LinkedHashSet<>(stageIds);
        }
        Set<String> open = new LinkedHashSet<>();
        for (String id : stageIds) {
            if (state.openStageIds().contains(id)) {
                open.add(id);
            }
        }
        return open;
    }

    /** Opens ({@code open}) or closes one stage, leaving the others as {@code state} has them. */
    public static void set(WorkshopSession session, WorkshopState state, List<String> stageIds, String stageId,
                    boolean open) {
        Set<String> wanted = open(state, stageIds);
        if (open) {
            wanted.add(stageId);
        } else {
            wanted.remove(stageId);
        }
        if (wanted.isEmpty()) {
            session.closeVoting();
        } else if (wanted.containsAll(stageIds)) {
            session.openAllVoting();
        } else {
            session.openVoting(Set.copyOf(wanted));
        }
    }

    /** Opens only the stage after the last open one (the first when none is open or the last was): one at a time. */
    public static String next(WorkshopState state, List<String> stageIds) {
        Set<String> open = open(state, stageIds);
        if (open.isEmpty() || open.size() == stageIds.size()) {
            return stageIds.get(0);
        }
        int last = -1;
        for (int i = 0; i < stageIds.size(); i++) {
            if (open.contains(stageIds.get(i))) {
                last = i;
            }
        }
        return stageIds.get((last + 1) % stageIds.size());
    }
}

package org.journeystudio.workshop;

import java.util.Set;

/** Which stages take answers and whether results are shown: replaced whole, so readers never see half a change. */
record Voting(Set<String> openStageIds, boolean allOpen, boolean revealed, boolean ended) {
    Voting {
        openStageIds = Set.copyOf(openStageIds);
    }

    boolean isOpen(String stageId) {
        return !ended && (allOpen || openStageIds.contains(stageId));
    }
}

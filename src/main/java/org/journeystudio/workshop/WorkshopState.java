package org.journeystudio.workshop;

import java.util.List;
import java.util.Set;
import org.journeystudio.store.ResponseCounts;

/**
 * A snapshot of a workshop session.
 *
 * @param participants  how many participants have joined with the PIN
 * @param openStageIds  the stages whose touchpoints can be rated now (every stage when {@code allOpen})
 * @param allOpen       whether voting is open on every stage
 * @param revealed      whether results are shown
 * @param touchpointIds the rated touchpoints: the map's customer touchpoints in journey order; these are the
 *                      rating columns of {@code counts}
 * @param counts        answers per segment (labels are the map's segment ids; participants who chose no segment
 *                      count under {@link #NO_SEGMENT}) per touchpoint per value, on the map's rating scale
 * @param comments      the comments not removed, oldest first
 * @param ended         whether the session has ended
 */
public record WorkshopState(int participants, Set<String> openStageIds, boolean allOpen, boolean revealed,
                            List<String> touchpointIds, ResponseCounts counts, List<LiveComment> comments,
                            boolean ended) {
    /** The label under which participants who picked no segment are counted. */
    public static final String NO_SEGMENT = "";

    public WorkshopState {
        openStageIds = Set.copyOf(openStageIds);
        touchpointIds = List.copyOf(touchpointIds);
        comments = List.copyOf(comments);
    }
}

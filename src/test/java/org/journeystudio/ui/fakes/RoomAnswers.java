package org.journeystudio.ui.fakes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.ResponseCounts;
import org.journeystudio.workshop.LiveComment;
import org.journeystudio.workshop.WorkshopState;

/**
 * Builds the counts a workshop state carries: how many people of a segment gave a value to a touchpoint, on the
 * 1-5 scale every sample map and template uses.
 */
public final class RoomAnswers {
    private static final AnswerScale SCALE = AnswerScale.of(RatingScale.ONE_TO_FIVE);

    private final int touchpoints;
    private final Map<String, long[]> bySegment = new LinkedHashMap<>();

    public RoomAnswers(int touchpoints) {
        this.touchpoints = touchpoints;
    }

    /** {@code n} more people of {@code segment} gave {@code value} to the touchpoint at {@code index}. */
    public RoomAnswers add(String segment, int index, int value, long n) {
        bySegment.computeIfAbsent(segment, s -> new long[touchpoints * ResponseCounts.VALUES])
                [index * ResponseCounts.VALUES + value] += n;
        return this;
    }

    /** The counts, labels sorted as the library returns them. */
    public ResponseCounts counts() {
        List<String> labels = new ArrayList<>(bySegment.keySet());
        labels.sort(null);
        return ResponseCounts.fromValues(labels, Collections.nCopies(touchpoints, SCALE),
                labels.stream().map(bySegment::get).toList());
    }

    /** A live workshop state over {@code map}: every customer touchpoint open, these counts and comments. */
    public static WorkshopState state(JourneyMap map, int participants, ResponseCounts counts, boolean revealed,
                                      List<LiveComment> comments) {
        List<String> ids = map.customerTouchpoints().stream().map(Touchpoint::id).toList();
        return new WorkshopState(participants, Set.of(), true, revealed, ids, counts, comments, false);
    }
}

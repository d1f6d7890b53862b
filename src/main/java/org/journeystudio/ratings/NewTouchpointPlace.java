package org.journeystudio.ratings;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.Stage;

/**
 * Where a rating column's new touchpoint goes on the map: a stage and a card lane.
 *
 * @param stageId the stage (column) of the new card
 * @param laneId  the lane (row) that holds it
 */
public record NewTouchpointPlace(String stageId, String laneId) {

    /**
     * The place a column's new touchpoint is first offered: the stage whose name the column's header names
     * ("Rate the airport check-in" → Airport; the longest such name wins), else the map's last stage (a survey
     * is mostly answered after the journey); the map's first customer-facing card lane. Null when the map has no
     * stage or no card lane.
     */
    public static NewTouchpointPlace proposed(String columnName, JourneyMap map) {
        List<Lane> lanes = cardLanes(map);
        if (map.stages().isEmpty() || lanes.isEmpty()) {
            return null;
        }
        Set<String> header = TouchpointMatcher.words(columnName);
        String compactHeader = TouchpointMatcher.compact(columnName);
        Stage named = null;
        for (Stage stage : map.stages()) {
            Set<String> name = TouchpointMatcher.words(stage.name());
            String compactName = TouchpointMatcher.compact(stage.name());
            boolean inHeader = !name.isEmpty() && header.containsAll(name)
                    || compactName.length() > 3 && compactHeader.contains(compactName);
            if (inHeader && (named == null || stage.name().length() > named.name().length())) {
                named = stage;
            }
        }
        Stage stage = named != null ? named : map.stages().get(map.stages().size() - 1);
        return new NewTouchpointPlace(stage.id(), lanes.get(0).id());
    }

    /** The lanes a new touchpoint may go into: customer-facing card lanes first, then the other card lanes. */
    public static List<Lane> cardLanes(JourneyMap map) {
        List<Lane> facing = map.lanes().stream().filter(l -> l.kind().isCustomerFacing())
                .sorted((a, b) -> Boolean.compare(b.kind() == LaneKind.TOUCHPOINTS, a.kind() == LaneKind.TOUCHPOINTS))
                .toList();
        List<Lane> others = map.lanes().stream().filter(l -> l.kind().holdsCards() && !l.kind().isCustomerFacing())
                .toList();
        return Stream.concat(facing.stream(), others.stream()).toList();
    }

    /** This place with another stage. */
    public NewTouchpointPlace inStage(String newStageId) {
        return new NewTouchpointPlace(newStageId, laneId);
    }

    /** This place with another lane. */
    public NewTouchpointPlace inLane(String newLaneId) {
        return new NewTouchpointPlace(stageId, newLaneId);
    }
}

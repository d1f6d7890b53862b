package org.journeystudio.ratings;

import java.util.List;

/**
 * A committed survey import, as the wizard hands it on.
 *
 * @param importId      the import's id in the library
 * @param plan          what was imported
 * @param crossed       true when the first two kept segment columns are to be shown crossed
 * @param touchpointIds per rating column, the touchpoint it rates (existing, or new ids to create)
 * @param newStageId    the stage for touchpoints still to be created, or null
 */
public record SurveyImported(long importId, SurveyImportPlan plan, boolean crossed, List<String> touchpointIds,
                             String newStageId) {
    public SurveyImported {
        touchpointIds = List.copyOf(touchpointIds);
    }
}

package org.journeystudio.ratings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A committed survey import, as the wizard hands it on.
 *
 * @param importId      the import's id in the library
 * @param plan          what was imported
 * @param crossed       true when the first two kept segment columns are to be shown crossed
 * @param touchpointIds per rating column, the touchpoint it rates (existing, or new ids to create)
 * @param places        per rating column, where its touchpoint goes if it is still to be created (null entries:
 *                      where proposed)
 */
public record SurveyImported(long importId, SurveyImportPlan plan, boolean crossed, List<String> touchpointIds,
                             List<NewTouchpointPlace> places) {
    public SurveyImported {
        touchpointIds = List.copyOf(touchpointIds);
        places = Collections.unmodifiableList(new ArrayList<>(places));
    }
}

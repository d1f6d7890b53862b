package org.journeystudio.store;

import java.util.List;
import java.util.Map;

/** Where the library keeps the origin of each rating (the {@code rating_origin} table) and the imports' file names. */
public interface RatingOriginStore {

    /** Where each rated (touchpoint, segment) of a project came from, as recorded. */
    List<RatingOrigin> origins(String projectId);

    /** Records {@code recorded} (replacing what a (touchpoint, segment) had) and removes {@code forgotten}, in one step. */
    void updateOrigins(String projectId, List<RatingOrigin> recorded, List<RatingOrigin> forgotten);

    /** The file name of each survey import of a project, by import id. */
    Map<Long, String> importNames(String projectId);
}

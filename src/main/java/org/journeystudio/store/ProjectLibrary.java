package org.journeystudio.store;

import java.util.List;
import java.util.Optional;
import org.journeystudio.model.JourneyMap;

/**
 * All of a user's journey-map projects. Every call is one transaction: it happens whole or not at all.
 * There is no save button; callers hand each committed edit to {@link #save}.
 */
public interface ProjectLibrary extends AutoCloseable {

    /** Projects, most recently modified first. */
    List<ProjectSummary> list();

    /** Stores a new project; fails if its id is taken or the map is invalid. */
    void create(JourneyMap map);

    Optional<JourneyMap> load(String projectId);

    /**
     * Writes what changed since the stored version of the same project (incremental, one transaction) and, when
     * anything did, stamps the project as modified now: the map's own {@code modified} is not trusted for that.
     */
    void save(JourneyMap map);

    void rename(String projectId, String newTitle);

    /** Copies a project under a new id and title and returns the copy. */
    JourneyMap duplicate(String projectId, String newTitle);

    void delete(String projectId);

    /** Where this library keeps the origin of ratings; empty for a library that keeps none. */
    default Optional<RatingOriginStore> ratingOrigins() {
        return Optional.empty();
    }

    /** The survey responses this library keeps; empty for a library that keeps none. */
    default Optional<SurveyResponses> surveys() {
        return Optional.empty();
    }

    /** Where this library keeps named versions of its projects; empty when it keeps none. */
    default Optional<ProjectVersions> versions() {
        return Optional.empty();
    }

    /** The personas, pain points and opportunities its projects share; empty for a library that shares none. */
    default Optional<SharedItems> sharedItems() {
        return Optional.empty();
    }

    /** The workshop sessions this library keeps with its projects; empty for a library that keeps none. */
    default Optional<WorkshopHistory> workshopHistory() {
        return Optional.empty();
    }

    /** Where the home list's map pictures are kept between starts; none for a library without a folder. */
    default Optional<ThumbnailCache> thumbnailCache() {
        return Optional.empty();
    }

    /**
     * Where the library is, as its user names it in messages and on the home screen: the folder of a local library,
     * the {@code postgresql://host:port/database} of a team library (never with a password).
     */
    String location();

    /** False while a library opened in the background ({@link OpeningLibrary}) is not open yet. */
    default boolean isOpen() {
        return true;
    }

    /** Runs {@code then} once the library is open: at once when it is, else on the thread that opened it. */
    default void whenOpen(Runnable then) {
        then.run();
    }

    @Override
    void close();
}

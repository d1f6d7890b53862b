package org.journeystudio.usecase;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.ratings.ImportCounts;
import org.journeystudio.ratings.NewTouchpointPlace;
import org.journeystudio.ratings.RatingsToMap;
import org.journeystudio.ratings.SegmentHeatmap;
import org.journeystudio.ratings.SurveyImportPlan;
import org.journeystudio.ratings.SurveyImports;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.RatingOrigin;
import org.journeystudio.store.RatingSource;
import org.journeystudio.store.StoredImport;
import org.journeystudio.store.SurveyResponses;
import org.journeystudio.survey.HeatmapOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a survey export into a project: the respondents are stored, and each touchpoint's satisfaction per
 * segment is set to the imported mean (segments and touchpoints the map lacks are added). The wizard runs the
 * two halves apart, so the ratings become an undoable edit of the open map; the command line runs them together
 * with {@link #importInto}.
 */
public final class ImportSurveyIntoProject {
    private static final Logger LOG = LoggerFactory.getLogger(ImportSurveyIntoProject.class);
    private final ProjectLibrary library;
    private final SurveyResponses responses;
    private final Clock clock;

    /**
     * What to import.
     *
     * @param plan          the file and its columns, as settled in the wizard or on the command line
     * @param touchpointIds per rating column, the touchpoint it rates (an id the map lacks becomes a new card)
     * @param places        per rating column, where its new card goes when it rates none of the map's (a null
     *                      entry: the place proposed for the column's name)
     * @param crossed       whether the heatmap crosses the first two segment columns
     * @param skipBadRows   import the readable rows when some cannot be read (otherwise the import is refused)
     */
    public record Request(SurveyImportPlan plan, List<String> touchpointIds, List<NewTouchpointPlace> places,
                          boolean crossed, boolean skipBadRows) {
        public Request {
            // Not List.copyOf, which refuses null: a column the library keeps without a touchpoint has none.
            touchpointIds = Collections.unmodifiableList(new ArrayList<>(touchpointIds));
            places = Collections.unmodifiableList(new ArrayList<>(places));
        }
    }

    /**
     * What an import puts into a map.
     *
     * @param stored  the stored import
     * @param heatmap its cells per segment
     * @param edit    the edit that writes the means into the map (its command is null when nothing changes)
     * @param origins where each written rating came from
     */
    public record MapRatings(StoredImport stored, SegmentHeatmap heatmap, RatingsToMap edit, List<RatingOrigin> origins) {
    }

    /** @throws LibraryException when the library keeps no survey responses */
    public ImportSurveyIntoProject(ProjectLibrary library, Clock clock) {
        this.library = library;
        this.responses = library.surveys().orElseThrow(() -> new LibraryException(
                "The library " + library.location() + " cannot keep survey responses."));
        this.clock = clock;
    }

    /**
     * Stores the file's respondents for {@code projectId} in one transaction and returns the import's id; a
     * cancel or a failure stores nothing. Reads the whole file: run it off the UI thread.
     */
    public long storeResponses(String projectId, Request request, LongConsumer progress, BooleanSupplier cancelled) {
        long importId = SurveyImports.run(responses, projectId, request.plan(), request.touchpointIds(), clock,
                request.skipBadRows(), progress, cancelled);
        // The file and the counts only: never a respondent's answers.
        LOG.info("Survey {} imported into project {} as import {} ({} rating columns)",
                request.plan().format().source(), projectId, importId, request.touchpointIds().size());
        return importId;
    }

    /** The heatmap of a stored import and the edit that writes its means into {@code map}. */
    public MapRatings ratingsFor(JourneyMap map, long importId, boolean crossed, List<NewTouchpointPlace> places) {
        StoredImport stored = responses.imports(map.id()).stream().filter(i -> i.id() == importId).findFirst()
                .orElseThrow(() -> new LibraryException(Messages.text("projects.importGone", importId,
                        library.location())));
        SegmentHeatmap heatmap = SegmentHeatmap.of(ImportCounts.of(responses).read(importId, 0, crossed ? 1 : -1),
                stored.ratingColumns(), HeatmapOptions.DEFAULT_LOW_N);
        return ratingsFor(map, stored, heatmap, places);
    }

    /**
     * The edit that writes {@code heatmap}'s means (as shown, possibly for other segments) into {@code map}; a
     * rating column's touchpoint the map lacks is added at its place in {@code places} (null: where proposed).
     */
    public MapRatings ratingsFor(JourneyMap map, StoredImport stored, SegmentHeatmap heatmap,
                                 List<NewTouchpointPlace> places) {
        List<String> ids = stored.ratingColumns().stream().map(c -> c.touchpointId()).toList();
        RatingsToMap edit = RatingsToMap.of(map, heatmap, ids, places);
        List<RatingOrigin> origins = new ArrayList<>();
        if (edit.command() != null) {
            for (String touchpoint : edit.touchpointIds()) {
                for (String segment : edit.segmentIds().values()) {
                    origins.add(new RatingOrigin(touchpoint, segment, RatingSource.IMPORTED, clock.instant(),
                            stored.id()));
                }
            }
        }
        return new MapRatings(stored, heatmap, edit, origins);
    }

    /** Records where the ratings of an edit the user ran came from (the wizard's half after the map edit). */
    public void recordOrigins(JourneyMap map, MapRatings ratings) {
        responses.recordOrigins(map.id(), ratings.origins());
    }

    /**
     * The whole import into a stored project as one transaction: the respondents, the ratings and their origins
     * are stored together or not at all, so a failure, or a process killed half-way, leaves the library as it was.
     * The map as it was before is kept as an automatic version (in the same transaction). Returns the project as
     * saved.
     */
    public JourneyMap importInto(String projectId, Request request, LongConsumer progress, BooleanSupplier cancelled) {
        return responses.allOrNothing(Messages.text("storage.action.importSurveyInto", projectId), () -> {
            JourneyMap map = library.load(projectId).orElseThrow(() -> new LibraryException(
                    Messages.text("projects.noProjectWithId", projectId, library.location())));
            long importId = storeResponses(projectId, request, progress, cancelled);
            MapRatings ratings = ratingsFor(map, importId, request.crossed(), request.places());
            JourneyMap rated = ratings.edit().command() == null ? map : ratings.edit().command().apply(map);
            if (!rated.equals(map)) {
                new SaveVersion(library).before(map, SaveVersion.BEFORE_SURVEY_IMPORT);
            }
            responses.saveRatings(rated, ratings.origins());
            return rated;
        });
    }
}

package org.journeystudio.usecase;

import java.util.List;
import java.util.Optional;
import org.journeystudio.ratings.ImportCounts;
import org.journeystudio.ratings.SegmentHeatmap;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.StoredImport;
import org.journeystudio.store.SurveyResponses;
import org.journeystudio.survey.HeatmapOptions;

/**
 * What the canvas's satisfaction colours say about the survey behind them: the scale of the project's latest
 * import and how many of its answers were not applicable, e.g. "pulse.csv: Scale 1-4 · Never … Often · not
 * applicable: 12 answers". Reads the library's small count table, not the responses.
 */
public final class SurveyScaleNote {
    private final ProjectLibrary library;

    public SurveyScaleNote(ProjectLibrary library) {
        this.library = library;
    }

    /** The note for {@code projectId}'s latest survey import, or empty when it has none (or no survey store). */
    public Optional<String> latest(String projectId) {
        Optional<SurveyResponses> responses = library.surveys();
        if (responses.isEmpty()) {
            return Optional.empty();
        }
        List<StoredImport> imports = responses.get().imports(projectId);
        if (imports.isEmpty()) {
            return Optional.empty();
        }
        StoredImport latest = imports.get(imports.size() - 1);
        SegmentHeatmap heatmap = SegmentHeatmap.of(ImportCounts.of(responses.get()).read(latest.id(), 0, -1),
                latest.ratingColumns(), HeatmapOptions.DEFAULT_LOW_N);
        return Optional.of(latest.header().fileName() + ": " + heatmap.scaleNote());
    }
}

package org.journeystudio.usecase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.KeptVersion;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.store.RatingOrigin;
import org.journeystudio.store.ResponseImport;
import org.journeystudio.store.ResponseSink;
import org.journeystudio.store.StoredImport;
import org.journeystudio.store.SurveyResponses;
import org.journeystudio.store.WorkshopHistory;
import org.journeystudio.store.WorkshopRecord;

/**
 * Copies a project from one library to another (the laptop's and the team's, either way): the map with its
 * scenarios, segments and personas, its named versions, its survey imports with every respondent, where its
 * ratings came from, and its workshop sessions. Everything is written in one transaction on the target, so a
 * failure, a cancel or a killed process leaves the target without any part of the project.
 *
 * <p>The map's element ids are kept (they are unique within a project only), so imports, rating origins and
 * workshop answers still point at the right touchpoints and segments; the project gets a new id only when the
 * target already has one with its id. Workshop sessions, participants and comments get new ids, which are unique
 * across a whole library, so that a project copied back and forth never clashes with its earlier self.
 */
public final class CopyProject {
    private static final int CANCEL_CHECK_RESPONDENTS = 4096;

    private final ProjectLibrary from;
    private final ProjectLibrary to;

    public CopyProject(ProjectLibrary from, ProjectLibrary to) {
        this.from = from;
        this.to = to;
    }

    /** What a copy stored in the target library. */
    public record Copied(JourneyMap map, int versions, int surveyImports, long respondents, int workshopSessions) {
    }

    /** The target already has a project with the title the copy would get: nothing was written. */
    public static final class NameTakenException extends LibraryException {
        private static final long serialVersionUID = 1L;
        private final String title;

        NameTakenException(String title, String library) {
            super(Messages.text("projects.copyTitleTaken", library, title));
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /**
     * Copies the project {@code projectId} under {@code newTitle} (null keeps its title); a title the target
     * already has (ignoring case) is refused with {@link NameTakenException}. {@code progress} hears each part
     * and may cancel, which rolls the target back whole.
     */
    public Copied copy(String projectId, String newTitle, WorkProgress progress) {
        if (from.location().equals(to.location())) {
            throw new LibraryException(Messages.text("projects.alreadyThere", to.location()));
        }
        JourneyMap original = from.load(projectId).orElseThrow(() -> new LibraryException(
                Messages.text("projects.noProjectWithId", projectId, from.location())));
        String title = newTitle == null || newTitle.isBlank() ? original.title() : newTitle.strip();
        requireFreeTitle(title);
        String id = to.load(projectId).isPresent() ? Ids.next("map") : projectId;
        JourneyMap map = original.withId(id).withTitle(title);
        SurveyResponses target = to.surveys().orElseThrow(() -> new LibraryException(
                Messages.text("projects.cannotKeepSurveys", to.location())));
        return target.allOrNothing(Messages.text("storage.action.copyProject", original.title(), to.location()),
                () -> write(projectId, map, target, progress));
    }

    private Copied write(String sourceId, JourneyMap map, SurveyResponses target, WorkProgress progress) {
        step(progress, 1, "projects.copying.map");
        List<KeptVersion> versions = from.versions().map(v -> v.all(sourceId)).orElse(List.of()).stream()
                .map(v -> new KeptVersion(v.name(), v.note(), v.created(), v.automatic(), v.map().withId(map.id())))
                .toList();
        to.versions().orElseThrow().createWith(map, versions);

        step(progress, 2, "projects.copying.responses");
        Map<Long, Long> importIds = new HashMap<>();
        long respondents = 0;
        List<StoredImport> imports = from.surveys().map(s -> s.imports(sourceId)).orElse(List.of());
        for (StoredImport stored : imports) {
            ResponseImport header = stored.header();
            ResponseImport copied = new ResponseImport(map.id(), header.fileName(), header.importedAt(),
                    header.layout(), header.source(), header.segmentColumns(), header.ratingColumns());
            importIds.put(stored.id(), target.importResponses(copied,
                    sink -> from.surveys().orElseThrow().replay(stored, cancellable(sink, progress))));
            respondents += stored.respondents();
        }

        step(progress, 3, "projects.copying.origins");
        List<RatingOrigin> origins = from.ratingOrigins().map(o -> o.origins(sourceId)).orElse(List.of()).stream()
                .map(o -> new RatingOrigin(o.touchpointId(), o.segmentId(), o.source(), o.recordedAt(),
                        o.importId() == null ? null : importIds.get(o.importId())))
                .toList();
        to.ratingOrigins().orElseThrow().updateOrigins(map.id(), origins, List.of());

        step(progress, 4, "projects.copying.workshops");
        List<WorkshopRecord> sessions = from.workshopHistory().map(w -> w.sessions(sourceId)).orElse(List.of());
        WorkshopHistory workshops = to.workshopHistory().orElseThrow(() -> new LibraryException(
                Messages.text("projects.cannotKeepWorkshops", to.location())));
        for (WorkshopRecord session : sessions) {
            workshops.add(map.id(), session.withFreshIds(Ids::next));
        }
        step(progress, 5, "projects.copying.done");
        return new Copied(to.load(map.id()).orElseThrow(), versions.size(), imports.size(), respondents,
                sessions.size());
    }

    private void requireFreeTitle(String title) {
        for (ProjectSummary project : to.list()) {
            if (project.title().equalsIgnoreCase(title)) {
                throw new NameTakenException(title, to.location());
            }
        }
    }

    private void step(WorkProgress progress, int done, String key) {
        if (progress.cancelled()) {
            throw cancelled();
        }
        progress.report(done, 5, Messages.text(key));
    }

    private CancellationException cancelled() {
        return new CancellationException(Messages.text("projects.copyCancelled", to.location()));
    }

    /** Passes respondents on, checking every few thousand whether the user cancelled. */
    private ResponseSink cancellable(ResponseSink sink, WorkProgress progress) {
        return new ResponseSink() {
            private long seen;

            @Override
            public void accept(long line, String[] segmentLabels, int[] ratings) {
                if (++seen % CANCEL_CHECK_RESPONDENTS == 0 && progress.cancelled()) {
                    throw cancelled();
                }
                sink.accept(line, segmentLabels, ratings);
            }

            @Override
            public void name(int segmentColumn, String label, String shownAs) {
                sink.name(segmentColumn, label, shownAs);
            }

            @Override
            public void skipped(long line) {
                sink.skipped(line);
            }
        };
    }
}

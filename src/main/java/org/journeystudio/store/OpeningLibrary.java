package org.journeystudio.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;

/**
 * A library still being opened in the background, so that the studio's window can show at once: checking,
 * copying, compacting and migrating a library takes from a fraction of a second to many on a large one. Until it
 * is open every call is refused with a message ({@link #isOpen()} and {@link #whenOpen} let a screen wait instead);
 * then every call goes to the opened library.
 */
public final class OpeningLibrary implements ProjectLibrary {
    private final Path location;
    private final CompletableFuture<? extends ProjectLibrary> opening;

    public OpeningLibrary(Path location, CompletableFuture<? extends ProjectLibrary> opening) {
        this.location = location;
        this.opening = opening;
    }

    private ProjectLibrary opened() {
        if (!isOpen()) {
            throw new LibraryException(Messages.text("storage.stillOpening", location));
        }
        return opening.join();
    }

    @Override
    public boolean isOpen() {
        return opening.isDone() && !opening.isCompletedExceptionally();
    }

    @Override
    public void whenOpen(Runnable then) {
        opening.thenRun(then);
    }

    @Override
    public List<ProjectSummary> list() {
        return opened().list();
    }

    @Override
    public void create(JourneyMap map) {
        opened().create(map);
    }

    @Override
    public Optional<JourneyMap> load(String projectId) {
        return opened().load(projectId);
    }

    @Override
    public void save(JourneyMap map) {
        opened().save(map);
    }

    @Override
    public void rename(String projectId, String newTitle) {
        opened().rename(projectId, newTitle);
    }

    @Override
    public JourneyMap duplicate(String projectId, String newTitle) {
        return opened().duplicate(projectId, newTitle);
    }

    @Override
    public void delete(String projectId) {
        opened().delete(projectId);
    }

    @Override
    public Optional<RatingOriginStore> ratingOrigins() {
        return opened().ratingOrigins();
    }

    @Override
    public Optional<SurveyResponses> surveys() {
        return opened().surveys();
    }

    @Override
    public Optional<WorkshopHistory> workshopHistory() {
        return opened().workshopHistory();
    }

    @Override
    public Optional<ProjectVersions> versions() {
        return opened().versions();
    }

    @Override
    public Optional<SharedItems> sharedItems() {
        return opened().sharedItems();
    }

    /** The opened library's (none while it opens: nothing is drawn before the list is read). */
    @Override
    public Optional<ThumbnailCache> thumbnailCache() {
        return isOpen() ? opening.join().thumbnailCache() : Optional.empty();
    }

    @Override
    public String location() {
        return location.toString();
    }

    /**
     * Closes the library if it opened; one still opening (its thread may be waiting on a question to the user)
     * is closed as soon as it is open, without waiting here.
     */
    @Override
    public void close() {
        if (!opening.isDone()) {
            opening.thenAccept(ProjectLibrary::close);
            return;
        }
        try {
            opening.join().close();
        } catch (CompletionException e) {
            // It never opened: nothing to close.
        }
    }
}

package org.journeystudio.usecase;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.render.MapThumbnail;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.store.ThumbnailCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws the small pictures of projects' maps that the home list shows. Slow for a big map, so callers run it off
 * the FX thread; a project that cannot be drawn is skipped (and logged), the others still are.
 */
public final class MapThumbnails {
    private static final Logger LOG = LoggerFactory.getLogger(MapThumbnails.class);

    /** One project's picture, for the version of it last modified at {@code modified}. */
    public record Thumbnail(String projectId, Instant modified, byte[] png) {
    }

    private final ProjectLibrary library;
    private final int width;
    private final int height;

    /** Pictures of {@code width}×{@code height} pixels. */
    public MapThumbnails(ProjectLibrary library, int width, int height) {
        this.library = library;
        this.width = width;
        this.height = height;
    }

    /** The pictures of {@code projects} in order, stopping early (with those done) once {@code cancelled}. */
    public List<Thumbnail> draw(List<ProjectSummary> projects, BooleanSupplier cancelled) {
        List<Thumbnail> drawn = new ArrayList<>();
        for (ProjectSummary project : projects) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            draw(project).ifPresent(drawn::add);
        }
        return drawn;
    }

    private Optional<Thumbnail> draw(ProjectSummary project) {
        Optional<ThumbnailCache> cache = library.thumbnailCache();
        Optional<byte[]> kept = cache.flatMap(c -> c.read(project.id(), project.modified(), width, height));
        if (kept.isPresent()) {
            return Optional.of(new Thumbnail(project.id(), project.modified(), kept.get()));
        }
        try {
            Optional<JourneyMap> map = library.load(project.id());
            if (map.isEmpty()) {
                return Optional.empty();
            }
            byte[] png = MapThumbnail.png(map.get(), width, height);
            cache.ifPresent(c -> keep(c, project, png));
            return Optional.of(new Thumbnail(project.id(), project.modified(), png));
        } catch (IOException | RuntimeException e) {
            LOG.warn("No thumbnail for project {}", project.id(), e);
            return Optional.empty();
        }
    }

    private void keep(ThumbnailCache cache, ProjectSummary project, byte[] png) {
        try {
            cache.write(project.id(), project.modified(), width, height, png);
        } catch (IOException e) {
            LOG.info("Thumbnail of project {} not kept for the next start ({})", project.id(), e.toString());
        }
    }
}

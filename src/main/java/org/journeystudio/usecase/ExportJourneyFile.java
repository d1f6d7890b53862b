package org.journeystudio.usecase;

import java.io.IOException;
import java.nio.file.Path;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.ProjectLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes a stored project to a {@code .journey.json} file, which another studio can import. */
public final class ExportJourneyFile {
    private static final Logger LOG = LoggerFactory.getLogger(ExportJourneyFile.class);
    private final OpenProject projects;
    private final JourneyFiles files;

    public ExportJourneyFile(ProjectLibrary library, JourneyFiles files) {
        this.projects = new OpenProject(library);
        this.files = files;
    }

    /** The map that was written. */
    public JourneyMap export(String projectId, String title, Path file) throws IOException {
        JourneyMap map = projects.load(projectId, title);
        files.write(map, file);
        LOG.info("Project {} exported to {}", projectId, file);
        return map;
    }

    /** The file name an export suggests: the title, made safe for any file system. */
    public static String fileName(String title) {
        String safe = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").strip().replaceAll("\\s+", " ");
        return (safe.isEmpty() ? "journey" : safe) + ".journey.json";
    }
}

package org.journeystudio.usecase;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.KeptVersion;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.json.JourneyFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a stored project to a {@code .journey.json} file, which another studio can import; with its named
 * versions when asked (off by default: they make the file many times larger).
 */
public final class ExportJourneyFile {
    private static final Logger LOG = LoggerFactory.getLogger(ExportJourneyFile.class);
    private final ProjectLibrary library;
    private final OpenProject projects;
    private final JourneyFiles files;

    public ExportJourneyFile(ProjectLibrary library, JourneyFiles files) {
        this.library = library;
        this.projects = new OpenProject(library);
        this.files = files;
    }

    /** The map that was written, without versions. */
    public JourneyMap export(String projectId, String title, Path file) throws IOException {
        return export(projectId, title, file, false);
    }

    /** The map that was written; {@code withVersions} adds every version the library keeps of the project. */
    public JourneyMap export(String projectId, String title, Path file, boolean withVersions) throws IOException {
        JourneyMap map = projects.load(projectId, title);
        List<KeptVersion> versions = withVersions
                ? library.versions().map(kept -> kept.all(projectId)).orElse(List.of()) : List.of();
        files.write(new JourneyFile(map, versions), file);
        LOG.info("Project {} exported to {} with {} versions", projectId, file, versions.size());
        return map;
    }

    /** How many versions the library keeps of a project: whether to offer exporting them. */
    public int versionCount(String projectId) {
        return library.versions().map(kept -> kept.list(projectId).size()).orElse(0);
    }

    /** The file name an export suggests: the title, made safe for any file system. */
    public static String fileName(String title) {
        String safe = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").strip().replaceAll("\\s+", " ");
        return (safe.isEmpty() ? "journey" : safe) + ".journey.json";
    }
}

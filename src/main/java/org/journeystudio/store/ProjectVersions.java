package org.journeystudio.store;

import java.util.List;
import java.util.Optional;
import org.journeystudio.model.JourneyMap;

/**
 * Named versions of a project kept in the library: a whole map as it was, with a name and a note, saved by the
 * user ("Save version…") or by the studio before an edit that replaces much (a survey import, a restore…).
 */
public interface ProjectVersions {

    /** Keeps {@code map} as it is now as a version of its project, and says what was kept. */
    VersionInfo save(JourneyMap map, String name, String note, boolean automatic);

    /** The versions of one project, newest first. */
    List<VersionInfo> list(String projectId);

    /** The map as it was kept, migrated to the current model if an older studio wrote it. */
    Optional<JourneyMap> load(String projectId, long versionId);

    void delete(String projectId, long versionId);

    /** Every version of a project with its map, newest first: what an export with versions writes. */
    List<KeptVersion> all(String projectId);

    /**
     * Stores a new project together with versions it brings (an imported file's), in one transaction: the
     * project and its versions are all stored or none is. Each version is kept as a version of {@code map}.
     */
    void createWith(JourneyMap map, List<KeptVersion> versions);
}

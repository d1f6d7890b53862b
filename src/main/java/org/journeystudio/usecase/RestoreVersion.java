package org.journeystudio.usecase;

import org.journeystudio.edit.Document;
import org.journeystudio.edit.command.ReplaceMap;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.VersionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a version's map back in the open editor without losing what is there: the current map is first kept as
 * an automatic version ("Before restoring '…'"), then the version replaces it as one undoable edit. The library
 * half ({@link #prepare}) runs off the UI thread; the edit ({@link #apply}) on the document's thread.
 */
public final class RestoreVersion {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreVersion.class);
    private final SaveVersion keeper;
    private final VersionHistory history;

    /**
     * A restore ready to apply.
     *
     * @param version  the version to restore
     * @param kept     the automatic version of the map as it was before (null when the library keeps none)
     * @param command  the edit that puts the version's map in place
     * @param revision the document's revision the current map was read at
     */
    public record Prepared(VersionInfo version, VersionInfo kept, ReplaceMap command, long revision) {
    }

    public RestoreVersion(ProjectLibrary library) {
        this.keeper = new SaveVersion(library);
        this.history = new VersionHistory(library);
    }

    /** The name of the automatic version kept before restoring {@code version}. */
    public static String keptName(VersionInfo version) {
        return "Before restoring '" + version.name() + "'";
    }

    /**
     * Keeps {@code current} (the document's map at {@code revision}) as an automatic version, then reads the
     * version to restore. Nothing in the editor changes yet.
     */
    public Prepared prepare(JourneyMap current, long revision, VersionInfo version) {
        VersionInfo kept = keeper.before(current, keptName(version)).orElse(null);
        JourneyMap restored = history.preview(version);
        return new Prepared(version, kept, new ReplaceMap(restored, "Restore version '" + version.name() + "'"),
                revision);
    }

    /** What {@link #apply} did. */
    public enum Outcome {
        /** The version's map is in place, one undo step. */
        RESTORED,
        /** The version's map is the map as it is: nothing to do. */
        SAME_AS_NOW,
        /** The map was edited after {@link #prepare} read it, so what was kept is not what would be replaced. */
        EDITED_MEANWHILE
    }

    /**
     * Replaces the document's map with the version's as one undo step, unless the map changed since
     * {@link #prepare}.
     *
     * @throws org.journeystudio.edit.CommandFailedException when the version's map breaks a rule the map keeps
     */
    public static Outcome apply(Document document, Prepared prepared) {
        if (document.revision() != prepared.revision()) {
            return Outcome.EDITED_MEANWHILE;
        }
        document.closeMerging();
        boolean changed = document.execute(prepared.command());
        document.closeMerging();
        if (!changed) {
            return Outcome.SAME_AS_NOW;
        }
        LOG.info("Version {} '{}' of project {} restored", prepared.version().id(), prepared.version().name(),
                prepared.version().projectId());
        return Outcome.RESTORED;
    }
}

package org.journeystudio.ui.versions;

import java.util.function.Supplier;
import javafx.stage.Window;
import org.journeystudio.edit.CommandFailedException;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.VersionInfo;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.Dialogs;
import org.journeystudio.ui.StudioCommand;
import org.journeystudio.ui.StudioMenuBar;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.usecase.RestoreVersion;
import org.journeystudio.usecase.SaveVersion;
import org.journeystudio.usecase.VersionHistory;

/**
 * The editor's named versions: File ▸ Save version… and File ▸ Versions… for the open project, and the keeper
 * that saves an automatic version before an edit that replaces much. What touches the library runs off the FX
 * thread; a restore's edit runs on the document like any other, one undo step.
 */
public final class VersionsFlow {
    private final SaveVersion saver;
    private final VersionHistory history;
    private final RestoreVersion restorer;
    private final BackgroundWork work;
    private EditorSession session;
    private Supplier<Window> owner;
    private VersionsDialog shown;

    public VersionsFlow(ProjectLibrary library, BackgroundWork work) {
        this.saver = new SaveVersion(library);
        this.history = new VersionHistory(library);
        this.restorer = new RestoreVersion(library);
        this.work = work;
    }

    /** Whether the library keeps versions; a flow over one that does not is never attached. */
    public boolean available() {
        return saver.available();
    }

    /** Gives the open project's menus the two commands and its session the automatic versions. */
    public void attach(EditorSession editing, StudioMenuBar menus, Supplier<Window> window) {
        this.session = editing;
        this.owner = window;
        editing.setVersionKeeper(this::keepBefore);
        menus.attach(StudioCommand.SAVE_VERSION, this::saveVersion);
        menus.attach(StudioCommand.VERSIONS, this::showVersions);
    }

    /** Keeps {@code map} (captured before the edit runs) as an automatic version, in the background. */
    private void keepBefore(JourneyMap map, String what) {
        work.run(BackgroundWork.task(Messages.text("versions.keeping", what), cancelled -> saver.before(map, what)),
                kept -> { }, failure -> Dialogs.error(owner.get(), Messages.text("versions.couldNotKeep"), failure));
    }

    void saveVersion() {
        JourneyMap map = session.map();
        SaveVersionDialog.ask(owner.get(), map.title()).ifPresent(answer -> work.run(
                BackgroundWork.task(Messages.text("versions.saving", answer.name()),
                        cancelled -> saver.save(map, answer.name(), answer.note())),
                saved -> {
                    session.tell(Messages.text("versions.savedMessage", saved.name()));
                    if (shown != null) {
                        shown.reload();
                    }
                },
                failure -> Dialogs.error(owner.get(), Messages.text("versions.couldNotSave"), failure)));
    }

    void showVersions() {
        if (shown != null && shown.isShowing()) {
            shown.toFront();
            return;
        }
        shown = new VersionsDialog(this, session.map(), owner.get());
        shown.show();
    }

    VersionHistory history() {
        return history;
    }

    BackgroundWork work() {
        return work;
    }

    /**
     * Keeps the map as it is, reads the version, then replaces the map with it as one undo step; {@code done}
     * runs afterwards (the list then shows the version kept first).
     */
    void restore(VersionInfo version, Window from, Runnable done) {
        JourneyMap current = session.map();
        long revision = session.document().revision();
        work.run(BackgroundWork.task(Messages.text("versions.restoring", version.name()),
                cancelled -> restorer.prepare(current, revision, version)), prepared -> {
                    try {
                        switch (RestoreVersion.apply(session.document(), prepared)) {
                            case RESTORED -> session.tell(Messages.text("versions.restored", version.name(),
                                    RestoreVersion.keptName(version)));
                            case SAME_AS_NOW -> session.tell(Messages.text("versions.sameAsNow", version.name()));
                            case EDITED_MEANWHILE -> Dialogs.error(from, Messages.text("versions.notRestored"),
                                    Messages.text("versions.editedMeanwhile"));
                        }
                    } catch (CommandFailedException e) {
                        Dialogs.error(from, Messages.text("versions.couldNotRestore", version.name()), e);
                    }
                    done.run();
                }, failure -> Dialogs.error(from, Messages.text("versions.couldNotRestore", version.name()), failure));
    }
}

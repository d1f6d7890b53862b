package org.journeystudio.ui.editor;

import java.util.List;
import javafx.application.Platform;
import javafx.stage.Window;
import org.journeystudio.editing.TeamConflict;
import org.journeystudio.editing.TeamEditing;
import org.journeystudio.store.JdbcLibrary;
import org.journeystudio.store.LoadedProject;

/**
 * Joins an open editor to a team library: its saves go over the version it has, others' saves come into its map on
 * the FX thread, and a field both changed asks the user to keep theirs or mine (one undo step either way).
 */
public final class TeamEditorLink implements AutoCloseable {
    private final TeamEditing team;

    private TeamEditorLink(EditorController editor, JdbcLibrary library, LoadedProject base, Window owner) {
        this.team = new TeamEditing(library, base, editor.session().document(), Platform::runLater,
                conflicts -> ask(owner, conflicts), editor.session().lastChanges());
        editor.saveThrough(team);
    }

    public static TeamEditorLink attach(EditorController editor, JdbcLibrary library, LoadedProject base,
            Window owner) {
        return new TeamEditorLink(editor, library, base, owner);
    }

    private void ask(Window owner, List<TeamConflict> conflicts) {
        for (TeamConflict conflict : conflicts) {
            team.resolve(conflict, TeamConflictDialog.keepsMine(owner, conflict));
        }
    }

    @Override
    public void close() {
        team.close();
    }
}

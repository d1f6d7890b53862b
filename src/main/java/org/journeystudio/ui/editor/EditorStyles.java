package org.journeystudio.ui.editor;

/** The style classes of the editor screen's stylesheet (editor.css): the save state in the status bar. */
final class EditorStyles {
    static final String SAVED = "saved";
    static final String SAVING = "saving";
    static final String NOT_SAVED = "not-saved";

    private EditorStyles() {
    }
}

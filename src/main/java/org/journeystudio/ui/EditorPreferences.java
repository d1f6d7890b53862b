package org.journeystudio.ui;

import org.journeystudio.settings.StudioPreferences;
import org.journeystudio.ui.editor.EditorController;

/** The editor's choices that the studio remembers between runs: the inspector, the matrix weight, the curve. */
final class EditorPreferences {
    private EditorPreferences() {
    }

    /** Starts {@code editor} with the remembered choices and remembers each change. */
    static void follow(EditorController editor, StudioPreferences preferences) {
        editor.inspectorShownProperty().set(preferences.inspectorShown());
        editor.inspectorShownProperty().addListener((obs, was, shown) -> preferences.setInspectorShown(shown));
        editor.matrixWeightProperty().set(preferences.matrixCustomerWeight());
        editor.matrixWeightProperty().addListener((obs, was, weight) ->
                preferences.setMatrixCustomerWeight(weight.doubleValue()));
        editor.otherScenarioCurveProperty().set(preferences.otherScenarioCurve());
        editor.otherScenarioCurveProperty().addListener((obs, was, shown) -> preferences.setOtherScenarioCurve(shown));
    }
}

package org.journeystudio.ui.editor;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.stage.Window;
import org.journeystudio.model.PriorityRule;
import org.journeystudio.ui.backlog.BacklogController;
import org.journeystudio.ui.export.MapExports;
import org.journeystudio.ui.matrix.MatrixController;
import org.journeystudio.ui.session.EditorSession;

/** The editor's action-plan windows, the backlog and the value–effort matrix, and the matrix's value weight. */
final class ActionPlanWindows {
    private final DoubleProperty customerWeight = new SimpleDoubleProperty(PriorityRule.DEFAULT.customerWeight());

    /** The customer value's share of the matrix's value (0–1); the studio window keeps it in the settings. */
    DoubleProperty customerWeight() {
        return customerWeight;
    }

    void backlog(EditorSession session, Window owner) {
        BacklogController.open(session, owner);
    }

    /** Opens the matrix; its Export menu writes through {@code exports} (none in tests and benches). */
    void matrix(EditorSession session, Window owner, Supplier<MapExports> exports) {
        MatrixController.open(session, owner, customerWeight, (layout, format) -> Optional.ofNullable(exports.get())
                .ifPresent(e -> e.exportMatrix(owner, session.map(), layout, format, session::tell)));
    }
}

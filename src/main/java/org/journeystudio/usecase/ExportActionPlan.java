package org.journeystudio.usecase;

import java.io.IOException;
import java.nio.file.Path;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.PriorityRule;
import org.journeystudio.render.ActionPlanExport;
import org.journeystudio.render.ActionPlanFormat;
import org.journeystudio.store.AtomicFile;

/**
 * Takes a map's action plan out to a tracker's file (the command line's {@code actions} and the Export menu): written
 * beside the target and moved into place, so a failure never leaves half a file.
 */
public final class ExportActionPlan {
    private ExportActionPlan() {
    }

    /** Writes the plan of {@code map}'s shown scenario; returns how many opportunities it holds. */
    public static int write(JourneyMap map, ActionPlanFormat format, PriorityRule rule, Path file) throws IOException {
        AtomicFile.write(file, out -> ActionPlanExport.write(map, format, rule, out));
        return map.opportunities().size();
    }
}

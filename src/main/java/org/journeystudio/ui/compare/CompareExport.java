package org.journeystudio.ui.compare;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.stage.Window;
import org.journeystudio.i18n.Messages;
import org.journeystudio.render.CompareExporter;
import org.journeystudio.render.CompareLayout;
import org.journeystudio.render.ExportFormat;
import org.journeystudio.render.ExportMonitor;
import org.journeystudio.render.ExportOptions;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.Dialogs;
import org.journeystudio.ui.export.ExportTask;

/** Writes the compare view to a file off the FX thread, from the layout on screen, and says where it went. */
final class CompareExport {
    private CompareExport() {
    }

    static Task<Path> write(BackgroundWork work, CompareLayout layout, String mapTitle, ExportFormat format, Path file,
                            Consumer<String> status, Window owner) {
        Task<Path> task = new ExportTask(file) {
            @Override
            protected void write(Path target, ExportMonitor monitor) throws Exception {
                CompareExporter.export(layout, mapTitle, ExportOptions.of(format)
                        .withScale(format == ExportFormat.PNG ? 2 : 1), target, monitor);
            }
        };
        status.accept(Messages.text("compare.exporting", file.getFileName()));
        return work.run(task, written -> status.accept(Messages.text("compare.exported", written.toAbsolutePath())),
                failure -> {
                    status.accept(Messages.text("compare.exportFailed"));
                    Dialogs.error(owner, Messages.text("compare.couldNotExport", file), failure);
                });
    }
}

package org.journeystudio.ui.export;

import java.nio.file.Path;
import javafx.concurrent.Task;
import org.journeystudio.i18n.Messages;
import org.journeystudio.render.ExportMonitor;

/** An export run in the background: the exporter's progress and the task's cancel meet in one monitor. */
public abstract class ExportTask extends Task<Path> {
    private final Path file;

    protected ExportTask(Path file) {
        this.file = file;
        updateTitle(Messages.text("export.exporting", file.getFileName()));
    }

    /** Writes {@code file}, telling {@code monitor} how far it is and asking it whether to stop. */
    protected abstract void write(Path file, ExportMonitor monitor) throws Exception;

    @Override
    protected Path call() throws Exception {
        write(file, new ExportMonitor() {
            @Override
            public void progress(double done) {
                updateProgress(done, 1);
            }

            @Override
            public boolean isCancelled() {
                return ExportTask.this.isCancelled();
            }
        });
        return file;
    }
}

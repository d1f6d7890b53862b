package org.journeystudio.app;

import ch.qos.logback.core.PropertyDefinerBase;
import org.journeystudio.store.LogLocation;

/** Gives {@code logback.xml} the log folder, so the file appender and the error messages name the same file. */
public final class LogFolderDefiner extends PropertyDefinerBase {
    @Override
    public String getPropertyValue() {
        return LogLocation.folder().toString();
    }
}

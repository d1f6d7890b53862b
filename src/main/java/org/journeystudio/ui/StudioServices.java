package org.journeystudio.ui;

import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.TemplateCatalog;

/** What the window works with: the library, the templates, the file format, the remembered settings. */
public record StudioServices(
        ProjectLibrary library,
        TemplateCatalog templates,
        JourneyFiles files,
        StudioPreferences preferences,
        FilePicker filePicker,
        BackgroundWork work) {
}

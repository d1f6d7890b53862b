package org.journeystudio.ui;

import org.journeystudio.usecase.JourneyFiles;

import org.journeystudio.settings.StudioPreferences;

import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.TemplateCatalog;
import org.journeystudio.workshop.WorkshopException;
import org.journeystudio.workshop.WorkshopLauncher;

/**
 * What the window works with: the library, the templates, the file format, the remembered settings, and the
 * workshop server that lets a room rate the open map from their phones.
 */
public record StudioServices(
        ProjectLibrary library,
        TemplateCatalog templates,
        JourneyFiles files,
        StudioPreferences preferences,
        FilePicker filePicker,
        BackgroundWork work,
        WorkshopLauncher workshops) {

    /** Without a workshop server: starting a workshop says so (for setups that never run one). */
    public StudioServices(ProjectLibrary library, TemplateCatalog templates, JourneyFiles files,
                          StudioPreferences preferences, FilePicker filePicker, BackgroundWork work) {
        this(library, templates, files, preferences, filePicker, work, NO_WORKSHOPS);
    }

    /** A launcher that refuses with a message for the user. */
    public static final WorkshopLauncher NO_WORKSHOPS = (projectId, map) -> {
        throw new WorkshopException("The workshop server is not available in this build");
    };
}

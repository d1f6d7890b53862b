package org.journeystudio.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.journeystudio.i18n.Messages;
import org.journeystudio.settings.StudioPreferences;

/**
 * Asks the user for a {@code .journey.json} file (or a Mermaid journey or touchpoint spreadsheet to import) to read or write; tests answer
 * without a native dialog.
 */
public interface FilePicker {

    Optional<Path> chooseToImport(Window owner);

    Optional<Path> chooseToExport(Window owner, String suggestedName);

    /**
     * Asks where to write an export of the given format ({@code extension} without the dot), suggesting
     * {@code suggestedName}.
     */
    Optional<Path> chooseExportTarget(Window owner, String suggestedName, String extension);

    /** The file {@code chooser} opens, asked over {@code owner}: for choosers other than the ones above. */
    static Optional<Path> showOpen(FileChooser chooser, Window owner) {
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /** The files a drag or the clipboard holds, as paths (empty when it holds none). */
    static java.util.List<Path> files(javafx.scene.input.Clipboard board) {
        return board.hasFiles() ? board.getFiles().stream().map(File::toPath).toList() : java.util.List.of();
    }

    /** Where {@code chooser} saves, asked over {@code owner}. */
    static Optional<Path> showSave(FileChooser chooser, Window owner) {
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** The platform's file chooser, starting in the folder used last. */
    static FilePicker system(StudioPreferences preferences) {
        return new FilePicker() {
            @Override
            public Optional<Path> chooseToImport(Window owner) {
                FileChooser chooser = chooser(Messages.text("studio.importAJourneyMap"));
                chooser.getExtensionFilters().add(0, new FileChooser.ExtensionFilter(
                        Messages.text("studio.filterImportable"),
                        "*.journey.json", "*.mmd", "*.csv", "*.xlsx"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("studio.filterMermaid"), "*.mmd"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        Messages.text("studio.filterSpreadsheets"), "*.csv", "*.xlsx"));
                return remember(Optional.ofNullable(chooser.showOpenDialog(owner)));
            }

            @Override
            public Optional<Path> chooseToExport(Window owner, String suggestedName) {
                FileChooser chooser = chooser(Messages.text("studio.exportTheJourneyMap"));
                chooser.setInitialFileName(suggestedName);
                return remember(Optional.ofNullable(chooser.showSaveDialog(owner)));
            }

            @Override
            public Optional<Path> chooseExportTarget(Window owner, String suggestedName, String extension) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Messages.text("studio.exportTo"));
                chooser.setInitialFileName(suggestedName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        Messages.text("studio.filterFiles", extension.toUpperCase(java.util.Locale.ROOT), extension),
                        "*." + extension));
                preferences.lastFolder().map(Path::toFile).filter(File::isDirectory)
                        .ifPresent(chooser::setInitialDirectory);
                return remember(Optional.ofNullable(chooser.showSaveDialog(owner)));
            }

            private FileChooser chooser(String title) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(Messages.text("studio.filterJourneyMaps"), "*.journey.json"),
                        new FileChooser.ExtensionFilter(Messages.text("studio.filterJson"), "*.json"));
                preferences.lastFolder().map(Path::toFile).filter(File::isDirectory)
                        .ifPresent(chooser::setInitialDirectory);
                return chooser;
            }

            private Optional<Path> remember(Optional<File> chosen) {
                chosen.map(File::toPath).map(Path::getParent).ifPresent(preferences::setLastFolder);
                return chosen.map(File::toPath);
            }
        };
    }
}

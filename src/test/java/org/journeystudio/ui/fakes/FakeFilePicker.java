package org.journeystudio.ui.fakes;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;
import org.journeystudio.ui.FilePicker;

/** Answers file questions with the paths a test set up, and notes the suggested export name. */
public final class FakeFilePicker implements FilePicker {
    private Path nextImport;
    private Path nextExport;
    private String lastSuggestion;

    public void importWillChoose(Path file) {
        nextImport = file;
    }

    public void exportWillChoose(Path file) {
        nextExport = file;
    }

    public String lastSuggestion() {
        return lastSuggestion;
    }

    @Override
    public Optional<Path> chooseExportTarget(Window owner, String suggestedName, String extension) {
        return chooseToExport(owner, suggestedName);
    }

    @Override
    public Optional<Path> chooseToImport(Window owner) {
        return Optional.ofNullable(nextImport);
    }

    @Override
    public Optional<Path> chooseToExport(Window owner, String suggestedName) {
        lastSuggestion = suggestedName;
        return Optional.ofNullable(nextExport);
    }
}

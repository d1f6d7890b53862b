package org.journeystudio.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.journeystudio.edit.Document;
import org.journeystudio.edit.command.RenameStage;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.VersionInfo;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.journeystudio.testing.NewLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving, listing, previewing, restoring and deleting versions as the editor does, without UI. */
@SlowTest
class ProjectVersionUseCasesTest {
    @TempDir
    Path temp;

    private final JourneyMap shop = SampleMaps.shop("map-shop");

    @Test
    void restoreKeepsTheCurrentMapFirstThenReplacesItAsOneUndoStep() {
        try (H2Library library = NewLibraries.open(temp.resolve("lib"))) {
            library.create(shop);
            Document document = new Document(shop);
            VersionInfo saved = new SaveVersion(library).save(document.map(), "First draft", "as drawn in class");
            String stageId = shop.stages().get(0).id();
            document.execute(RenameStage.of(shop, stageId, "Browse"));
            document.execute(RenameStage.of(shop, stageId, "Browse more"));
            JourneyMap edited = document.map();
            int stepsBefore = document.undoCount();

            RestoreVersion restore = new RestoreVersion(library);
            RestoreVersion.Prepared prepared = restore.prepare(edited, document.revision(), saved);
            assertThat(RestoreVersion.apply(document, prepared)).isEqualTo(RestoreVersion.Outcome.RESTORED);

            assertThat(document.map()).isEqualTo(shop);
            assertThat(document.undoCount()).isEqualTo(stepsBefore + 1);
            assertThat(document.undoDescription()).contains("Restore version 'First draft'");
            VersionHistory history = new VersionHistory(library);
            VersionInfo kept = history.list(shop.id()).get(0);
            assertThat(kept).isEqualTo(prepared.kept());
            assertThat(kept.name()).isEqualTo("Before restoring 'First draft'");
            assertThat(kept.automatic()).isTrue();
            assertThat(history.preview(kept)).isEqualTo(edited);

            document.undo();
            assertThat(document.map()).isEqualTo(edited);
        }
    }

    @Test
    void aRestoredMapKeepsTheProjectsIdTitleAndTimes() {
        try (H2Library library = NewLibraries.open(temp.resolve("lib"))) {
            library.create(shop);
            JourneyMap other = SampleMaps.shopping("map-elsewhere", "Another title");
            VersionInfo saved = new SaveVersion(library).save(other.withId(shop.id()), "Other", "");
            Document document = new Document(shop);

            RestoreVersion.apply(document, new RestoreVersion(library).prepare(shop, document.revision(), saved));

            assertThat(document.map().id()).isEqualTo(shop.id());
            assertThat(document.map().title()).isEqualTo(shop.title());
            assertThat(document.map().created()).isEqualTo(shop.created());
            assertThat(document.map().touchpoints()).isEqualTo(other.touchpoints());
        }
    }

    @Test
    void aMapEditedWhileTheVersionWasReadIsNotReplaced() {
        try (H2Library library = NewLibraries.open(temp.resolve("lib"))) {
            library.create(shop);
            Document document = new Document(shop);
            VersionInfo saved = new SaveVersion(library).save(shop, "v", "");
            RestoreVersion.Prepared prepared = new RestoreVersion(library).prepare(shop, document.revision(), saved);
            document.execute(RenameStage.of(shop, shop.stages().get(0).id(), "Typed meanwhile"));
            JourneyMap typed = document.map();

            assertThat(RestoreVersion.apply(document, prepared)).isEqualTo(RestoreVersion.Outcome.EDITED_MEANWHILE);
            assertThat(document.map()).isEqualTo(typed);
        }
    }

    @Test
    void deletingAVersionThatIsGoneSaysSoAndAnEmptyLibraryListsNone() {
        try (H2Library library = NewLibraries.open(temp.resolve("lib"))) {
            library.create(shop);
            VersionHistory history = new VersionHistory(library);
            VersionInfo saved = new SaveVersion(library).save(shop, "v", "");
            history.delete(saved);

            assertThat(history.list(shop.id())).isEmpty();
            assertThatThrownBy(() -> history.preview(saved)).isInstanceOf(LibraryException.class)
                    .hasMessageContaining("The version 'v' is no longer in the library");
        }
        assertThat(VersionHistory.size(900)).isEqualTo("900 B");
        assertThat(VersionHistory.size(12_800)).isEqualTo("13 KB");
        assertThat(VersionHistory.size(1_468_006)).isEqualTo("1.4 MB");
    }

    @Test
    void aProjectExportedWithItsVersionsImportsWithThem() throws Exception {
        Path file = temp.resolve("shop.journey.json");
        JourneyMap older = shop.withTouchpoint(shop.touchpoints().get(0).toBuilder().title("Older").build());
        try (H2Library library = NewLibraries.open(temp.resolve("lib"))) {
            library.create(shop);
            new SaveVersion(library).save(older, "Older", "the first try");
            new SaveVersion(library).before(shop, SaveVersion.BEFORE_SURVEY_IMPORT);
            ExportJourneyFile export = new ExportJourneyFile(library, JourneyFiles.json());
            assertThat(export.versionCount(shop.id())).isEqualTo(2);

            export.export(shop.id(), "Shop", temp.resolve("plain.journey.json"));
            assertThat(Files.readString(temp.resolve("plain.journey.json"))).doesNotContain("\"versions\"");
            export.export(shop.id(), "Shop", file, true);
        }
        try (H2Library other = NewLibraries.open(temp.resolve("other"))) {
            other.create(shop); // the id is taken: the import gets a new one, its versions follow it
            JourneyMap imported = new ImportJourneyFile(other, JourneyFiles.json()).importFile(file);

            assertThat(imported.id()).isNotEqualTo(shop.id());
            VersionHistory history = new VersionHistory(other);
            List<VersionInfo> versions = history.list(imported.id());
            assertThat(versions).extracting(VersionInfo::name, VersionInfo::automatic).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(SaveVersion.BEFORE_SURVEY_IMPORT, true),
                    org.assertj.core.groups.Tuple.tuple("Older", false));
            assertThat(versions.get(1).note()).isEqualTo("the first try");
            JourneyMap olderBack = history.preview(versions.get(1));
            assertThat(olderBack.withId(older.id())).isEqualTo(older);
            assertThat(history.list(shop.id())).isEmpty();
        }
    }

    @Test
    void aFileOfTheFirstFormatStillImports() throws Exception {
        Path file = temp.resolve("v1.journey.json");
        try (InputStream in = getClass().getResourceAsStream(
                "/org/journeystudio/store/json/format-v1-every-field.journey.json")) {
            Files.write(file, in.readAllBytes());
        }
        try (H2Library library = NewLibraries.open(temp.resolve("lib"))) {
            JourneyMap imported = new ImportJourneyFile(library, JourneyFiles.json()).importFile(file);

            assertThat(imported).isEqualTo(SampleMaps.everyField(RatingScale.ONE_TO_SEVEN));
            assertThat(new VersionHistory(library).list(imported.id())).isEmpty();
        }
    }
}

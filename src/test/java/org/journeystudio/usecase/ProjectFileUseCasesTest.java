package org.journeystudio.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.testing.SlowTest;
import org.journeystudio.testing.NewLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, importing and exporting projects as both the home screen and the command line do, without UI. */
@SlowTest
class ProjectFileUseCasesTest {
    @TempDir
    Path temp;

    private final JourneyMap shop = new ResourceTemplateCatalog().instantiate("online-retailer", "Shop",
            Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void anExportedProjectImportsBackAsANewProjectWhenItsIdIsTaken() throws Exception {
        try (H2Library library = NewLibraries.open(temp.resolve("lib"))) {
            library.create(shop);
            Path file = temp.resolve(ExportJourneyFile.fileName("Shop / returns"));
            assertThat(file.getFileName().toString()).isEqualTo("Shop returns.journey.json");

            JourneyMap written = new ExportJourneyFile(library, JourneyFiles.json()).export(shop.id(), "Shop", file);
            JourneyMap imported = new ImportJourneyFile(library, JourneyFiles.json()).importFile(file);

            assertThat(written).isEqualTo(shop);
            assertThat(imported.id()).isNotEqualTo(shop.id());
            assertThat(imported.withId(shop.id())).isEqualTo(shop);
            assertThat(library.list()).hasSize(2);
        }
    }

    @Test
    void exportFileNamesAreSafeOnEveryFileSystem() {
        assertThat(ExportJourneyFile.fileName("Buy / return: a \"story\"?")).isEqualTo("Buy return a story.journey.json");
        assertThat(ExportJourneyFile.fileName("***")).isEqualTo("journey.journey.json");
    }

    @Test
    void openingLaysTheMapOutAndAProjectThatIsGoneIsNamedInTheMessage() {
        try (H2Library library = NewLibraries.open(temp.resolve("lib"))) {
            library.create(shop);
            OpenedProject opened = new OpenProject(library).open(shop.id(), "Shop", () -> false);
            assertThat(opened.map()).isEqualTo(shop);
            assertThat(opened.layout().cards()).hasSize(shop.touchpoints().size());

            library.delete(shop.id());
            assertThatThrownBy(() -> new OpenProject(library).open(shop.id(), "Shop", () -> false))
                    .isInstanceOf(LibraryException.class)
                    .hasMessage("The project 'Shop' is no longer in the library " + library.location() + ".");
        }
    }
}

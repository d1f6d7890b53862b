package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointImage;
import org.journeystudio.store.image.TestImages;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Touchpoint images in the library, on H2 and PostgreSQL: each stored once per hash, and kept for undo. */
@FastTest
@ParameterizedClass
@EnumSource(LibraryKind.class)
class ImageLibraryTest {
    private static final TouchpointImage SCREEN = TestImages.png(60, 40, 11);
    private static final TouchpointImage PHOTO = TestImages.png(30, 30, 12);

    @Parameter
    LibraryKind kind;
    LibraryKind.Place place;

    @TempDir
    Path folder;

    @BeforeEach
    void newPlace() {
        place = kind.newPlace(folder);
    }

    @Test
    void theLibraryStoresEachImageOnceAndReadsItBack() {
        JourneyMap map = ImageStorageTest.withImages();
        try (JdbcLibrary library = place.open()) {
            library.create(map);
            library.create(map.withId("copy-of-checkout"));
            assertThat(LibraryTables.rowCount(library, "image")).isEqualTo(2);
        }
        try (JdbcLibrary library = place.open()) {
            JourneyMap loaded = library.load(map.id()).orElseThrow();
            assertThat(loaded).isEqualTo(map);
            assertThat(loaded.touchpoints().get(0).image().data()).isEqualTo(SCREEN.data());
            assertThat(loaded.touchpoints().get(2).image()).isEqualTo(PHOTO);
        }
    }

    @Test
    void removingAnImageFromACardSavesTheCardAndKeepsTheBlobForUndo() {
        JourneyMap map = ImageStorageTest.withImages();
        try (JdbcLibrary library = place.open()) {
            library.create(map);
            Touchpoint third = map.touchpoints().get(2);
            JourneyMap without = map.withTouchpoint(third.toBuilder().image(null).build());
            library.save(without);

            assertThat(library.load(map.id()).orElseThrow().touchpoints().get(2).image()).isNull();
            assertThat(LibraryTables.rowCount(library, "image")).isEqualTo(2);
            library.save(map);
            assertThat(library.load(map.id()).orElseThrow().touchpoints()).isEqualTo(map.touchpoints());
        }
    }

    @Test
    void aNamedVersionNamesItsImagesAndTheLibraryKeepsThemOnce() {
        JourneyMap map = ImageStorageTest.withImages();
        try (JdbcLibrary library = place.open()) {
            library.create(map);
            ProjectVersions versions = library.versions().orElseThrow();
            VersionInfo kept = versions.save(map, "Before the workshop", "", false);
            library.save(map.withTouchpoints(map.touchpoints().stream().map(t -> t.toBuilder().image(null).build())
                    .toList()));

            assertThat(kept.bytes()).isLessThan(SCREEN.data().length);
            assertThat(LibraryTables.rowCount(library, "image")).isEqualTo(2);
            assertThat(versions.load(map.id(), kept.id()).orElseThrow().touchpoints()).isEqualTo(map.touchpoints());
        }
    }
}

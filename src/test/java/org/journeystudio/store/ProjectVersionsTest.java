package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.journeystudio.model.InvalidMapException;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.api.io.TempDir;

@SlowTest
@ParameterizedClass
@EnumSource(LibraryKind.class)
class ProjectVersionsTest {
    @Parameter
    LibraryKind kind;
    LibraryKind.Place place;

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path folder;

    @BeforeEach
    void newPlace() {
        place = kind.newPlace(folder);
    }

    private final JourneyMap shop = SampleMaps.shop("map-shop");

    @Test
    void aSavedVersionIsListedNewestFirstLoadsBackExactlyAndCanBeDeleted() {
        try (JdbcLibrary library = place.open(Clock.fixed(T0, ZoneOffset.UTC))) {
            library.create(shop);
            ProjectVersions versions = library.versions().orElseThrow();
            VersionInfo first = versions.save(shop, "  Workshop draft ", "Before the client saw it", false);
            JourneyMap edited = shop.withTitle("Shop, later");
            VersionInfo second = versions.save(edited, "Before survey import", "", true);

            assertThat(first.name()).isEqualTo("Workshop draft");
            assertThat(first.created()).isEqualTo(T0);
            assertThat(first.bytes()).isPositive();
            assertThat(versions.list(shop.id())).containsExactly(second, first);
            assertThat(versions.load(shop.id(), first.id())).contains(shop);
            assertThat(versions.load(shop.id(), second.id())).contains(edited);
            assertThat(versions.list("another-project")).isEmpty();
            assertThat(versions.load("another-project", first.id())).isEmpty();

            versions.delete(shop.id(), first.id());
            assertThat(versions.list(shop.id())).containsExactly(second);
            assertThatThrownBy(() -> versions.delete(shop.id(), first.id())).isInstanceOf(LibraryException.class)
                    .hasMessageContaining("is no longer in the library");
        }
    }

    @Test
    void versionsStayAfterReopeningAndTheProjectItselfIsUntouched() {
        try (JdbcLibrary library = place.open()) {
            library.create(shop);
            library.versions().orElseThrow().save(shop.withTitle("Old"), "v1", "", false);
        }
        try (JdbcLibrary library = place.open()) {
            List<VersionInfo> listed = library.versions().orElseThrow().list(shop.id());
            assertThat(listed).extracting(VersionInfo::name).containsExactly("v1");
            assertThat(library.versions().orElseThrow().load(shop.id(), listed.get(0).id()).orElseThrow().title())
                    .isEqualTo("Old");
            assertThat(library.load(shop.id())).contains(shop);
        }
    }

    @Test
    void aDuplicateGetsCopiesOfTheVersionsWhoseIdsMatchTheCopysOwn() {
        try (JdbcLibrary library = place.open()) {
            library.create(shop);
            Touchpoint first = shop.touchpoints().get(0);
            JourneyMap older = shop.withTouchpoint(first.toBuilder().title("Older title").build());
            library.versions().orElseThrow().save(older, "Older", "with a note", false);
            library.versions().orElseThrow().save(shop, "Kept", "", true);

            JourneyMap copy = library.duplicate(shop.id(), "Shop (copy)");

            List<VersionInfo> copied = library.versions().orElseThrow().list(copy.id());
            assertThat(copied).extracting(VersionInfo::name, VersionInfo::note, VersionInfo::automatic)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Kept", "", true),
                            org.assertj.core.groups.Tuple.tuple("Older", "with a note", false));
            JourneyMap copiedOlder = library.versions().orElseThrow().load(copy.id(), copied.get(1).id())
                    .orElseThrow();
            assertThat(copiedOlder.id()).isEqualTo(copy.id());
            assertThat(copiedOlder.touchpoints().get(0).id()).isEqualTo(copy.touchpoints().get(0).id())
                    .isNotEqualTo(first.id());
            assertThat(copiedOlder.touchpoints().get(0).title()).isEqualTo("Older title");
            assertThat(copiedOlder.stages()).extracting(s -> s.id())
                    .containsExactlyElementsOf(copy.stages().stream().map(s -> s.id()).toList());
            // The original keeps its own.
            assertThat(library.versions().orElseThrow().list(shop.id())).hasSize(2);
        }
    }

    @Test
    void deletingAProjectDeletesItsVersions() {
        try (JdbcLibrary library = place.open()) {
            library.create(shop);
            library.create(SampleMaps.shop("map-other"));
            library.versions().orElseThrow().save(shop, "one", "", false);
            library.versions().orElseThrow().save(SampleMaps.shop("map-other"), "other", "", false);

            library.delete(shop.id());

            assertThat(LibraryTables.rowCount(library, "project_version")).isEqualTo(1);
            assertThat(library.versions().orElseThrow().list("map-other")).hasSize(1);
        }
    }

    @Test
    void aVersionWrittenInAnOlderFormatIsReadThroughTheFormatsMigration() throws IOException {
        JourneyMap everyField = SampleMaps.everyField(RatingScale.ONE_TO_SEVEN);
        byte[] versionOneFile;
        try (InputStream in = getClass().getResourceAsStream("json/format-v1-every-field.journey.json")) {
            versionOneFile = gzip(in.readAllBytes());
        }
        try (JdbcLibrary library = place.open()) {
            library.create(everyField);
            library.inTransaction("plant a version an older studio kept", () -> library.statements().update(
                    "INSERT INTO project_version (project_id, name, note, created_at, automatic, bytes, content) "
                            + "VALUES (?, 'From 2026', '', ?, FALSE, ?, ?)", everyField.id(),
                    T0.atOffset(ZoneOffset.UTC), versionOneFile.length, versionOneFile));
            VersionInfo old = library.versions().orElseThrow().list(everyField.id()).get(0);

            assertThat(library.versions().orElseThrow().load(everyField.id(), old.id())).contains(everyField);
        }
    }

    @Test
    void aFailedSaveLeavesNothingAndSaysWhy() {
        try (JdbcLibrary library = place.open()) {
            library.create(shop);
            ProjectVersions versions = library.versions().orElseThrow();

            assertThatThrownBy(() -> versions.save(SampleMaps.shop("map-unknown"), "v", "", false))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("no project with the id 'map-unknown'");
            assertThatThrownBy(() -> versions.save(shop, "   ", "", false))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("A version needs a name");
            JourneyMap broken = shop.withTouchpoint(shop.touchpoints().get(0).toBuilder().stageId("no-stage").build());
            assertThatThrownBy(() -> versions.save(broken, "v", "", false)).isInstanceOf(InvalidMapException.class);
            assertThatThrownBy(() -> versions.createWith(shop, List.of(new KeptVersion("v", "", T0, false, shop))))
                    .isInstanceOf(LibraryException.class);

            assertThat(LibraryTables.rowCount(library, "project_version")).isZero();
        }
    }

    @Test
    void aProjectImportedWithVersionsIsStoredWithThemOrNotAtAll() {
        try (JdbcLibrary library = place.open()) {
            ProjectVersions versions = library.versions().orElseThrow();
            JourneyMap broken = shop.withTouchpoint(shop.touchpoints().get(0).toBuilder().stageId("no-stage").build());
            assertThatThrownBy(() -> versions.createWith(shop, List.of(new KeptVersion("ok", "", T0, false, shop),
                    new KeptVersion("bad", "", T0, false, broken)))).isInstanceOf(InvalidMapException.class);
            assertThat(library.list()).isEmpty();

            versions.createWith(shop, List.of(new KeptVersion("ok", "note", T0, true, shop.withId("elsewhere"))));
            VersionInfo kept = versions.list(shop.id()).get(0);
            assertThat(kept).extracting(VersionInfo::name, VersionInfo::note, VersionInfo::created,
                    VersionInfo::automatic).containsExactly("ok", "note", T0, true);
            assertThat(versions.load(shop.id(), kept.id())).contains(shop);
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }
}

package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
class LibraryRoundTripTest {
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
    void aRichMapComesBackExactlyAfterReopening() {
        JourneyMap map = SampleMaps.rich("map-rich");
        try (JdbcLibrary library = place.open()) {
            library.create(map);
        }
        try (JdbcLibrary library = place.open()) {
            JourneyMap loaded = library.load("map-rich").orElseThrow();
            assertThat(loaded).isEqualTo(library.kept(map));
            // Record equality ignores the order of ratings; the library keeps it as given.
            for (int i = 0; i < map.touchpoints().size(); i++) {
                assertThat(List.copyOf(loaded.touchpoints().get(i).satisfaction().keySet()))
                        .containsExactlyElementsOf(map.touchpoints().get(i).satisfaction().keySet());
            }
            assertThat(loaded.touchpoints().get(0).satisfaction().keySet()).containsExactly("seg-m", "seg-z", "seg-a");
            assertThat(loaded.touchpoints().get(1).expectedScore()).isNull();
            assertThat(loaded.personas().get(1).segmentId()).isNull();
        }
    }

    @Test
    void everyRatingScaleAndAnEmptyMapRoundTrip() {
        try (JdbcLibrary library = place.open()) {
            for (RatingScale scale : RatingScale.values()) {
                JourneyMap empty = new JourneyMap("map-" + scale.name(), "Empty " + scale.label(), null, null,
                        Instant.EPOCH, null, scale, null, null, null, null, null);
                library.create(empty);
                assertThat(library.load(empty.id())).contains(empty);
            }
        }
    }

    @Test
    void reorderingRatingsIsSavedToo() {
        try (JdbcLibrary library = place.open()) {
            JourneyMap map = SampleMaps.rich("map-order");
            library.create(map);
            Touchpoint tp = map.touchpoints().get(0);
            Map<String, Double> reversed = new java.util.LinkedHashMap<>();
            List<String> keys = new ArrayList<>(tp.satisfaction().keySet());
            java.util.Collections.reverse(keys);
            keys.forEach(k -> reversed.put(k, tp.satisfaction().get(k)));
            library.save(map.withTouchpoint(tp.toBuilder().satisfaction(reversed).build()));
            assertThat(library.load("map-order").orElseThrow().touchpoints().get(0).satisfaction().keySet())
                    .containsExactly("seg-a", "seg-z", "seg-m");
        }
    }

    @Test
    void listShowsMostRecentFirstWithTouchpointCountsAndWhoSavedLast() {
        try (JdbcLibrary library = place.open()) {
            library.signAs("Ana");
            library.create(SampleMaps.small("old", 2).withTimes(Instant.parse("2026-01-01T00:00:00Z"),
                    Instant.parse("2026-01-01T00:00:00Z")));
            library.create(SampleMaps.small("new", 5).withTimes(Instant.parse("2026-01-01T00:00:00Z"),
                    Instant.parse("2026-02-01T00:00:00Z")));
            library.create(SampleMaps.rich("rich"));

            assertThat(library.list()).containsExactly(
                    new ProjectSummary("rich", "Online retailer",
                            library.kept(SampleMaps.rich("rich")).modified(), 4, "Ana"),
                    new ProjectSummary("new", "Small new", Instant.parse("2026-02-01T00:00:00Z"), 5, "Ana"),
                    new ProjectSummary("old", "Small old", Instant.parse("2026-01-01T00:00:00Z"), 2, "Ana"));
        }
    }

    @Test
    void renameChangesTitleAndModifiedTimeOnly() {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        try (JdbcLibrary library = place.open(Clock.fixed(now, ZoneOffset.UTC))) {
            JourneyMap map = SampleMaps.rich("map-1");
            library.create(map);
            library.rename("map-1", "  Renamed shop ");
            assertThat(library.load("map-1"))
                    .contains(library.kept(map.withTitle("Renamed shop").withTimes(map.created(), now)));
            assertThatThrownBy(() -> library.rename("map-1", " ")).isInstanceOf(InvalidMapException.class)
                    .hasMessageContaining("title");
            assertThatThrownBy(() -> library.rename("nope", "x")).isInstanceOf(LibraryException.class)
                    .hasMessageContaining("no project with the id 'nope'");
        }
    }

    @Test
    void duplicateGivesNewIdsEverywhereAndKeepsReferencesStraight() {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        try (JdbcLibrary library = place.open(Clock.fixed(now, ZoneOffset.UTC))) {
            JourneyMap original = SampleMaps.rich("map-1");
            library.create(original);
            JourneyMap copy = library.duplicate("map-1", "Copy of shop");

            assertThat(library.load(copy.id())).contains(copy);
            assertThat(library.load("map-1")).contains(library.kept(original));
            assertThat(copy.id()).isNotEqualTo("map-1");
            assertThat(copy.title()).isEqualTo("Copy of shop");
            assertThat(copy.created()).isEqualTo(now);
            List<String> oldIds = new ArrayList<>();
            original.stages().forEach(s -> oldIds.add(s.id()));
            original.lanes().forEach(l -> oldIds.add(l.id()));
            original.segments().forEach(s -> oldIds.add(s.id()));
            original.personas().forEach(p -> oldIds.add(p.id()));
            original.touchpoints().forEach(t -> oldIds.add(t.id()));
            List<String> newIds = new ArrayList<>();
            copy.stages().forEach(s -> newIds.add(s.id()));
            copy.lanes().forEach(l -> newIds.add(l.id()));
            copy.segments().forEach(s -> newIds.add(s.id()));
            copy.personas().forEach(p -> newIds.add(p.id()));
            copy.touchpoints().forEach(t -> newIds.add(t.id()));
            assertThat(newIds).hasSameSizeAs(oldIds).doesNotContainAnyElementsOf(oldIds);

            // Same content in the same places: the copy's references lead to the same-named elements.
            for (int i = 0; i < original.touchpoints().size(); i++) {
                Touchpoint before = original.touchpoints().get(i);
                Touchpoint after = copy.touchpoints().get(i);
                assertThat(after.title()).isEqualTo(before.title());
                assertThat(copy.stage(after.stageId()).orElseThrow().name())
                        .isEqualTo(original.stage(before.stageId()).orElseThrow().name());
                assertThat(copy.lane(after.laneId()).orElseThrow().title())
                        .isEqualTo(original.lane(before.laneId()).orElseThrow().title());
                assertThat(after.satisfaction().values()).containsExactlyElementsOf(before.satisfaction().values());
                List<String> segmentNames = after.satisfaction().keySet().stream()
                        .map(id -> copy.segment(id).orElseThrow().name()).toList();
                assertThat(segmentNames).containsExactlyElementsOf(before.satisfaction().keySet().stream()
                        .map(id -> original.segment(id).orElseThrow().name()).toList());
            }
            assertThat(copy.segment(copy.personas().get(0).segmentId()).orElseThrow().name())
                    .isEqualTo("Business travellers");
            assertThat(library.list()).hasSize(2);
        }
    }

    @Test
    void deleteRemovesTheProjectAndAllItsRows() {
        try (JdbcLibrary library = place.open()) {
            library.create(SampleMaps.rich("map-1"));
            library.create(SampleMaps.rich("map-2"));
            library.delete("map-1");
            assertThat(library.load("map-1")).isEmpty();
            assertThat(library.load("map-2")).contains(library.kept(SampleMaps.rich("map-2")));
            assertThat(library.list()).extracting(ProjectSummary::id).containsExactly("map-2");
            assertThat(LibraryTables.rowCount(library, "touchpoint_satisfaction")).isEqualTo(4);
            assertThatThrownBy(() -> library.delete("map-1")).isInstanceOf(LibraryException.class);
        }
    }

    @Test
    void createRefusesATakenIdAndAnInvalidMap() {
        try (JdbcLibrary library = place.open()) {
            library.create(SampleMaps.rich("map-1"));
            assertThatThrownBy(() -> library.create(SampleMaps.small("map-1", 1)))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("already in the library");
            JourneyMap dangling = SampleMaps.small("map-2", 1).withStages(List.of());
            assertThatThrownBy(() -> library.create(dangling)).isInstanceOf(InvalidMapException.class)
                    .hasMessageContaining("points at stage 'stage-1', which does not exist");
            assertThat(library.load("map-1")).contains(library.kept(SampleMaps.rich("map-1")));
            assertThat(library.load("map-2")).isEmpty();
        }
    }

    @Test
    void aClosedLibrarySaysSo() {
        JdbcLibrary library = place.open();
        library.close();
        assertThatThrownBy(library::list).isInstanceOf(LibraryException.class).hasMessageContaining("is closed");
    }

    @Test
    void aSegmentsShareAndAPersonasDetailsAreSavedIncrementallyAndReadBack() {
        JourneyMap map = SampleMaps.rich("map-people");
        try (JdbcLibrary library = place.open()) {
            library.create(map);
            org.journeystudio.model.Persona bea = map.personas().get(0);
            JourneyMap changed = map
                    .withSegments(List.of(map.segments().get(0).withShare(null), map.segments().get(1).withShare(60.0),
                            map.segments().get(2)))
                    .withPersonas(List.of(bea.withGoals(List.of("Sleep on the plane")).withNeeds(List.of())
                                    .withPhoto("data:image/jpeg;base64,/9j/4AAQ").withQuote(""),
                            map.personas().get(1).withIcon("fth-user").withFrustrations(List.of("Hidden fees")),
                            map.personas().get(2)));
            library.save(changed);
            assertThat(IncrementalSaveTest.content(library.load("map-people")))
                    .isEqualTo(IncrementalSaveTest.content(changed));
            library.save(map);
            assertThat(IncrementalSaveTest.content(library.load("map-people")))
                    .isEqualTo(IncrementalSaveTest.content(map));
        }
    }
}

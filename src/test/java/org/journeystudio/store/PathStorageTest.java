package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.LinkKind;
import org.journeystudio.model.Stage;
import org.journeystudio.model.StagePath;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointLink;
import org.journeystudio.testing.BranchedMaps;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A stage's paths, the path of each card and the connectors between cards, on H2 and PostgreSQL (schema V10). */
@FastTest
@ParameterizedClass
@EnumSource(LibraryKind.class)
class PathStorageTest {
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
    void theLibraryKeepsPathsAndConnectorsAndSavesTheirChanges() {
        JourneyMap map = BranchedMaps.shop("branched");
        try (JdbcLibrary library = place.open()) {
            library.create(map);
        }
        try (JdbcLibrary library = place.open()) {
            JourneyMap loaded = library.load(map.id()).orElseThrow();
            assertThat(loaded).isEqualTo(map);

            Stage receive = loaded.stage("st-receive").orElseThrow();
            Stage renamed = receive.withPaths(List.of(new StagePath(BranchedMaps.COLLECT, "Pick-up point")));
            Touchpoint deliver = loaded.touchpoint("tp-deliver").orElseThrow();
            JourneyMap edited = loaded.withStages(loaded.stages().stream().map(s -> s == receive ? renamed : s)
                    .toList()).withTouchpoint(deliver.toBuilder().pathId(BranchedMaps.COLLECT)
                    .links(List.of(new TouchpointLink(BranchedMaps.COLLECT_CARD, LinkKind.NEXT))).build());
            library.save(edited);
            JourneyMap saved = library.load(map.id()).orElseThrow();
            assertThat(saved.stages()).isEqualTo(edited.stages());
            assertThat(saved.touchpoints()).isEqualTo(edited.touchpoints());
        }
    }

    @Test
    void deletingAProjectWithPathsLeavesNoPathRows() {
        JourneyMap map = BranchedMaps.shop("branched");
        try (JdbcLibrary library = place.open()) {
            library.create(map);
            assertThat(LibraryTables.rowCount(library, "stage_path")).isEqualTo(2);
            library.delete(map.id());
            assertThat(LibraryTables.rowCount(library, "stage_path")).isZero();
        }
    }
}

package org.journeystudio.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenarios;
import org.journeystudio.render.CompareChanges;
import org.journeystudio.render.CompareLayout;
import org.journeystudio.store.KeptVersion;
import org.journeystudio.store.ProjectVersions;
import org.journeystudio.store.VersionInfo;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.ScenarioMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@FastTest
class CompareChoicesTest {
    @TempDir
    Path folder;

    private final JourneyMap toBe = ScenarioMaps.asIsAndToBe("map-shop");

    @Test
    void theShownScenarioIsComparedWithItsBasisByDefault() throws Exception {
        CompareChoices choices = new CompareChoices(toBe, Optional.empty(), JourneyFiles.json());
        CompareChoices.Pair usual = choices.usual().orElseThrow();
        assertThat(usual.before().label()).isEqualTo("As-is");
        assertThat(usual.after().label()).isEqualTo("To-be");
        CompareLayout layout = choices.compare(usual.before(), usual.after());
        assertThat(layout.changes()).flatExtracting(CompareChanges.StageChanges::entries)
                .extracting(CompareChanges.Entry::title)
                .contains(ScenarioMaps.ADDED, ScenarioMaps.REMOVED, ScenarioMaps.EDITED);
    }

    @Test
    void showingTheAsIsStillComparesAsIsWithToBe() {
        CompareChoices choices = new CompareChoices(toBe.showing(Scenarios.FIRST_ID), Optional.empty(),
                JourneyFiles.json());
        assertThat(choices.usual().orElseThrow()).extracting(p -> p.before().label(), p -> p.after().label())
                .containsExactly("As-is", "To-be");
    }

    @Test
    void aMapOfOneScenarioAndNoVersionsHasNothingToCompareButAFile() throws Exception {
        JourneyMap single = SampleMaps.shop("map-single");
        CompareChoices choices = new CompareChoices(single, Optional.empty(), JourneyFiles.json());
        assertThat(choices.usual()).isEmpty();
        assertThat(choices.sides()).extracting(CompareChoices.Side::label).containsExactly("As-is");

        Path file = folder.resolve("older.journey.json");
        JourneyFiles.json().write(single.withTouchpoints(single.touchpoints().subList(1, 5)), file);
        CompareLayout layout = choices.compare(new CompareChoices.FileSide(file),
                new CompareChoices.ScenarioSide(Scenarios.FIRST_ID, "As-is"));
        assertThat(layout.beforeName()).isEqualTo("older.journey.json");
        assertThat(layout.comparison().added()).extracting(c -> c.title()).containsExactly("Search the web");
    }

    @Test
    void aVersionIsComparedOnTheScenarioShownNow() throws Exception {
        JourneyMap older = toBe.withTouchpoints(toBe.touchpoints().subList(1, toBe.touchpoints().size()));
        Versions versions = new Versions(older);
        CompareChoices choices = new CompareChoices(toBe, Optional.of(versions), JourneyFiles.json());
        assertThat(choices.versions()).extracting(CompareChoices.Side::label).containsExactly("Version: Workshop");
        CompareLayout layout = choices.compare(choices.versions().get(0), choices.scenarios().get(1));
        assertThat(layout.comparison().added()).extracting(c -> c.title())
                .containsExactly(toBe.touchpoints().get(0).title());
        assertThat(layout.comparison().removed()).isEmpty();
    }

    @Test
    void aFileThatIsNoJourneyMapSaysWhere() throws Exception {
        Path file = folder.resolve("notes.journey.json");
        java.nio.file.Files.writeString(file, "{ not json");
        CompareChoices choices = new CompareChoices(toBe, Optional.empty(), JourneyFiles.json());
        assertThatThrownBy(() -> choices.compare(new CompareChoices.FileSide(file), choices.scenarios().get(0)))
                .isInstanceOf(JourneyFormatException.class).hasMessageContaining("notes.journey.json");
    }

    /** One kept version, "Workshop". */
    private record Versions(JourneyMap kept) implements ProjectVersions {
        @Override
        public VersionInfo save(JourneyMap map, String name, String note, boolean automatic) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<VersionInfo> list(String projectId) {
            return new ArrayList<>(List.of(new VersionInfo(7, projectId, "Workshop", "", Instant.EPOCH, 100, false)));
        }

        @Override
        public Optional<JourneyMap> load(String projectId, long versionId) {
            return versionId == 7 ? Optional.of(kept) : Optional.empty();
        }

        @Override
        public void delete(String projectId, long versionId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<KeptVersion> all(String projectId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void createWith(JourneyMap map, List<KeptVersion> versions) {
            throw new UnsupportedOperationException();
        }
    }
}

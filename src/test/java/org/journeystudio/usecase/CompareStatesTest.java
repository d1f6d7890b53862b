package org.journeystudio.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.journeystudio.compare.MapComparison;
import org.journeystudio.compare.TouchpointChange;
import org.journeystudio.edit.command.AddScenario;
import org.journeystudio.edit.command.RemoveTouchpoints;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenarios;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.store.KeptVersion;
import org.journeystudio.store.ProjectVersions;
import org.journeystudio.store.VersionInfo;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.ui.fakes.InMemoryLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolving the two sides of a comparison: files, projects, their scenarios and versions, and what is missing. */
@FastTest
class CompareStatesTest {
    @TempDir
    Path folder;

    private final JourneyMap shop = SampleMaps.longMap(4, 12, 5);

    private JourneyMap withToBeWithoutItsFirstCard() {
        AtomicInteger next = new AtomicInteger();
        JourneyMap toBe = AddScenario.copying(shop, Scenarios.FIRST_ID, "To-be", () -> "c" + next.incrementAndGet())
                .apply(shop);
        return RemoveTouchpoints.of(toBe, Set.of(toBe.touchpoints().get(0).id())).apply(toBe);
    }

    @Test
    void twoScenariosOfAProject() {
        Versioned library = new Versioned();
        library.create(withToBeWithoutItsFirstCard());
        CompareStates states = new CompareStates(library);

        CompareStates.State asIs = states.project(shop.id(), null, "as-is");
        CompareStates.State toBe = states.project(shop.id(), null, null);
        MapComparison comparison = CompareStates.compare(asIs, toBe);

        assertThat(asIs.label()).isEqualTo(shop.title() + " · As-is");
        assertThat(toBe.label()).isEqualTo(shop.title() + " · To-be");
        assertThat(comparison.removed()).extracting(TouchpointChange::id).containsExactly(shop.touchpoints().get(0).id());
        assertThat(comparison.unchanged()).isEqualTo(shop.touchpoints().size() - 1);
        assertThatThrownBy(() -> states.project(shop.id(), null, "Competitor"))
                .isInstanceOf(StateNotFoundException.class)
                .hasMessage("The project '" + shop.title() + "' has no scenario 'Competitor'; its scenarios: 'As-is', "
                        + "'To-be'");
    }

    @Test
    void aVersionByNameOrNumberAgainstTheProjectAsItIsNow() {
        Versioned library = new Versioned();
        library.create(shop);
        JourneyMap now = RemoveTouchpoints.of(shop, Set.of(shop.touchpoints().get(1).id())).apply(shop);
        library.save(now);
        library.kept.add(new Kept(new VersionInfo(7, shop.id(), "Before workshop", "", Instant.EPOCH, 100, false), shop));
        CompareStates states = new CompareStates(library);

        MapComparison byName = CompareStates.compare(states.project(shop.id(), "before WORKSHOP", null),
                states.project(shop.id(), null, null));
        MapComparison byNumber = CompareStates.compare(states.project(shop.id(), "7", null),
                states.project(shop.id(), null, null));

        for (MapComparison comparison : List.of(byName, byNumber)) {
            assertThat(comparison.removed()).extracting(TouchpointChange::id)
                    .containsExactly(shop.touchpoints().get(1).id());
        }
        assertThat(states.project(shop.id(), "7", null).label()).isEqualTo(shop.title() + " · version 'Before workshop'");
        assertThatThrownBy(() -> states.project(shop.id(), "After", null)).isInstanceOf(StateNotFoundException.class)
                .hasMessage("The project '" + shop.title() + "' has no version 'After'; its versions: 'Before workshop'");
    }

    @Test
    void aLibraryWithoutVersionsAndAMissingProjectSaySo() {
        InMemoryLibrary plain = new InMemoryLibrary();
        plain.create(shop);
        CompareStates states = new CompareStates(plain);

        assertThatThrownBy(() -> states.project(shop.id(), "Before", null)).isInstanceOf(StateNotFoundException.class)
                .hasMessageContaining("keeps no versions, so it has no version 'Before'");
        assertThatThrownBy(() -> states.project("nope", null, null)).isInstanceOf(StateNotFoundException.class)
                .hasMessageContaining("no project with the id 'nope'");
    }

    @Test
    void aFileAndItsScenarios() throws Exception {
        Path file = folder.resolve("shop.journey.json");
        JourneyFiles.json().write(withToBeWithoutItsFirstCard(), file);

        CompareStates.State asIs = CompareStates.file(JourneyFiles.json(), file, "As-is");
        CompareStates.State toBe = CompareStates.file(JourneyFiles.json(), file, "To-be");

        assertThat(asIs.label()).isEqualTo("shop.journey.json · As-is");
        assertThat(CompareStates.compare(asIs, toBe).removed()).hasSize(1);
        assertThatThrownBy(() -> CompareStates.file(JourneyFiles.json(), file, "Later"))
                .isInstanceOf(StateNotFoundException.class)
                .hasMessageContaining("The file " + file + " has no scenario 'Later'");
    }

    private record Kept(VersionInfo info, JourneyMap map) {
    }

    /** The in-memory library with versions kept in a list, so comparing versions needs no database. */
    private static final class Versioned implements ProjectLibrary {
        private final InMemoryLibrary projects = new InMemoryLibrary();
        final List<Kept> kept = new ArrayList<>();

        @Override
        public Optional<ProjectVersions> versions() {
            return Optional.of(new ProjectVersions() {
                @Override
                public VersionInfo save(JourneyMap map, String name, String note, boolean automatic) {
                    throw new UnsupportedOperationException("not needed to compare");
                }

                @Override
                public List<VersionInfo> list(String projectId) {
                    return kept.stream().map(Kept::info).filter(v -> v.projectId().equals(projectId)).toList();
                }

                @Override
                public Optional<JourneyMap> load(String projectId, long versionId) {
                    return kept.stream().filter(k -> k.info().id() == versionId).map(Kept::map).findFirst();
                }

                @Override
                public void delete(String projectId, long versionId) {
                    kept.removeIf(k -> k.info().id() == versionId);
                }

                @Override
                public List<KeptVersion> all(String projectId) {
                    throw new UnsupportedOperationException("not needed to compare");
                }

                @Override
                public void createWith(JourneyMap map, List<KeptVersion> versions) {
                    throw new UnsupportedOperationException("not needed to compare");
                }
            });
        }

        @Override
        public List<ProjectSummary> list() {
            return projects.list();
        }

        @Override
        public void create(JourneyMap map) {
            projects.create(map);
        }

        @Override
        public Optional<JourneyMap> load(String projectId) {
            return projects.load(projectId);
        }

        @Override
        public void save(JourneyMap map) {
            projects.save(map);
        }

        @Override
        public void rename(String projectId, String newTitle) {
            projects.rename(projectId, newTitle);
        }

        @Override
        public JourneyMap duplicate(String projectId, String newTitle) {
            return projects.duplicate(projectId, newTitle);
        }

        @Override
        public void delete(String projectId) {
            projects.delete(projectId);
        }

        @Override
        public String location() {
            return projects.location();
        }

        @Override
        public void close() {
            projects.close();
        }
    }
}

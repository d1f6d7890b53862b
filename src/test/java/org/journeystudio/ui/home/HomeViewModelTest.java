package org.journeystudio.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.journeystudio.store.ProjectSummary;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.fakes.FakeTemplates;
import org.journeystudio.ui.fakes.TestStudio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The home screen's logic without a window. */
@UiTest
class HomeViewModelTest {
    private final TestStudio studio = new TestStudio();
    private final HomeViewModel model = new HomeViewModel(studio.services(), studio.clock);

    @BeforeAll
    static void toolkit() throws Exception {
        // Tasks report their state through the FX thread, so it must be running even without a window.
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        studio.work.close();
    }

    @Test
    void creatingFromATemplateStoresTheMapUnderTheChosenTitle() {
        ProjectSummary created = model.create(FakeTemplates.RETAILER.id(), "Holiday shopping");
        assertThat(created.title()).isEqualTo("Holiday shopping");
        assertThat(created.touchpointCount()).isEqualTo(5);
        assertThat(studio.library.load(created.id())).isPresent();
        assertThat(model.shownProjects()).containsExactly(created);
    }

    @Test
    void theFilterMatchesTitlesIgnoringCase() {
        model.create(FakeTemplates.BLANK.id(), "Banking onboarding");
        model.create(FakeTemplates.BLANK.id(), "Online shop");
        model.create(FakeTemplates.BLANK.id(), "Mobile banking");
        model.filterProperty().set("  BANK ");
        assertThat(model.shownProjects()).extracting(ProjectSummary::title)
                .containsExactlyInAnyOrder("Banking onboarding", "Mobile banking");
        model.filterProperty().set("");
        assertThat(model.shownProjects()).hasSize(3);
    }

    @Test
    void recentProjectsFollowWhatWasOpenedAndForgetDeletedOnes() {
        ProjectSummary a = model.create(FakeTemplates.BLANK.id(), "A");
        ProjectSummary b = model.create(FakeTemplates.BLANK.id(), "B");
        model.opened(studio.library.load(a.id()).orElseThrow());
        model.opened(studio.library.load(b.id()).orElseThrow());
        assertThat(model.recentProjects()).extracting(ProjectSummary::title).containsExactly("B", "A");
        model.delete(b.id());
        assertThat(model.recentProjects()).extracting(ProjectSummary::title).containsExactly("A");
    }

    @Test
    void duplicateAddsACopyBesideTheOriginal() {
        ProjectSummary original = model.create(FakeTemplates.RETAILER.id(), "Retail");
        ProjectSummary copy = model.duplicate(original);
        assertThat(copy.id()).isNotEqualTo(original.id());
        assertThat(copy.title()).isEqualTo("Retail (copy)");
        assertThat(copy.touchpointCount()).isEqualTo(5);
    }

    @Test
    void importingAMapWhoseIdIsTakenAddsItUnderAFreshId() throws Exception {
        ProjectSummary existing = model.create(FakeTemplates.RETAILER.id(), "Mine");
        java.nio.file.Path file = java.nio.file.Path.of("same.journey.json");
        studio.files.put(file, studio.library.load(existing.id()).orElseThrow().withTitle("Theirs"));
        var task = model.importFile(file);
        task.run();
        assertThat(task.get().map().id()).isNotEqualTo(existing.id());
        assertThat(studio.library.titles()).containsExactlyInAnyOrder("Mine", "Theirs");
        assertThat(studio.library.load(existing.id()).orElseThrow().title()).isEqualTo("Mine");
    }
}

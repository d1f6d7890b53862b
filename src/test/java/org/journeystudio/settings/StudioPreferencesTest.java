package org.journeystudio.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.journeystudio.testing.FastTest;
import org.journeystudio.ui.fakes.MemoryPreferences;
import org.junit.jupiter.api.Test;

@FastTest
class StudioPreferencesTest {
    private final StudioPreferences preferences = new StudioPreferences(new MemoryPreferences());

    @Test
    void recentProjectsListTheLastOpenedFirstWithoutRepeats() {
        preferences.projectOpened("a");
        preferences.projectOpened("b");
        preferences.projectOpened("a");
        assertThat(preferences.recentProjects()).containsExactly("a", "b");
    }

    @Test
    void recentProjectsKeepOnlyTheNewestFew() {
        IntStream.range(0, 12).forEach(i -> preferences.projectOpened("p" + i));
        assertThat(preferences.recentProjects()).hasSize(StudioPreferences.MAX_RECENT).startsWith("p11", "p10");
    }

    @Test
    void recentLibrariesListTheLastUsedFirstWithoutRepeatsAndOnlyTheNewestFew() {
        preferences.libraryUsed("/home/ana/journeys");
        preferences.libraryUsed("postgresql://ana@db.example.org:5432/journeys?sslmode=verify-full");
        preferences.libraryUsed("/home/ana/journeys");
        assertThat(preferences.recentLibraries()).containsExactly("/home/ana/journeys",
                "postgresql://ana@db.example.org:5432/journeys?sslmode=verify-full");
        IntStream.range(0, 12).forEach(i -> preferences.libraryUsed("/libraries/" + i));
        assertThat(preferences.recentLibraries()).hasSize(StudioPreferences.MAX_RECENT).startsWith("/libraries/11");
    }

    @Test
    void aDeletedProjectLeavesTheRecentList() {
        preferences.projectOpened("a");
        preferences.projectOpened("b");
        preferences.projectDeleted("a");
        assertThat(preferences.recentProjects()).containsExactly("b");
    }

    @Test
    void windowBoundsComeBackAsStored() {
        assertThat(preferences.windowBounds()).isEmpty();
        preferences.saveWindowBounds(new WindowBounds(40, 60, 1100, 700, true));
        assertThat(preferences.windowBounds()).contains(new WindowBounds(40, 60, 1100, 700, true));
    }

    @Test
    void aWindowTooSmallToUseIsForgotten() {
        preferences.saveWindowBounds(new WindowBounds(0, 0, 20, 10, false));
        assertThat(preferences.windowBounds()).isEmpty();
    }

    @Test
    void theAuthorNameIsTheOperatingSystemsUserUntilSetAndAfterBeingCleared() {
        assertThat(preferences.authorName()).isEqualTo(System.getProperty("user.name"));
        preferences.setAuthorName("  Alice Martin ");
        assertThat(preferences.authorName()).isEqualTo("Alice Martin");
        preferences.setAuthorName(" ");
        assertThat(preferences.authorName()).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void theThemeChoiceIsKept() {
        assertThat(preferences.darkTheme()).isFalse();
        preferences.setDarkTheme(true);
        assertThat(preferences.darkTheme()).isTrue();
    }

    @Test
    void theGuideIsRememberedPerProjectUntilTurnedOffOrTheProjectIsDeleted() {
        preferences.setGuided("a", true);
        preferences.setGuided("b", true);
        preferences.setGuided("b", true);
        assertThat(preferences.guided("a")).isTrue();
        assertThat(preferences.guided("c")).isFalse();

        preferences.setGuided("a", false);
        preferences.projectDeleted("b");
        assertThat(preferences.guided("a")).isFalse();
        assertThat(preferences.guided("b")).isFalse();
    }

    @Test
    void theGuideIsRememberedForTheNewestProjectsOnly() {
        IntStream.range(0, StudioPreferences.MAX_GUIDED + 5).forEach(i -> preferences.setGuided("p" + i, true));
        assertThat(preferences.guided("p0")).isFalse();
        assertThat(preferences.guided("p" + (StudioPreferences.MAX_GUIDED + 4))).isTrue();
        assertThat(preferences.guided("p5")).isTrue();
    }

    @Test
    void theMatrixWeightIsHalfUntilSetAndStaysBetweenZeroAndOne() {
        assertThat(preferences.matrixCustomerWeight()).isEqualTo(0.5);
        preferences.setMatrixCustomerWeight(0.7);
        assertThat(preferences.matrixCustomerWeight()).isEqualTo(0.7);
        preferences.setMatrixCustomerWeight(3);
        assertThat(preferences.matrixCustomerWeight()).isEqualTo(1.0);
    }
}

package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.journeystudio.model.RatingScale;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.journeystudio.testing.NewLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SlowTest
class WorkshopAnswersTest {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    @TempDir
    Path folder;

    @Test
    void answersReplaceTheParticipantsOwnAndSurviveReopening() {
        try (H2Library library = NewLibraries.open(folder)) {
            library.create(SampleMaps.rich("map-1"));
            try (WorkshopAnswers answers = library.workshopAnswers()) {
                answers.startSession("s1", "map-1", RatingScale.ONE_TO_FIVE, T0);
                answers.write("s1", List.of(new WorkshopRow.Joined("p1", T0), new WorkshopRow.Joined("p2", T0),
                        new WorkshopRow.Answer("p1", "tp-a", "seg-z", 2, T0),
                        new WorkshopRow.Answer("p2", "tp-a", "", 4, T0),
                        new WorkshopRow.Answer("p1", "tp-a", "seg-a", 5, T0.plusSeconds(1)),
                        new WorkshopRow.Comment("c1", "p1", "tp-a", "seg-z", "IDEA", "<b>Kiosk</b>", T0, false)));
                assertThat(answers.removeComment("s1", "c1")).isTrue();
                assertThat(answers.removeComment("s1", "c-none")).isFalse();
                answers.endSession("s1", T0.plusSeconds(60));
            }
        }
        try (H2Library reopened = NewLibraries.open(folder); WorkshopAnswers answers = reopened.workshopAnswers()) {
            assertThat(answers.sessions("map-1")).containsExactly("s1");
            assertThat(answers.participants("s1")).isEqualTo(2);
            assertThat(answers.answers("s1")).containsExactly(
                    new WorkshopRow.Answer("p1", "tp-a", "seg-a", 5, T0.plusSeconds(1)),
                    new WorkshopRow.Answer("p2", "tp-a", "", 4, T0));
            assertThat(answers.comments("s1")).containsExactly(
                    new WorkshopRow.Comment("c1", "p1", "tp-a", "seg-z", "IDEA", "<b>Kiosk</b>", T0, true));
            reopened.delete("map-1");
            assertThat(answers.sessions("map-1")).isEmpty();
            assertThat(answers.answers("s1")).as("deleting the project deletes its workshops").isEmpty();
        }
    }

    @Test
    void aBatchIsKeptWholeOrNotAtAllAndTheLibraryClosesOpenWorkshopConnections() {
        H2Library library = NewLibraries.open(folder);
        library.create(SampleMaps.rich("map-1"));
        WorkshopAnswers answers = library.workshopAnswers();
        answers.startSession("s1", "map-1", RatingScale.ONE_TO_FIVE, T0);
        assertThatThrownBy(() -> answers.write("s1", List.of(new WorkshopRow.Joined("p1", T0),
                new WorkshopRow.Joined("p1", T0)))).isInstanceOf(LibraryException.class);
        assertThat(answers.participants("s1")).isZero();
        assertThatThrownBy(() -> answers.startSession("s2", "map-none", RatingScale.ONE_TO_FIVE, T0))
                .isInstanceOf(LibraryException.class);

        library.close();
        assertThatThrownBy(() -> answers.participants("s1")).isInstanceOf(LibraryException.class)
                .hasMessageContaining("closed");
        try (H2Library again = NewLibraries.open(folder)) {
            assertThat(again.list()).hasSize(1);
        }
    }
}

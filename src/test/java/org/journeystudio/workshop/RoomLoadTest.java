package org.journeystudio.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.RatingScale;
import org.journeystudio.store.WorkshopAnswers;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small room at once, with the standard limits: no answer is lost (timings are the benchmark's business). */
@SlowTest
class RoomLoadTest {
    @TempDir
    Path folder;

    @Test
    void twentyPhonesRatingTwentyTouchpointsAtOnceLoseNothing() throws Exception {
        try (RunningWorkshop room = new RunningWorkshop(folder, SampleMaps.loadTest("map-load", 20))) {
            RoomLoad.Result result = new RoomLoad(room.session.participantAddress(), room.session.pin(), room.map)
                    .run(20, Duration.ofSeconds(60), null);

            assertThat(result.requests()).isEqualTo(20 * 21);
            WorkshopState state = room.session.state();
            assertThat(state.participants()).isEqualTo(20);
            assertThat(WorkshopLoadBench.total(state.counts())).isEqualTo(400);
            // Participant p gave touchpoint i the rating 1 + (p + i) % 5: each value four times per touchpoint.
            for (int column = 0; column < 20; column++) {
                for (int value = 1; value <= 5; value++) {
                    assertThat(state.counts().total(column, point(value))).isEqualTo(4);
                }
            }
            try (WorkshopAnswers answers = room.library.workshopAnswers()) {
                assertThat(answers.answers(room.session.sessionId())).hasSize(400);
            }
        }
    }

    /** The point index of a rating on the sample maps' 1-5 scale, as the room counts it. */
    private static int point(int value) {
        return AnswerScale.of(RatingScale.ONE_TO_FIVE).point(value);
    }
}

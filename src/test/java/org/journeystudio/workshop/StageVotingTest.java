package org.journeystudio.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.ui.fakes.FakeWorkshopSession;
import org.journeystudio.ui.fakes.FakeWorkshops;
import org.junit.jupiter.api.Test;

/** A stage's toggle opens or closes that stage only; the edge cases become "open all" and "close voting". */
@FastTest
class StageVotingTest {
    private static final List<String> STAGES = List.of("st-search", "st-buy", "st-receive");
    private final JourneyMap shop = SampleMaps.shop("shop");
    private final FakeWorkshopSession session = (FakeWorkshopSession) new FakeWorkshops().start("shop", shop);

    @Test
    void closingOneStageWhileAllAreOpenOpensTheOthersByName() {
        StageVoting.set(session, session.state(), STAGES, "st-buy", false);

        assertThat(session.openings()).containsExactly(Set.of("st-search", "st-receive"));
        assertThat(StageVoting.open(session.state(), STAGES)).containsExactly("st-search", "st-receive");
    }

    @Test
    void openingTheLastClosedStageOpensAllAndClosingTheLastOpenClosesVoting() {
        session.openVoting(Set.of("st-search", "st-buy"));
        StageVoting.set(session, session.state(), STAGES, "st-receive", true);
        assertThat(session.calls()).endsWith("openAllVoting");

        session.openVoting(Set.of("st-buy"));
        StageVoting.set(session, session.state(), STAGES, "st-buy", false);
        assertThat(session.calls()).endsWith("closeVoting");
        assertThat(StageVoting.open(session.state(), STAGES)).isEmpty();
    }

    @Test
    void nextStageStepsOneAtATimeAndStartsOverAtTheEnd() {
        WorkshopState all = session.state();
        assertThat(StageVoting.next(all, STAGES)).isEqualTo("st-search");
        session.openVoting(Set.of("st-search"));
        assertThat(StageVoting.next(session.state(), STAGES)).isEqualTo("st-buy");
        session.openVoting(Set.of("st-receive"));
        assertThat(StageVoting.next(session.state(), STAGES)).isEqualTo("st-search");
    }
}

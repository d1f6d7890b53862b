package org.journeystudio.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** Dot-voting's rules: the budget held on the server, anonymity, counts hidden until shown, rounds opened and closed. */
@FastTest
class DotVotingTest {
    private final DotVoting voting = new DotVoting(List.of("opp-a", "opp-b", "opp-c"));

    @Test
    void severalDotsOnOneOpportunityButNeverAboveTheBudget() {
        voting.open(3);
        voting.set("ana", "opp-a", 2);
        voting.set("ana", "opp-b", 1);

        assertThat(voting.left("ana")).isZero();
        assertThatThrownBy(() -> voting.set("ana", "opp-c", 1)).isInstanceOfSatisfying(ClientError.class,
                e -> assertThat(e.status()).isEqualTo(409)).hasMessageContaining("3 dots").hasMessageContaining("at most 0");
        voting.set("ana", "opp-a", 0);
        voting.set("ana", "opp-c", 2);
        assertThat(voting.mine("ana")).containsExactlyInAnyOrderEntriesOf(Map.of("opp-b", 1, "opp-c", 2));
        assertThat(voting.left("bo")).as("each participant has a budget of their own").isEqualTo(3);
    }

    @Test
    void settingTheSameCountAgainIsHarmless() {
        voting.open(2);
        voting.set("ana", "opp-a", 2);
        voting.set("ana", "opp-a", 2);

        assertThat(voting.left("ana")).isZero();
    }

    @Test
    void countsStayOnTheServerUntilShownAndNeverSayWho() {
        voting.open(3);
        voting.set("ana", "opp-a", 2);
        voting.set("bo", "opp-a", 1);
        voting.set("bo", "opp-b", 1);

        assertThat(voting.round()).isEqualTo(new DotRound(true, 3, false, java.util.Optional.empty()));
        voting.show(true);
        assertThat(voting.round().results()).contains(Map.of("opp-a", 3, "opp-b", 1));
        assertThat(voting.round().toString()).doesNotContain("ana").doesNotContain("bo");
        voting.show(false);
        assertThat(voting.round().results()).isEmpty();
    }

    @Test
    void aClosedRoundKeepsItsDotsAndTakesNoMore() {
        voting.open(3);
        voting.set("ana", "opp-a", 1);
        voting.close();

        assertThatThrownBy(() -> voting.set("ana", "opp-b", 1)).isInstanceOfSatisfying(ClientError.class,
                e -> assertThat(e.status()).isEqualTo(409)).hasMessageContaining("closed");
        voting.show(true);
        assertThat(voting.round()).isEqualTo(new DotRound(false, 3, true, java.util.Optional.of(Map.of("opp-a", 1))));
    }

    @Test
    void aNewRoundStartsFromNoDotsAndHidden() {
        voting.open(3);
        voting.set("ana", "opp-a", 3);
        voting.show(true);
        voting.open(5);

        assertThat(voting.left("ana")).isEqualTo(5);
        assertThat(voting.round()).isEqualTo(new DotRound(true, 5, false, java.util.Optional.empty()));
    }

    @Test
    void refusesWhatIsNotARoundOrNotAnOpportunity() {
        assertThatThrownBy(() -> voting.set("ana", "opp-a", 1)).hasMessageContaining("not started");
        assertThatThrownBy(() -> voting.show(true)).hasMessageContaining("No dot-voting round");
        assertThatThrownBy(() -> voting.open(0)).hasMessageContaining("1 to 10");
        assertThatThrownBy(() -> voting.open(11)).hasMessageContaining("1 to 10");
        voting.open(10);
        assertThatThrownBy(() -> voting.set("ana", "opp-x", 1)).isInstanceOfSatisfying(ClientError.class,
                e -> assertThat(e.status()).isEqualTo(404)).hasMessageContaining("opp-x");
        assertThatThrownBy(() -> voting.set("ana", "opp-a", -1)).isInstanceOfSatisfying(ClientError.class,
                e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> new DotVoting(List.of()).open(3)).hasMessageContaining("no opportunities");
    }
}

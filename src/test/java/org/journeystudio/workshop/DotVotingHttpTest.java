package org.journeystudio.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeystudio.workshop.RunningWorkshop.assertRefused;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.journeystudio.model.Opportunity;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dot-voting over HTTP: phones place dots within their budget, the facilitator runs the round on loopback. */
@SlowTest
class DotVotingHttpTest {
    @TempDir
    Path folder;
    private RunningWorkshop room;
    private String secret;

    @BeforeEach
    void start() {
        room = new RunningWorkshop(folder.resolve("library"), SampleMaps.hotel("map-hotel").withOpportunities(List.of(
                Opportunity.idea("opp-wifi", "Free <b>wifi</b>", null),
                Opportunity.idea("opp-late", "Late check-out", null))));
        secret = room.session.controlSecret();
    }

    @AfterEach
    void stop() {
        room.close();
    }

    @Test
    void phonesPlaceDotsWithinTheBudgetAndSeeNoCountsUntilShown() {
        String ann = room.join();
        String ben = room.join();
        assertThat(room.send("GET", "/api/workshop", ann, null).body())
                .contains("opp-wifi", "Late check-out").doesNotContain("<b>");
        assertThat(room.control("POST", "/control/dots/open", secret, "{\"dots\":3}").statusCode()).isEqualTo(200);

        HttpResponse<String> placed = room.dots(ann, "opp-wifi", 2);
        assertThat(placed.statusCode()).isEqualTo(200);
        assertThat(placed.body()).contains("\"left\":1", "\"mine\":{\"opp-wifi\":2}", "\"shown\":false")
                .doesNotContain("results");
        room.dots(ben, "opp-wifi", 1);
        room.dots(ben, "opp-late", 2);
        assertThat(room.send("GET", "/api/dots", ben, null).body()).contains("\"left\":0").doesNotContain("results");
        assertThat(room.send("GET", "/api/status", ben, null).body()).as("the phone's poll carries the round")
                .contains("\"dots\":{", "\"opp-late\":2").doesNotContain("results");
        assertThat(room.control("GET", "/control/dots", secret, null).body()).doesNotContain("results");

        room.control("POST", "/control/dots/show", secret, "{\"shown\":true}");
        String shown = room.send("GET", "/api/dots", ann, null).body();
        assertThat(shown).contains("\"shown\":true", "\"opp-wifi\":3", "\"opp-late\":2")
                .doesNotContain(ann, ben);
        assertThat(room.control("GET", "/control/dots", secret, null).body()).contains("\"opp-wifi\":3");
        assertThat(room.session.dots().results()).contains(Map.of("opp-wifi", 3, "opp-late", 2));
    }

    @Test
    void overBudgetUnknownClosedAndForgedRequestsAreRefusedWithAReason() {
        String ann = room.join();
        assertRefused(room.dots(ann, "opp-wifi", 1), 409, "Dot-voting has not started yet");
        assertRefused(room.control("POST", "/control/dots/open", secret, "{\"dots\":11}"), 400, "1 to 10 dots");
        room.control("POST", "/control/dots/open", secret, "{\"dots\":2}");

        assertRefused(room.dots(ann, "opp-wifi", 3), 409, "You have 2 dots");
        assertRefused(room.dots(ann, "opp-none", 1), 404, "no opportunity with the id 'opp-none'");
        assertRefused(room.dots(ann, "opp-wifi", -1), 400, "cannot be negative");
        assertThat(room.send("PUT", "/api/dots", ann, "{\"opportunityId\":\"opp-wifi\",\"dots\":1,\"who\":\"x\"}")
                .statusCode()).isEqualTo(400);
        assertThat(room.dots("forged-token", "opp-wifi", 1).statusCode()).isEqualTo(401);
        assertThat(room.control("POST", "/control/dots/show", "forged-secret", "{\"shown\":true}").statusCode())
                .isEqualTo(403);
        assertThat(room.send("GET", "/control/dots", null, null).statusCode()).as("no control on the phones' side")
                .isEqualTo(404);

        room.control("POST", "/control/dots/close", secret, null);
        assertRefused(room.dots(ann, "opp-wifi", 1), 409, "closed");
        room.control("POST", "/control/dots/show", secret, "{\"shown\":true}");
        assertThat(room.session.dots().results()).contains(Map.of());
    }
}

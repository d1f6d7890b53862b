package org.journeystudio.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.journeystudio.workshop.RunningWorkshop.assertRefused;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.RatingScale;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ResponseCounts;
import org.journeystudio.store.WorkshopAnswers;
import org.journeystudio.store.WorkshopRow;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.journeystudio.testing.NewLibraries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SlowTest
class WorkshopServerTest {
    private static final int NO_SEGMENT = 0;
    private static final int BUSINESS = 1;
    private static final int FAMILIES = 2;
    private static final int SEARCH = 0;
    private static final int CHECK_IN = 2;

    @TempDir
    Path folder;
    private RunningWorkshop room;

    @BeforeEach
    void start() {
        room = new RunningWorkshop(folder.resolve("library"), SampleMaps.hotel("map-hotel"));
    }

    @AfterEach
    void stop() {
        room.close();
    }

    @Test
    void answersThroughHttpAreCountedPerSegmentTouchpointAndValue() {
        String ann = room.join();
        String ben = room.join();
        assertThat(room.rate(ann, "tp-search", "seg-biz", 4).statusCode()).isEqualTo(200);
        assertThat(room.rate(ben, "tp-search", "seg-fam", 2).statusCode()).isEqualTo(200);
        assertThat(room.rate(ben, "tp-checkin", null, 5).statusCode()).isEqualTo(200);

        WorkshopState state = room.session.state();
        ResponseCounts counts = state.counts();
        assertThat(state.participants()).isEqualTo(2);
        assertThat(state.touchpointIds()).containsExactly("tp-search", "tp-pay", "tp-checkin", "tp-room");
        assertThat(counts.labels()).containsExactly(WorkshopState.NO_SEGMENT, "seg-biz", "seg-fam");
        assertThat(counts.answers(BUSINESS, SEARCH, point(4))).isEqualTo(1);
        assertThat(counts.answers(FAMILIES, SEARCH, point(2))).isEqualTo(1);
        assertThat(counts.answers(NO_SEGMENT, CHECK_IN, point(5))).isEqualTo(1);
        assertThat(counts.total(SEARCH, point(4)) + counts.total(SEARCH, point(2))).isEqualTo(2);
    }

    @Test
    void aParticipantReplacesTheirOwnAnswerButNeverAnothers() {
        String ann = room.join();
        String ben = room.join();
        room.rate(ann, "tp-search", "seg-biz", 2);
        room.rate(ann, "tp-search", "seg-biz", 5);
        room.rate(ben, "tp-search", "seg-biz", 1);

        ResponseCounts counts = room.session.state().counts();
        assertThat(counts.answers(BUSINESS, SEARCH, point(2))).isZero();
        assertThat(counts.answers(BUSINESS, SEARCH, point(5))).isEqualTo(1);
        assertThat(counts.answers(BUSINESS, SEARCH, point(1))).isEqualTo(1);
        assertThat(room.send("GET", "/api/status", ann, null).body()).contains("\"mine\":{\"tp-search\":5}");
        assertThat(room.send("GET", "/api/status", ben, null).body()).contains("\"mine\":{\"tp-search\":1}");
    }

    @Test
    void aWrongPinIsRefusedAndGuessingIsThrottled() {
        String wrong = room.session.pin().equals("000000") ? "111111" : "000000";
        HttpResponse<String> refused = room.send("POST", "/api/join", null, "{\"pin\":\"" + wrong + "\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(RunningWorkshop.error(refused)).contains("That PIN is not this workshop's");
        for (int attempt = 1; attempt < WorkshopSettings.loopback().wrongPins().burst(); attempt++) {
            room.send("POST", "/api/join", null, "{\"pin\":\"" + wrong + "\"}");
        }
        HttpResponse<String> throttled = room.send("POST", "/api/join", null,
                "{\"pin\":\"" + room.session.pin() + "\"}");
        assertThat(throttled.statusCode()).as("even the right PIN waits once guessing is throttled").isEqualTo(429);
        assertThat(room.session.state().participants()).isZero();
    }

    @Test
    void badAnswersAreRefusedWithAReasonAndNothingIsCounted() {
        String ann = room.join();
        assertRefused(room.rate(ann, "tp-search", "seg-biz", 6), 400, "1 to 5");
        assertRefused(room.rate(ann, "tp-search", "seg-biz", 0), 400, "1 to 5");
        assertRefused(room.rate(ann, "tp-nowhere", "seg-biz", 3), 404, "no touchpoint with the id 'tp-nowhere'");
        assertRefused(room.rate(ann, "tp-backstage", null, 3), 404, "no touchpoint");
        assertRefused(room.rate(ann, "tp-search", "seg-other-map", 3), 400, "no segment");
        assertRefused(room.send("PUT", "/api/answers", ann, "{\"touchpointId\":\"tp-search\",\"rating\":\"5\"}"),
                400, "'rating' must be a whole number");
        assertRefused(room.send("PUT", "/api/answers", ann, "[1,2]"), 400, "JSON object");
        assertRefused(room.send("PUT", "/api/answers", ann, "{\"touchpointId\":"), 400, "not valid JSON");
        assertRefused(room.send("PUT", "/api/answers", ann,
                "{\"touchpointId\":\"tp-search\",\"rating\":3,\"participant\":\"someone\"}"), 400, "'participant'");
        String huge = "{\"touchpointId\":\"tp-search\",\"rating\":3,\"segmentId\":\"" + "x".repeat(5000) + "\"}";
        assertRefused(room.send("PUT", "/api/answers", ann, huge), 413, "larger than 4096 bytes");

        room.session.openVoting(Set.of("st-stay"));
        assertRefused(room.rate(ann, "tp-search", "seg-biz", 3), 409, "'Book' is closed");
        assertThat(room.rate(ann, "tp-checkin", "seg-biz", 3).statusCode()).isEqualTo(200);

        ResponseCounts counts = room.session.state().counts();
        long all = 0;
        for (int column = 0; column < counts.ratingColumns(); column++) {
            for (int point = 0; point < counts.points().get(column); point++) {
                all += counts.total(column, point);
            }
        }
        assertThat(all).isEqualTo(1);
    }

    @Test
    void everyAnswerCallNeedsThisSessionsToken(@TempDir Path otherFolder) {
        assertRefused(room.rate(null, "tp-search", "seg-biz", 3), 401, "has not joined");
        assertRefused(room.rate("made-up-token", "tp-search", "seg-biz", 3), 401, "has not joined");
        try (RunningWorkshop other = new RunningWorkshop(otherFolder, SampleMaps.hotel("map-other"))) {
            String foreign = other.join();
            assertRefused(room.rate(foreign, "tp-search", "seg-biz", 3), 401, "has not joined");
            assertRefused(room.send("GET", "/api/workshop", foreign, null), 401, "has not joined");
        }
    }

    @Test
    void withoutASetAddressThePhonesReachTheSessionOnEveryAddressTheJoinScreenOffers(@TempDir Path otherFolder) {
        WorkshopSettings everyInterface = WorkshopSettings.standard().onAddress(null, 0);
        try (RunningWorkshop anywhere = new RunningWorkshop(otherFolder, SampleMaps.hotel("map-any"), everyInterface)) {
            List<RoomAddress> offered = anywhere.session.roomAddresses();
            assertThat(offered).isEqualTo(RoomNetworks.ofThisLaptop());
            int port = anywhere.session.participantAddress().getPort();
            if (!offered.isEmpty()) {
                assertThat(anywhere.session.participantAddress()).isEqualTo(offered.get(0).link(port));
            }
            for (RoomAddress address : offered) {
                URI status = anywhere.session.participantAddress(address).resolve("/");
                assertThat(anywhere.send(status, "GET", null, null, null).statusCode()).as(address.label())
                        .isEqualTo(200);
            }
            URI onThisLaptop = URI.create("http://127.0.0.1:" + port + "/");
            assertThat(anywhere.send(onThisLaptop, "GET", null, null, null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aScriptInACommentIsKeptAsTypedButNeverSentAsMarkup() {
        String ann = room.join();
        String script = "<script>alert('owned')</script> & <img src=x onerror=alert(1)>";
        HttpResponse<String> posted = room.send("POST", "/api/comments", ann,
                "{\"touchpointId\":\"tp-pay\",\"segmentId\":\"seg-fam\",\"kind\":\"PAIN_POINT\",\"text\":\""
                        + script.replace("\"", "\\\"") + "\"}");
        assertThat(posted.statusCode()).isEqualTo(201);

        assertThat(room.session.state().comments()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo(script);
            assertThat(c.kind()).isEqualTo(LiveComment.Kind.PAIN_POINT);
            assertThat(c.segmentId()).isEqualTo("seg-fam");
        });
        HttpResponse<String> state = room.control("GET", "/control/state", room.session.controlSecret(), null);
        assertThat(state.body()).contains("\\u003Cscript\\u003E").doesNotContain("<script").doesNotContain("<img")
                .doesNotContain("&");
        // A refusal that names what the phone sent carries the participant's text back, escaped the same way.
        HttpResponse<String> echoed = room.rate(ann, script, null, 3);
        assertThat(echoed.statusCode()).isEqualTo(404);
        assertThat(RunningWorkshop.error(echoed)).contains(script);
        assertThat(echoed.body()).contains("\\u003Cscript\\u003E").doesNotContain("<script").doesNotContain("<img")
                .doesNotContain("&");
        assertThat(state.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
                "application/json"));
        assertThat(state.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void commentsAreCheckedAndCanBeRemoved() {
        String ann = room.join();
        assertRefused(comment(ann, "IDEA", "x".repeat(501)), 400, "at most 500 characters");
        assertRefused(comment(ann, "RANT", "hello"), 400, "PAIN_POINT or an IDEA");
        assertRefused(comment(ann, "IDEA", "   "), 400, "empty");
        assertThat(comment(ann, "IDEA", "Self check-in kiosk").statusCode()).isEqualTo(201);
        String id = room.session.state().comments().get(0).id();

        HttpResponse<String> removed = room.control("DELETE", "/control/comments/" + id, room.session.controlSecret(),
                null);
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(room.session.state().comments()).isEmpty();
    }

    @Test
    void thePhoneSeesOnlyTitlesNamesAndTheScale() {
        String ann = room.join();
        String view = room.send("GET", "/api/workshop", ann, null).body();
        assertThat(view).contains("Hotel stay", "Book", "Stay", "Search rooms", "Check in", "Business travellers",
                "Bea", "\"min\":1", "\"max\":5");
        assertThat(view).doesNotContain(SampleMaps.HOTEL_SECRET_DESCRIPTION, SampleMaps.HOTEL_SECRET_PAIN,
                SampleMaps.HOTEL_BACKSTAGE_TITLE, "map-hotel", "A secret description", "Consultant");
        String page = room.send("GET", "/", null, null).body();
        assertThat(page).contains("Join the workshop").doesNotContain("Hotel stay");
    }

    @Test
    void controlEndpointsNeedTheSecretAndListenOnLoopbackOnly() {
        URI control = room.session.controlAddress();
        assertThat(control.getHost()).isEqualTo("127.0.0.1");
        assertThat(room.control("GET", "/control/state", null, null).statusCode()).isEqualTo(403);
        assertThat(room.control("POST", "/control/close", "forged-secret", "{}").statusCode()).isEqualTo(403);
        assertThat(room.session.state().allOpen()).isTrue();
        assertThat(room.control("GET", "/control/state", room.session.controlSecret(), null).statusCode())
                .isEqualTo(200);
        // The participants' server has no control endpoints at all.
        assertThat(room.send("GET", "/control/state", null, null).statusCode()).isEqualTo(404);
        // Even with the secret, a caller that is not this machine is refused.
        assertThat(ControlApi.allows("192.168.1.23", "s3cret", "s3cret")).isFalse();
        assertThat(ControlApi.allows("10.0.0.5", "s3cret", "s3cret")).isFalse();
        assertThat(ControlApi.allows("127.0.0.1", "s3cret", "s3cret")).isTrue();
        assertThat(ControlApi.allows("127.0.0.1", "s3cret", "s3creT")).isFalse();
        RoomNetworks.ofThisLaptop().stream().findFirst().ifPresent(lan -> {
            URI overLan = lan.link(control.getPort()).resolve("/control/state");
            assertThatThrownBy(() -> room.send(overLan, "GET", ControlApi.SECRET_HEADER, room.session.controlSecret(),
                    null)).isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(ConnectException.class);
        });
    }

    @Test
    void theFacilitatorSteersVotingAndRevealOverHttpToo() {
        String secret = room.session.controlSecret();
        assertThat(room.control("POST", "/control/open", secret, "{\"stageIds\":[\"st-book\"]}").statusCode())
                .isEqualTo(200);
        assertThat(room.session.state().openStageIds()).containsExactly("st-book");
        assertThat(room.session.state().allOpen()).isFalse();
        assertRefused(room.control("POST", "/control/open", secret, "{\"stageIds\":[\"st-none\"]}"), 400,
                "no stage with the id 'st-none'");
        room.control("POST", "/control/close", secret, null);
        assertThat(room.session.state().openStageIds()).isEmpty();
        room.control("POST", "/control/reveal", secret, "{\"revealed\":true}");
        assertThat(room.session.state().revealed()).isTrue();
        room.control("POST", "/control/open-all", secret, null);
        assertThat(room.session.state().openStageIds()).containsExactlyInAnyOrder("st-book", "st-stay");
    }

    @Test
    void listenersHearOfNewAnswers() throws Exception {
        CompletableFuture<WorkshopState> heard = new CompletableFuture<>();
        room.session.addListener(state -> {
            if (state.counts().answers(FAMILIES, 3, point(3)) == 1) {
                heard.complete(state);
            }
        });
        String ann = room.join();
        room.rate(ann, "tp-room", "seg-fam", 3);
        // Listeners are told every 200 ms at most; 10 s only bounds a broken broadcaster.
        WorkshopState state = heard.get(10, TimeUnit.SECONDS);
        assertThat(state.participants()).isEqualTo(1);
    }

    @Test
    void afterCloseTheServerIsGoneAndTheAnswersStayInTheLibrary() {
        String ann = room.join();
        room.rate(ann, "tp-search", "seg-biz", 4);
        comment(ann, "IDEA", "Faster wifi");
        URI phones = room.session.participantAddress();
        String sessionId = room.session.sessionId();
        room.close();

        assertThat(room.session.state().ended()).isTrue();
        assertThatThrownBy(() -> room.send(phones.resolve("/"), "GET", "X", null, null))
                .hasCauseInstanceOf(ConnectException.class);
        try (H2Library reopened = NewLibraries.open(folder.resolve("library"));
             WorkshopAnswers answers = reopened.workshopAnswers()) {
            assertThat(answers.sessions("map-hotel")).containsExactly(sessionId);
            assertThat(answers.answers(sessionId)).singleElement().satisfies(a -> {
                assertThat(a.touchpointId()).isEqualTo("tp-search");
                assertThat(a.segmentId()).isEqualTo("seg-biz");
                assertThat(a.rating()).isEqualTo(4);
            });
            assertThat(answers.comments(sessionId)).extracting(WorkshopRow.Comment::text).containsExactly("Faster wifi");
            assertThat(answers.participants(sessionId)).isEqualTo(1);
        }
        room = new RunningWorkshop(folder.resolve("again"), SampleMaps.hotel("map-again"));
    }

    @Test
    void eachParticipantIsRateLimited(@TempDir Path otherFolder) {
        WorkshopSettings strict = WorkshopSettings.loopback()
                .withPerParticipant(new WorkshopSettings.RateLimit(0.5, 3));
        try (RunningWorkshop slow = new RunningWorkshop(otherFolder, SampleMaps.hotel("map-slow"), strict)) {
            String ann = slow.join();
            for (int i = 0; i < 3; i++) {
                assertThat(slow.rate(ann, "tp-search", null, 3).statusCode()).isEqualTo(200);
            }
            assertRefused(slow.rate(ann, "tp-search", null, 3), 429, "wait a moment");
            assertThat(slow.rate(slow.join(), "tp-search", null, 3).statusCode())
                    .as("another participant is not slowed down").isEqualTo(200);
        }
    }

    private HttpResponse<String> comment(String token, String kind, String text) {
        return room.send("POST", "/api/comments", token, "{\"touchpointId\":\"tp-pay\",\"kind\":\"" + kind
                + "\",\"text\":\"" + text + "\"}");
    }

    /** The point index of a rating on the sample maps' 1-5 scale, as the room counts it. */
    private static int point(int value) {
        return AnswerScale.of(RatingScale.ONE_TO_FIVE).point(value);
    }
}

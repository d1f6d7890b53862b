package org.journeystudio.workshop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Set;
import org.journeystudio.i18n.Language;
import org.journeystudio.i18n.Messages;

/**
 * The endpoints phones call, on the LAN connector. Each request is first counted against its network address;
 * joining checks the PIN (wrong PINs are throttled per address and overall); every other call needs the
 * participant's token, is counted against that participant, and answers only for that participant.
 *
 * Refusals come as {@code {"error"}} in the language of the request's Accept-Language.
 *
 * <pre>
 * GET  /api/texts?lang=de (no token)                                → {"language", "texts"} the page's words
 * POST /api/join      {"pin"}                                       → {"token", "workshop"}
 * GET  /api/workshop  (token)                                       → {"workshop"}
 * GET  /api/status    (token)                                       → {"openStageIds", "allOpen", "revealed", "ended", "mine", "means"?, "dots"}
 * PUT  /api/answers   (token) {"touchpointId", "segmentId"?, "rating"}
 * POST /api/comments  (token) {"touchpointId", "segmentId"?, "kind", "text"}
 * GET  /api/dots      (token)                                       → {"open", "dots", "left", "mine", "shown", "results"?}
 * PUT  /api/dots      (token) {"opportunityId", "dots"}             → as GET (sets this phone's dots on one opportunity)
 * </pre>
 */
final class ParticipantApi {
    static final String TOKEN_HEADER = "X-Workshop-Token";
    private static final int ID_LENGTH = 200;

    private final LiveWorkshop workshop;
    private final PhonePage page = new PhonePage();
    private final byte[] view;
    private final RateLimiter perAddress;
    private final RateLimiter perParticipant;
    private final PinGuard pins;

    ParticipantApi(LiveWorkshop workshop, java.util.function.LongSupplier nanoClock) {
        this.workshop = workshop;
        WorkshopSettings settings = workshop.settings();
        ObjectNode wrapped = HtmlSafeJson.object();
        wrapped.set("workshop", PhonePage.view(workshop.map()));
        this.view = HtmlSafeJson.bytes(wrapped);
        this.perAddress = new RateLimiter(settings.perAddress(), nanoClock);
        this.perParticipant = new RateLimiter(settings.perParticipant(), nanoClock);
        this.pins = new PinGuard(settings.wrongPins(), settings.wrongPinsOverall(), nanoClock);
    }

    void register(JavalinConfig config) {
        config.routes.before(ctx -> {
            HttpExchange.secureHeaders(ctx);
            if (!perAddress.tryTake(HttpExchange.remoteAddress(ctx))) {
                throw ClientError.of(429, "phone.errorTooManyRequests");
            }
        });
        for (String path : page.paths()) {
            config.routes.get(path, ctx -> page.serve(ctx, path));
        }
        config.routes.get("/api/texts", ParticipantApi::texts);
        config.routes.post("/api/join", this::join);
        config.routes.get("/api/workshop", ctx -> {
            participant(ctx);
            ctx.status(200).contentType("application/json; charset=utf-8").result(view);
        });
        config.routes.get("/api/status", this::status);
        config.routes.put("/api/answers", this::answer);
        config.routes.post("/api/comments", this::comment);
        config.routes.get("/api/dots", ctx -> HttpExchange.reply(ctx, 200, dots(participant(ctx))));
        config.routes.put("/api/dots", ctx -> {
            String participantId = participant(ctx);
            RequestFields fields = new RequestFields(body(ctx), Set.of("opportunityId", "dots"));
            workshop.placeDots(participantId, fields.text("opportunityId", ID_LENGTH), fields.integer("dots"));
            HttpExchange.reply(ctx, 200, dots(participantId));
        });
    }

    /** The page's words in the language asked for ({@code ?lang=de}), as patterns the page formats itself. */
    private static void texts(Context ctx) {
        Language language = Language.forTag(ctx.queryParam("lang")).orElse(Language.ENGLISH);
        ObjectNode reply = HtmlSafeJson.object();
        reply.put("language", language.tag());
        ObjectNode texts = reply.putObject("texts");
        Messages.patterns("phone", language).forEach(texts::put);
        HttpExchange.reply(ctx, 200, reply);
    }

    private void join(Context ctx) {
        String pin = new RequestFields(body(ctx), Set.of("pin")).text("pin", 20).strip();
        if (!pins.admits(HttpExchange.remoteAddress(ctx), workshop.isPin(pin))) {
            throw ClientError.of(429, "phone.errorTooManyPins");
        }
        HttpExchange.replyWhenDone(ctx, workshop.join(pin), given -> {
            ObjectNode reply = HtmlSafeJson.object();
            reply.put("token", given);
            reply.set("workshop", PhonePage.view(workshop.map()));
            HttpExchange.reply(ctx, 200, reply);
        });
    }

    private void status(Context ctx) {
        String participantId = participant(ctx);
        Voting voting = workshop.voting();
        ObjectNode reply = HtmlSafeJson.object();
        var open = reply.putArray("openStageIds");
        if (!voting.ended()) {
            (voting.allOpen() ? workshop.map().stages().stream().map(s -> s.id()).toList()
                    : voting.openStageIds().stream().sorted().toList()).forEach(open::add);
        }
        reply.put("revealed", voting.revealed());
        reply.put("ended", voting.ended());
        ObjectNode mine = reply.putObject("mine");
        workshop.answersOf(participantId).forEach(mine::put);
        if (voting.revealed()) {
            ObjectNode means = reply.putObject("means");
            workshop.means().forEach((touchpointId, mean) -> means.put(touchpointId, Math.round(mean * 10) / 10.0));
        }
        // The phone's one poll also carries the dot-voting round, so it needs no second timer.
        reply.set("dots", dots(participantId));
        HttpExchange.reply(ctx, 200, reply);
    }

    private void answer(Context ctx) {
        String participantId = participant(ctx);
        RequestFields fields = new RequestFields(body(ctx), Set.of("touchpointId", "segmentId", "rating"));
        HttpExchange.replyWhenDone(ctx, workshop.answer(participantId, fields.text("touchpointId", ID_LENGTH),
                fields.optionalText("segmentId", ID_LENGTH), fields.integer("rating")),
                done -> HttpExchange.reply(ctx, 200, HtmlSafeJson.object().put("saved", true)));
    }

    /** The round as this phone may see it: its own dots, and the room's only once shown. */
    private ObjectNode dots(String participantId) {
        ObjectNode reply = ControlApi.dots(workshop.dots());
        reply.put("left", workshop.dotsLeft(participantId));
        ObjectNode mine = reply.putObject("mine");
        workshop.dotsOf(participantId).forEach(mine::put);
        return reply;
    }

    private void comment(Context ctx) {
        String participantId = participant(ctx);
        RequestFields fields = new RequestFields(body(ctx), Set.of("touchpointId", "segmentId", "kind", "text"));
        LiveComment.Kind kind;
        String kindName = fields.text("kind", 20);
        try {
            kind = LiveComment.Kind.valueOf(kindName);
        } catch (IllegalArgumentException e) {
            throw ClientError.of(400, "phone.errorCommentKind");
        }
        // The character limit is checked after trimming; this bound only keeps the field from being absurd.
        HttpExchange.replyWhenDone(ctx, workshop.comment(participantId, fields.text("touchpointId", ID_LENGTH),
                fields.optionalText("segmentId", ID_LENGTH), kind, fields.text("text", 4 * 1024)),
                id -> HttpExchange.reply(ctx, 201, HtmlSafeJson.object().put("id", id)));
    }

    /** The participant of the request's token, after counting the request against that participant. */
    private String participant(Context ctx) {
        String participantId = workshop.participant(ctx.header(TOKEN_HEADER));
        if (!perParticipant.tryTake(participantId)) {
            throw ClientError.of(429, "phone.errorTooFast");
        }
        return participantId;
    }

    private ObjectNode body(Context ctx) {
        return HttpExchange.jsonBody(ctx, workshop.settings().maxBodyBytes());
    }
}

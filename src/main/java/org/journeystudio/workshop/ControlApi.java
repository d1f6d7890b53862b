package org.journeystudio.workshop;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import org.journeystudio.store.ResponseCounts;

/**
 * The facilitator's endpoints, on a connector of their own bound to 127.0.0.1. Each request must also come from a
 * loopback address and carry the session's control secret, so neither another machine nor a web page in the
 * laptop's browser (which cannot know the secret nor send the header across origins) can steer the session. They
 * call the same {@link LiveWorkshop} methods as the studio does in-process.
 *
 * <pre>
 * GET    /control/state              → the session's state, comments escaped
 * POST   /control/open   {"stageIds"} | /control/open-all | /control/close
 * POST   /control/reveal {"revealed"}
 * DELETE /control/comments/{id}
 * GET    /control/dots               → {"open", "dots", "shown", "results"?}
 * POST   /control/dots/open {"dots"} | /control/dots/close
 * POST   /control/dots/show {"shown"}
 * POST   /control/end
 * </pre>
 */
final class ControlApi {
    static final String SECRET_HEADER = "X-Control-Secret";

    private final LiveWorkshop workshop;

    ControlApi(LiveWorkshop workshop) {
        this.workshop = workshop;
    }

    /** Whether a request from {@code remoteAddress} carrying {@code secret} may control the session. */
    static boolean allows(String remoteAddress, String expectedSecret, String secret) {
        return isLoopback(remoteAddress) && Secrets.same(expectedSecret, secret);
    }

    void register(JavalinConfig config) {
        config.routes.before(ctx -> {
            HttpExchange.secureHeaders(ctx);
            if (!allows(HttpExchange.remoteAddress(ctx), workshop.controlSecret(), ctx.header(SECRET_HEADER))) {
                throw new ClientError(403, "Only the studio on this laptop can control the workshop.");
            }
        });
        config.routes.get("/control/state", ctx -> HttpExchange.reply(ctx, 200, state(workshop.state())));
        config.routes.post("/control/open", ctx -> {
            Set<String> stageIds = new RequestFields(body(ctx), Set.of("stageIds")).texts("stageIds");
            try {
                workshop.openVoting(stageIds);
            } catch (IllegalArgumentException e) {
                throw new ClientError(400, e.getMessage());
            }
            done(ctx);
        });
        config.routes.post("/control/open-all", ctx -> {
            workshop.openAllVoting();
            done(ctx);
        });
        config.routes.post("/control/close", ctx -> {
            workshop.closeVoting();
            done(ctx);
        });
        config.routes.post("/control/reveal", ctx -> {
            workshop.setRevealed(new RequestFields(body(ctx), Set.of("revealed")).bool("revealed"));
            done(ctx);
        });
        config.routes.get("/control/dots", ctx -> HttpExchange.reply(ctx, 200, dots(workshop.dots())));
        config.routes.post("/control/dots/open", ctx -> {
            int dots = new RequestFields(body(ctx), Set.of("dots")).integer("dots");
            refusedAs400(() -> workshop.openDots(dots));
            done(ctx);
        });
        config.routes.post("/control/dots/close", ctx -> {
            workshop.closeDots();
            done(ctx);
        });
        config.routes.post("/control/dots/show", ctx -> {
            boolean shown = new RequestFields(body(ctx), Set.of("shown")).bool("shown");
            refusedAs400(() -> workshop.showDots(shown));
            done(ctx);
        });
        config.routes.delete("/control/comments/{id}", ctx -> {
            try {
                workshop.removeComment(ctx.pathParam("id"));
            } catch (IllegalArgumentException e) {
                throw new ClientError(404, e.getMessage());
            }
            done(ctx);
        });
        config.routes.post("/control/end", ctx -> {
            // Stopping the servers waits for their requests, this one included: end on another thread.
            Thread ending = new Thread(workshop::close, "workshop-end-" + workshop.sessionId());
            ending.start();
            HttpExchange.reply(ctx, 202, HtmlSafeJson.object().put("ending", true));
        });
    }

    /** The state as JSON; comment texts are escaped by {@link HtmlSafeJson} like everything else. */
    static ObjectNode state(WorkshopState state) {
        ObjectNode node = HtmlSafeJson.object();
        node.put("participants", state.participants());
        ArrayNode open = node.putArray("openStageIds");
        state.openStageIds().stream().sorted().forEach(open::add);
        node.put("allOpen", state.allOpen()).put("revealed", state.revealed()).put("ended", state.ended());
        ArrayNode touchpoints = node.putArray("touchpointIds");
        state.touchpointIds().forEach(touchpoints::add);
        ObjectNode counts = node.putObject("counts");
        ResponseCounts c = state.counts();
        ArrayNode labels = counts.putArray("labels");
        c.labels().forEach(labels::add);
        ArrayNode answers = counts.putArray("answers");
        for (long[] row : c.answers()) {
            ArrayNode values = answers.addArray();
            for (long value : row) {
                values.add(value);
            }
        }
        ArrayNode comments = node.putArray("comments");
        for (LiveComment comment : state.comments()) {
            comments.addObject().put("id", comment.id()).put("touchpointId", comment.touchpointId())
                    .put("segmentId", comment.segmentId()).put("kind", comment.kind().name())
                    .put("text", comment.text()).put("at", comment.at().toString());
        }
        return node;
    }

    /** The round as JSON: the counts only once shown, as on the phones. */
    static ObjectNode dots(DotRound round) {
        ObjectNode node = HtmlSafeJson.object();
        node.put("open", round.open()).put("dots", round.dots()).put("shown", round.shown());
        round.results().ifPresent(results -> {
            ObjectNode counts = node.putObject("results");
            results.forEach(counts::put);
        });
        return node;
    }

    private static void refusedAs400(Runnable call) {
        try {
            call.run();
        } catch (IllegalArgumentException e) {
            throw new ClientError(400, e.getMessage());
        }
    }

    private ObjectNode body(Context ctx) {
        return HttpExchange.jsonBody(ctx, workshop.settings().maxBodyBytes());
    }

    private static void done(Context ctx) {
        HttpExchange.reply(ctx, 200, HtmlSafeJson.object().put("done", true));
    }

    private static boolean isLoopback(String address) {
        if (address == null || address.isEmpty()) {
            return false;
        }
        try {
            // A literal address from the socket: no name lookup happens for it.
            String literal = address.startsWith("[") ? address.substring(1, address.length() - 1) : address;
            if (!literal.matches("[0-9a-fA-F:.%]+")) {
                return false;
            }
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

package org.journeystudio.workshop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.journeystudio.i18n.Language;

/** What both of the workshop's servers do with every request: bounded bodies, safe headers, JSON replies. */
final class HttpExchange {
    private HttpExchange() {
    }

    /** Headers that keep a browser from sniffing, framing or leaking what the server sends. */
    static void secureHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
                + "frame-ancestors 'none'");
    }

    /** The body as a JSON object; 413 when longer than {@code limit} bytes, whatever the client declared. */
    static ObjectNode jsonBody(Context ctx, int limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw ClientError.of(413, "phone.errorTooLarge", limit);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw ClientError.of(413, "phone.errorTooLarge", limit);
            }
            return HtmlSafeJson.parseObject(body);
        } catch (IOException e) {
            throw ClientError.of(400, "phone.errorUnreadable");
        }
    }

    static void reply(Context ctx, int status, JsonNode body) {
        ctx.status(status);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(HtmlSafeJson.bytes(body));
    }

    /** Replies once {@code work} is done, without holding a server thread meanwhile; its refusals become replies. */
    static <T> void replyWhenDone(Context ctx, CompletableFuture<T> work, Consumer<T> reply) {
        ctx.future(() -> work.handle((value, failure) -> {
            if (failure == null) {
                reply.accept(value);
            } else {
                Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                refuse(ctx, cause instanceof ClientError refused ? refused
                        : ClientError.of(503, "phone.errorTryAgain"));
            }
            return null;
        }));
    }

    static void refuse(Context ctx, ClientError error) {
        ObjectNode body = HtmlSafeJson.object();
        body.put("error", error.message(language(ctx)));
        reply(ctx, error.status(), body);
    }

    /** The language the phone reads (its page sends the one chosen as Accept-Language), else English. */
    static Language language(Context ctx) {
        String header = ctx.header("Accept-Language");
        if (header != null) {
            for (String range : header.split(",")) {
                Optional<Language> spoken = Language.forTag(range.split(";")[0]);
                if (spoken.isPresent()) {
                    return spoken.get();
                }
            }
        }
        return Language.ENGLISH;
    }

    /** The peer's address as the socket saw it; forwarding headers are never trusted. */
    static String remoteAddress(Context ctx) {
        return ctx.req().getRemoteAddr();
    }
}

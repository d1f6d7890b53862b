package org.journeystudio.workshop;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeystudio.i18n.Language;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Persona;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * The participants' page: its three files from the class path, and the part of the map a phone may see: the
 * title, stage names, the rated touchpoints' titles, segment and persona names and the scale. Nothing else
 * (no descriptions, pain points, owners or project id) ever leaves the laptop.
 */
final class PhonePage {
    private static final String FOLDER = "/org/journeystudio/workshop/web/";
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html", "/app.js", "app.js", "/app.css", "app.css");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");

    /** An element whose text is the {@code phone.…} key in its {@code data-i18n} attribute: {@code <h1 data-i18n="…"></h1>}. */
    private static final Pattern KEYED = Pattern.compile("(<(\\w+)[^>]*\\sdata-i18n=\"([^\"]+)\"[^>]*>)(</\\2>)");

    private final Map<String, byte[]> contents = new LinkedHashMap<>();
    private final Map<Language, byte[]> pages = new ConcurrentHashMap<>();

    PhonePage() {
        FILES.forEach((path, file) -> contents.put(path, read(file)));
    }

    /** Every path the page is served under. */
    Iterable<String> paths() {
        return FILES.keySet();
    }

    void serve(Context ctx, String path) {
        String file = FILES.get(path);
        ctx.contentType(TYPES.get(file.substring(file.lastIndexOf('.') + 1)));
        ctx.result(path.equals("/") ? pages.computeIfAbsent(HttpExchange.language(ctx), this::page) : contents.get(path));
    }

    /**
     * index.html with its words already in the language the phone asks for, so it reads right before its script
     * has run; the script fills the same {@code data-i18n} elements again when the participant switches.
     */
    private byte[] page(Language language) {
        String html = new String(contents.get("/"), StandardCharsets.UTF_8)
                .replace("<html lang=\"en\">", "<html lang=\"" + language.tag() + "\">");
        return KEYED.matcher(html).replaceAll(element -> Matcher.quoteReplacement(element.group(1)
                + escape(Messages.textIn(language, element.group(3))) + element.group(4)))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** What the phone shows of {@code map}: only stages that have something to rate. */
    static ObjectNode view(JourneyMap map) {
        ObjectNode view = HtmlSafeJson.object();
        view.put("title", map.title());
        view.putObject("scale").put("min", map.scale().min()).put("max", map.scale().max());
        ArrayNode stages = view.putArray("stages");
        List<Touchpoint> rated = map.customerTouchpoints();
        for (Stage stage : map.stages()) {
            List<Touchpoint> here = rated.stream().filter(t -> t.stageId().equals(stage.id())).toList();
            if (here.isEmpty()) {
                continue;
            }
            ObjectNode node = stages.addObject().put("id", stage.id()).put("name", stage.name());
            ArrayNode touchpoints = node.putArray("touchpoints");
            here.forEach(t -> touchpoints.addObject().put("id", t.id()).put("title", t.title()));
        }
        ArrayNode segments = view.putArray("segments");
        map.segments().forEach(s -> segments.addObject().put("id", s.id()).put("name", s.name()));
        // Dot-voting shows titles only: descriptions, owners and values stay in the studio.
        ArrayNode opportunities = view.putArray("opportunities");
        map.opportunities().forEach(o -> opportunities.addObject().put("id", o.id()).put("title", o.title()));
        ArrayNode personas = view.putArray("personas");
        for (Persona persona : map.personas()) {
            if (persona.segmentId() != null && map.segment(persona.segmentId()).isPresent()) {
                personas.addObject().put("name", persona.name()).put("segmentId", persona.segmentId());
            }
        }
        return view;
    }

    private static byte[] read(String file) {
        try (InputStream in = PhonePage.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("The phone page file " + FOLDER + file + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.journeystudio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.journeystudio.i18n.Language;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.store.json.JourneyJson;

/**
 * The templates shipped inside the application, in the language in use: {@code .journey.json} resources listed,
 * in the order the home screen offers them, by {@code templates/index.json}. English ones sit in the folder
 * itself, translations in a sub-folder per language ({@code templates/de/}); a template not translated yet is
 * offered in English. Names and descriptions come from the {@code templates} bundle. A template is read the first
 * time it is used.
 */
public final class ResourceTemplateCatalog implements TemplateCatalog {
    static final String FOLDER = "/org/journeystudio/store/templates/";
    /** Names and descriptions are {@code templates.<id in camelCase>.name} and {@code .description}. */
    private static final String KEYS = "templates.";

    /** Read on first use: a studio started on a library with projects never needs it (nor JSON) at start-up. */
    private volatile List<String> ids;
    /** By resource: after a language switch the other language's file is read once. */
    private final Map<String, JourneyMap> loaded = new ConcurrentHashMap<>();

    @Override
    public List<TemplateInfo> list() {
        List<String> read = ids;
        if (read == null) {
            read = readIndex();
            ids = read;
        }
        return read.stream().map(id -> new TemplateInfo(id, Messages.text(KEYS + key(id) + ".name"),
                Messages.text(KEYS + key(id) + ".description"))).toList();
    }

    @Override
    public JourneyMap instantiate(String templateId, String title, Instant now) {
        TemplateInfo info = info(templateId);
        String newTitle = title == null || title.isBlank() ? info.name() : title;
        return FreshIds.renew(template(templateId), Ids::next).withTitle(newTitle).withTimes(now, now);
    }

    /** The template's map in the language in use exactly as shipped, with its own readable ids. */
    JourneyMap template(String templateId) {
        return template(templateId, Messages.language());
    }

    /** The template's map in {@code language} (English if it has no translation) exactly as shipped. */
    JourneyMap template(String templateId, Language language) {
        info(templateId);
        String resource = resourceName(templateId, language);
        if (ResourceTemplateCatalog.class.getResource(resource) == null) {
            resource = resourceName(templateId);
        }
        return loaded.computeIfAbsent(resource, ResourceTemplateCatalog::load);
    }

    /** The English template's resource. */
    static String resourceName(String templateId) {
        return FOLDER + templateId + ".journey.json";
    }

    /** The template's resource in {@code language}, which may not exist; the pseudo-language reads English. */
    static String resourceName(String templateId, Language language) {
        return language == Language.ENGLISH || language == Language.PSEUDO ? resourceName(templateId)
                : FOLDER + language.tag() + "/" + templateId + ".journey.json";
    }

    /** The bundle key part of a template id: {@code online-retailer} → {@code onlineRetailer}. */
    static String key(String templateId) {
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char c : templateId.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }

    private TemplateInfo info(String templateId) {
        return list().stream().filter(t -> t.id().equals(templateId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no template '" + templateId
                        + "'; the templates are: " + String.join(", ", ids)));
    }

    private static JourneyMap load(String name) {
        try (InputStream in = ResourceTemplateCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The template file " + name + " is missing from the application");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return JourneyJson.read(reader, name);
            }
        } catch (JourneyFormatException e) {
            // Shipped templates are checked by the build; reaching this means a broken build, not bad user input.
            throw new IllegalStateException("The template " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template " + name, e);
        }
    }

    private static List<String> readIndex() {
        String name = FOLDER + "index.json";
        try (InputStream in = ResourceTemplateCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The template index " + name + " is missing from the application");
            }
            JsonNode index = new ObjectMapper().readTree(in);
            List<String> templates = new ArrayList<>();
            for (JsonNode entry : index.path("templates")) {
                templates.add(entry.path("id").asText());
            }
            if (templates.isEmpty() || templates.stream().anyMatch(String::isBlank)) {
                throw new IllegalStateException("The template index " + name + " lists no templates or one without"
                        + " an id");
            }
            return List.copyOf(templates);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template index " + name, e);
        }
    }
}

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
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.store.json.JourneyJson;

/**
 * The templates shipped inside the application: {@code .journey.json} resources listed, in the order the home
 * screen offers them, by {@code templates/index.json}. A template is read the first time it is used.
 */
public final class ResourceTemplateCatalog implements TemplateCatalog {
    static final String FOLDER = "/org/journeystudio/store/templates/";

    /** Read on first use: a studio started on a library with projects never needs it (nor JSON) at start-up. */
    private volatile List<TemplateInfo> templates;
    private final Map<String, JourneyMap> loaded = new ConcurrentHashMap<>();

    @Override
    public List<TemplateInfo> list() {
        List<TemplateInfo> read = templates;
        if (read == null) {
            read = readIndex();
            templates = read;
        }
        return read;
    }

    @Override
    public JourneyMap instantiate(String templateId, String title, Instant now) {
        TemplateInfo info = info(templateId);
        String newTitle = title == null || title.isBlank() ? info.name() : title;
        return FreshIds.renew(template(templateId), Ids::next).withTitle(newTitle).withTimes(now, now);
    }

    /** The template's map exactly as shipped, with its own readable ids. */
    JourneyMap template(String templateId) {
        info(templateId);
        return loaded.computeIfAbsent(templateId, ResourceTemplateCatalog::load);
    }

    static String resourceName(String templateId) {
        return FOLDER + templateId + ".journey.json";
    }

    private TemplateInfo info(String templateId) {
        return list().stream().filter(t -> t.id().equals(templateId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no template '" + templateId
                        + "'; the templates are: " + String.join(", ", list().stream().map(TemplateInfo::id).toList())));
    }

    private static JourneyMap load(String templateId) {
        String name = resourceName(templateId);
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

    private static List<TemplateInfo> readIndex() {
        String name = FOLDER + "index.json";
        try (InputStream in = ResourceTemplateCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The template index " + name + " is missing from the application");
            }
            JsonNode index = new ObjectMapper().readTree(in);
            List<TemplateInfo> templates = new ArrayList<>();
            for (JsonNode entry : index.path("templates")) {
                templates.add(new TemplateInfo(entry.path("id").asText(), entry.path("name").asText(),
                        entry.path("description").asText()));
            }
            if (templates.isEmpty() || templates.stream().anyMatch(t -> t.id().isBlank() || t.name().isBlank())) {
                throw new IllegalStateException("The template index " + name + " lists no templates or one without"
                        + " an id or name");
            }
            return List.copyOf(templates);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template index " + name, e);
        }
    }
}

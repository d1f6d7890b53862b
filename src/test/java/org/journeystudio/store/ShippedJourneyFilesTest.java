package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.journeystudio.i18n.Language;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The template resources and the sample files in {@code assets/} are exactly what the codec writes, and the
 * samples hold the same journeys as their templates. After editing a template, regenerate both with
 * {@code ./mvnw test -Dtest=ShippedJourneyFilesTest -Djourneystudio.rewriteJourneyFiles=true}.
 */
@FastTest
class ShippedJourneyFilesTest {
    private static final Path ASSETS = Path.of("assets");
    /** Sample file in assets/ → the template it is a copy of. */
    private static final Map<String, String> SAMPLES = Map.of(
            "online-retailer.journey.json", "online-retailer",
            "smartphone-example.journey.json", "map-your-own-experience-solution");

    private final ResourceTemplateCatalog catalog = new ResourceTemplateCatalog();

    @Test
    void everyTemplateResourceIsInTheCodecsOwnLayout() throws IOException {
        for (TemplateInfo info : catalog.list()) {
            for (Language language : Language.offered()) {
                String shipped = resourceText(ResourceTemplateCatalog.resourceName(info.id(), language));

                assertThat(JourneyJson.toJson(catalog.template(info.id(), language)))
                        .as("%s in %s is not in canonical form; rewrite it (see this test's Javadoc)", info.id(),
                                language)
                        .isEqualTo(shipped);
            }
        }
    }

    @Test
    void everySampleAssetHoldsTheSameJourneyAsItsTemplate() throws Exception {
        for (Map.Entry<String, String> sample : SAMPLES.entrySet()) {
            JourneyMap asset = JourneyJson.read(ASSETS.resolve(sample.getKey()));

            assertThat(comparable(asset)).as(sample.getKey())
                    .isEqualTo(comparable(catalog.template(sample.getValue(), Language.ENGLISH)));
        }
    }

    /** Regenerates the shipped files from the templates as the catalog reads them; off unless asked for. */
    @Test
    @EnabledIfSystemProperty(named = "journeystudio.rewriteJourneyFiles", matches = "true")
    void rewriteShippedFiles() throws IOException {
        for (TemplateInfo info : catalog.list()) {
            for (Language language : Language.offered()) {
                JourneyJson.write(catalog.template(info.id(), language), Path.of("src/main/resources")
                        .resolve(ResourceTemplateCatalog.resourceName(info.id(), language).substring(1)));
            }
        }
        Files.createDirectories(ASSETS);
        for (Map.Entry<String, String> sample : SAMPLES.entrySet()) {
            JourneyJson.write(catalog.template(sample.getValue(), Language.ENGLISH), ASSETS.resolve(sample.getKey()));
        }
    }

    /** The map with ids numbered by position and fixed times, so two copies compare by content alone. */
    static JourneyMap comparable(JourneyMap map) {
        Map<String, Integer> counters = new HashMap<>();
        return FreshIds.renew(map, prefix -> prefix + "-" + counters.merge(prefix, 1, Integer::sum))
                .withTimes(Instant.EPOCH, Instant.EPOCH);
    }

    private static String resourceText(String resource) throws IOException {
        try (InputStream in = ShippedJourneyFilesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("resource %s", resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.journeystudio.i18n.Language;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.MapValidator;
import org.journeystudio.model.Stage;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.testing.FastTest;
import org.journeystudio.usecase.ExerciseProgress;
import org.journeystudio.usecase.StudentExercise;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every template exists in German and Spanish as the English one translated: the same ids, structure, ratings,
 * colours and links, every text filled where English has one, and no English sentence left behind.
 */
@FastTest
// One test switches the studio's language, which is one setting for the whole JVM.
@Isolated
class TranslatedTemplatesTest {
    /** The fields that hold words for people; every other value must equal the English one. */
    private static final Set<String> TEXT_FIELDS = Set.of("title", "description", "scenario", "name", "label",
            "text", "detail", "owner", "quote", "goals", "needs", "frustrations", "expectations", "waitDuration",
            "baseline", "target");
    /** Words common in English sentences that neither German nor Spanish uses. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|and|with|your|you|of|is|are|what|when|which"
            + "|from|customers?|this|that|not|after|before|only|for|to|my)\\b", Pattern.CASE_INSENSITIVE);
    private static final ResourceTemplateCatalog CATALOG = new ResourceTemplateCatalog();
    private final Language before = Messages.language();

    @AfterEach
    void restore() {
        Messages.use(before);
    }

    static Stream<Arguments> translations() {
        return CATALOG.list().stream().map(TemplateInfo::id)
                .flatMap(id -> Stream.of(Arguments.of(id, Language.GERMAN), Arguments.of(id, Language.SPANISH)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("translations")
    void aTranslationHasTheEnglishStructureAndOnlyItsOwnWords(String templateId, Language language) throws Exception {
        assertThat(ResourceTemplateCatalog.class.getResource(ResourceTemplateCatalog.resourceName(templateId,
                language))).as("the %s file of %s", language, templateId).isNotNull();
        JourneyMap english = CATALOG.template(templateId, Language.ENGLISH);
        JourneyMap translated = CATALOG.template(templateId, language);
        assertThat(MapValidator.validate(translated)).isEmpty();
        assertThat(translated.stages()).hasSameSizeAs(english.stages());
        assertThat(translated.touchpoints()).hasSameSizeAs(english.touchpoints());

        List<String> texts = new ArrayList<>();
        compare(tree(english), tree(translated), "map", null, texts);

        assertThat(texts).as("texts of %s in %s", templateId, language).isNotEmpty();
        List<String> englishLooking = texts.stream().filter(t -> ENGLISH.matcher(t).find()).toList();
        assertThat(englishLooking).as("texts of %s in %s that look English", templateId, language).isEmpty();
    }

    @Test
    void theCatalogueOffersTheTemplatesOfTheLanguageInUse() {
        Messages.use(Language.GERMAN);
        assertThat(CATALOG.list()).extracting(TemplateInfo::name).startsWith("Leer")
                .contains("Eigene Erfahrung abbilden");
        JourneyMap shop = CATALOG.instantiate("online-retailer", null, Instant.EPOCH);
        assertThat(shop.title()).isEqualTo("Onlinehändler");
        assertThat(shop.stages()).extracting(Stage::name).startsWith("Produkt suchen", "Website besuchen");

        Messages.use(Language.SPANISH);
        assertThat(CATALOG.instantiate("blank", "Mi mapa", Instant.EPOCH).stages()).extracting(Stage::name)
                .containsExactly("Antes", "Durante", "Después");

        // Pseudo-text is for finding cut-off labels in the studio's own words: the content stays English.
        Messages.use(Language.PSEUDO);
        assertThat(CATALOG.template("blank").stages()).extracting(Stage::name).startsWith("Before");
        assertThat(CATALOG.list().get(0).name()).startsWith("[").doesNotContain("Blank");
    }

    /** The exercise's guide speaks the template's language and names its rating segment as the map does. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(names = {"ENGLISH", "GERMAN", "SPANISH"})
    void theExerciseGuideSpeaksTheLanguageOfItsTemplate(Language language) {
        Messages.use(language);
        JourneyMap exercise = CATALOG.instantiate(StudentExercise.TEMPLATE_ID, null, Instant.EPOCH);
        ExerciseProgress progress = StudentExercise.check(exercise);

        // Still called after the template, so the first step wants a name of the student's own.
        assertThat(progress.steps().get(0).done()).isFalse();
        assertThat(progress.steps().get(0).detail()).isEqualTo(Messages.text("exercise.chooseNeedsBoth"));
        assertThat(progress.steps().get(3).instruction()).contains(exercise.segments().get(0).name());
        if (language != Language.ENGLISH) {
            assertThat(progress.summary()).doesNotContain("steps");
            assertThat(progress.steps()).allSatisfy(step -> assertThat(ENGLISH.matcher(step.instruction()).find())
                    .as(step.title()).isFalse());
        }
    }

    @Test
    void everyLanguageHasItsFolderAndPseudoTextReadsEnglish() {
        assertThat(ResourceTemplateCatalog.resourceName("blank", Language.GERMAN))
                .endsWith("/templates/de/blank.journey.json");
        assertThat(ResourceTemplateCatalog.resourceName("blank", Language.PSEUDO))
                .isEqualTo(ResourceTemplateCatalog.resourceName("blank"));
        assertThat(ResourceTemplateCatalog.key("map-your-own-experience-solution"))
                .isEqualTo("mapYourOwnExperienceSolution");
    }

    private static JsonNode tree(JourneyMap map) throws Exception {
        return new ObjectMapper().readTree(JourneyJson.toJson(map)).path("map");
    }

    /** Walks both trees side by side: equal everywhere but in texts, which must be filled where English is. */
    private static void compare(JsonNode english, JsonNode translated, String path, String field, List<String> texts) {
        assertThat(translated.getNodeType()).as(path).isEqualTo(english.getNodeType());
        if (english.isObject()) {
            assertThat(fieldNames(translated)).as(path).isEqualTo(fieldNames(english));
            for (Iterator<Map.Entry<String, JsonNode>> it = english.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                compare(e.getValue(), translated.get(e.getKey()), path + "." + e.getKey(), e.getKey(), texts);
            }
        } else if (english.isArray()) {
            assertThat(translated.size()).as(path).isEqualTo(english.size());
            for (int i = 0; i < english.size(); i++) {
                compare(english.get(i), translated.get(i), path + "[" + i + "]", field, texts);
            }
        } else if (english.isTextual() && TEXT_FIELDS.contains(field)) {
            assertThat(translated.asText().isBlank()).as(path).isEqualTo(english.asText().isBlank());
            // The first scenario keeps the model's own name ("As-is"), which the studio recognises by it.
            if (!path.startsWith("map.scenarios.")) {
                texts.add(translated.asText());
            }
        } else {
            assertThat(translated).as(path).isEqualTo(english);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theWordPatternCatchesEnglish() {
        Matcher m = ENGLISH.matcher("Delivery cost shown in the cart");
        assertThat(m.find()).isTrue();
        assertThat(ENGLISH.matcher("Versandkosten im Warenkorb, envío en el carrito").find()).isFalse();
    }
}

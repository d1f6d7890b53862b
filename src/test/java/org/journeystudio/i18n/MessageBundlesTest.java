package org.journeystudio.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Keeps the bundles whole: every language has every English key and no other, every pattern is one that
 * {@link MessageFormat} reads with the same placeholders in each language, every key is used, every key the code
 * asks for exists, and no view holds a literal text instead of a key.
 */
@FastTest
class MessageBundlesTest {
    static final Path BUNDLES = Path.of("src/main/resources/org/journeystudio/i18n");
    static final List<String> AREAS = Messages.AREAS;
    private static final List<String> TRANSLATIONS = List.of("de", "es");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern TEXT_CALL = Pattern.compile("Messages\\.text\\(\\s*\"([^\"]+)\"");
    /** The workshop's phone page asks with {@code t("phone.…")} in its script and {@code data-i18n} in its markup. */
    private static final Pattern PAGE_CALL = Pattern.compile("(?:\\bt\\(|data-i18n(?:-label)?=)\"([^\"]+)\"");
    private static final Path PHONE_PAGE = Path.of("src/main/resources/org/journeystudio/workshop/web");
    private static final Pattern FXML_TEXT_ATTRIBUTE = Pattern.compile(
            "\\s(text|promptText|title|label|accessibleText|accessibleHelp|accessibleRoleDescription)=\"([^\"]*)\"");

    @Test
    void everyBundleFileIsAListedArea() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            Set<String> areas = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".properties"))
                    .map(name -> name.replaceFirst("(_[a-z]{2})?\\.properties$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(areas).containsExactlyInAnyOrderElementsOf(AREAS);
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("AREAS")
    void everyLanguageHasExactlyTheEnglishKeysWithTheSamePlaceholders(String area) throws IOException {
        Map<String, String> english = read(area, "");
        assertThat(english).as(area + ".properties").isNotEmpty();
        assertThat(english.keySet()).as("keys of %s.properties start with '%s.'", area, area)
                .allMatch(key -> key.startsWith(area + "."));
        for (String language : TRANSLATIONS) {
            Map<String, String> translated = read(area, "_" + language);
            assertThat(translated.keySet()).as("keys of %s_%s.properties", area, language)
                    .containsExactlyInAnyOrderElementsOf(english.keySet());
            for (String key : english.keySet()) {
                assertThat(placeholders(translated.get(key))).as("placeholders of %s in %s", key, language)
                        .isEqualTo(placeholders(english.get(key)));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("AREAS")
    void everyPatternReadsAsAMessageFormatWithItsApostrophesDoubled(String area) throws IOException {
        for (String suffix : List.of("", "_de", "_es")) {
            if (!Files.exists(BUNDLES.resolve(area + suffix + ".properties"))) {
                continue; // the test above names the missing file
            }
            for (Map.Entry<String, String> entry : read(area, suffix).entrySet()) {
                String where = area + suffix + ".properties: " + entry.getKey();
                assertThat(LONE_APOSTROPHE.matcher(entry.getValue()).find())
                        .as("%s has a single ' (write '' or ’)", where).isFalse();
                new MessageFormat(entry.getValue());
            }
        }
    }

    @Test
    void everyKeyIsUsedAndEveryKeyAskedForExists() throws IOException {
        Set<String> english = new TreeSet<>();
        for (String area : AREAS) {
            english.addAll(read(area, "").keySet());
        }
        Set<String> literals = new TreeSet<>();
        Set<String> asked = new TreeSet<>();
        for (Path source : sources()) {
            String text = Files.readString(source);
            Matcher fxml = FXML_KEY.matcher(source.toString().endsWith(".fxml") ? text : "");
            while (fxml.find()) {
                literals.add(fxml.group(1));
                asked.add(fxml.group(1));
            }
            Matcher literal = STRING_LITERAL.matcher(text);
            while (literal.find()) {
                literals.add(literal.group(1));
            }
            Matcher call = (source.startsWith(PHONE_PAGE) ? PAGE_CALL : TEXT_CALL).matcher(text);
            while (call.find()) {
                asked.add(call.group(1));
            }
        }
        // A key may be made from a literal prefix and a value ("status." + status.name().toLowerCase()).
        List<String> prefixes = literals.stream().filter(l -> l.endsWith(".") && l.length() > 2).toList();
        List<String> unused = english.stream()
                .filter(key -> !literals.contains(key) && prefixes.stream().noneMatch(key::startsWith)).toList();
        assertThat(unused).as("keys no code or view uses").isEmpty();
        asked.removeAll(english);
        // A prefix the code completes with a value ("comparison.kind." + kind) must start at least one key.
        asked.removeIf(prefix -> prefix.endsWith(".") && english.stream().anyMatch(key -> key.startsWith(prefix)));
        assertThat(asked).as("keys asked for that English lacks").isEmpty();
    }

    @Test
    void viewsHoldKeysNotLiteralTexts() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path fxml : sources()) {
            if (!fxml.toString().endsWith(".fxml")) {
                continue;
            }
            Matcher attribute = FXML_TEXT_ATTRIBUTE.matcher(Files.readString(fxml));
            while (attribute.find()) {
                String value = attribute.group(2);
                if (!value.startsWith("%") && !value.startsWith("$") && value.codePoints().anyMatch(Character::isLetter)) {
                    literals.add(fxml.getFileName() + ": " + attribute.group(1) + "=\"" + value + "\"");
                }
            }
        }
        assertThat(literals).as("FXML texts that should be %keys").isEmpty();
    }

    @Test
    void pseudoTextIsLongerBracketedAndKeepsPlaceholders() {
        String pseudo = PseudoText.of("Delete {0} touchpoints? It can''t be undone.");
        assertThat(pseudo).startsWith("[").endsWith("]").contains("{0}").contains("''")
                .doesNotContain("Delete").hasSizeGreaterThanOrEqualTo((int) (1.4 * 36));
        assertThat(new MessageFormat(pseudo).format(new Object[] {3})).contains("3").contains("'");
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    static Map<String, String> read(String area, String suffix) throws IOException {
        Path file = BUNDLES.resolve(area + suffix + ".properties");
        assertThat(file).as("bundle file").exists();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> entries = new TreeMap<>();
        properties.forEach((k, v) -> entries.put((String) k, (String) v));
        return entries;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> java = Files.walk(Path.of("src/main/java"));
             Stream<Path> resources = Files.walk(Path.of("src/main/resources/org/journeystudio"))) {
            return Stream.concat(java.filter(p -> p.toString().endsWith(".java")),
                    resources.filter(p -> p.toString().endsWith(".fxml")
                            || p.startsWith(PHONE_PAGE) && p.toString().matches(".*\\.(js|html)$"))).toList();
        }
    }
}

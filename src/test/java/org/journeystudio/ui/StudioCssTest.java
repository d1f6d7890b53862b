package org.journeystudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.journeystudio.style.Palette;
import org.journeystudio.style.Rgb;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/**
 * The window's CSS spells out each colour once, in the {@code .root} block of studio.css, and each one there is the
 * palette's colour of the same name ({@code -js-ink-soft} is {@link Palette#INK_SOFT}, {@code -js-emotion-m2}
 * {@code Palette.emotion(-2)}, {@code -js-emotion-m2-edge} {@code Palette.emotionEdge(-2)}). Reads the CSS text;
 * no toolkit.
 */
@FastTest
class StudioCssTest {
    private static final Path UI_CSS = Path.of("src/main/resources/org/journeystudio/ui");
    private static final Path STUDIO_CSS = UI_CSS.resolve("studio.css");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern ROOT_BLOCK = Pattern.compile("(?m)^\\.root\\s*\\{([^}]*)}");
    private static final Pattern DEFINITION = Pattern.compile("(-js-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Pattern REFERENCE = Pattern.compile("(?<![\\w-])(-js-[a-z0-9-]+)");
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern RGBA = Pattern.compile("rgba\\((\\d+),\\s*(\\d+),\\s*(\\d+),\\s*([0-9.]+)\\)");
    /** Colour literals CSS could spell instead of a name: hex, functions and the commonest colour words. */
    private static final Pattern RAW_COLOUR = Pattern.compile(
            "#[0-9a-fA-F]{3,8}\\b|\\b(rgba?|hsba?|hsla?)\\(|:[^;]*\\b(white|black|red|green|blue|gr[ae]y|orange)\\b");
    private static final Pattern EMOTION = Pattern.compile("-js-emotion-([mp])(\\d)(-edge)?");

    @Test
    void noStylesheetSpellsOutAColourOutsideTheOneDefinitionsBlock() throws IOException {
        List<String> raw = new ArrayList<>();
        for (Path css : stylesheets()) {
            String text = withoutComments(Files.readString(css));
            if (css.equals(STUDIO_CSS)) {
                text = ROOT_BLOCK.matcher(text).replaceFirst(".root {}");
            }
            Matcher m = RAW_COLOUR.matcher(text);
            while (m.find()) {
                raw.add(UI_CSS.relativize(css) + ": " + m.group());
            }
        }
        assertThat(raw).as("colours spelled out instead of a -js- name from studio.css").isEmpty();
    }

    @Test
    void everyColourDefinedInCssIsThePalettesColourOfThatName() throws IOException {
        Map<String, String> definitions = definitions();
        assertThat(definitions).containsKeys("-js-ink", "-js-emotion-m2", "-js-emotion-p2-edge");

        for (Map.Entry<String, String> d : definitions.entrySet()) {
            String value = d.getValue().strip();
            if (value.startsWith("-")) {
                assertThat(value).as("%s names a theme variable or another -js- colour", d.getKey())
                        .matches(v -> v.startsWith("-color-") || definitions.containsKey(v));
                continue;
            }
            assertThat(parse(value)).as("%s in studio.css", d.getKey()).isEqualTo(paletteColour(d.getKey()));
        }
    }

    @Test
    void everyNameTheStylesheetsUseIsDefined() throws IOException {
        Map<String, String> definitions = definitions();
        TreeSet<String> undefined = new TreeSet<>();
        for (Path css : stylesheets()) {
            Matcher m = REFERENCE.matcher(withoutComments(Files.readString(css)));
            while (m.find()) {
                if (!definitions.containsKey(m.group(1))) {
                    undefined.add(UI_CSS.relativize(css) + ": " + m.group(1));
                }
            }
        }
        assertThat(undefined).as("-js- names used but not defined in studio.css's .root").isEmpty();
    }

    @Test
    void javaCodeTakesItsColoursFromThePalette() throws IOException {
        Pattern literal = Pattern.compile(
                "0x[0-9a-fA-F]{6}\\b|\"#[0-9a-fA-F]{6}\"|Color\\.web\\(\"|(Color\\.(rgb|gray|hsb|color)|new Color)\\(\\s*[0-9]");
        List<String> found = new ArrayList<>();
        Path main = Path.of("src/main/java/org/journeystudio");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path java : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (java.startsWith(main.resolve("style"))) {
                    continue;
                }
                List<String> lines = Files.readAllLines(java);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (!line.startsWith("*") && !line.startsWith("/*") && !line.startsWith("//")
                            && literal.matcher(line).find()) {
                        found.add(main.relativize(java) + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertThat(found).as("colour literals in Java outside org.journeystudio.style").isEmpty();
    }

    private static Map<String, String> definitions() throws IOException {
        Matcher root = ROOT_BLOCK.matcher(withoutComments(Files.readString(STUDIO_CSS)));
        assertThat(root.find()).as("a .root block in studio.css").isTrue();
        Map<String, String> definitions = new LinkedHashMap<>();
        Matcher d = DEFINITION.matcher(root.group(1));
        while (d.find()) {
            assertThat(definitions.put(d.group(1), d.group(2))).as("%s defined once", d.group(1)).isNull();
        }
        return definitions;
    }

    /** {@code -js-emotion-m2[-edge]} is an emotion's colour; any other {@code -js-a-b} the field {@code A_B}. */
    private static Rgb paletteColour(String name) {
        Matcher emotion = EMOTION.matcher(name);
        if (emotion.matches()) {
            int score = Integer.parseInt(emotion.group(2)) * (emotion.group(1).equals("m") ? -1 : 1);
            return emotion.group(3) == null ? Palette.emotion(score) : Palette.emotionEdge(score);
        }
        String field = name.substring("-js-".length()).replace('-', '_').toUpperCase(Locale.ROOT);
        try {
            return (Rgb) Palette.class.getField(field).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(name + " in studio.css has no Palette." + field, e);
        }
    }

    private static Rgb parse(String css) {
        if (HEX.matcher(css).matches()) {
            return Rgb.parse(css);
        }
        Matcher rgba = RGBA.matcher(css);
        assertThat(rgba.matches()).as("'%s' is #rrggbb or rgba(r, g, b, a)", css).isTrue();
        int value = Integer.parseInt(rgba.group(1)) << 16 | Integer.parseInt(rgba.group(2)) << 8
                | Integer.parseInt(rgba.group(3));
        return new Rgb(value, Double.parseDouble(rgba.group(4)));
    }

    private static List<Path> stylesheets() throws IOException {
        try (Stream<Path> files = Files.walk(UI_CSS)) {
            List<Path> css = files.filter(p -> p.toString().endsWith(".css")).sorted().toList();
            assertThat(css).contains(STUDIO_CSS).hasSizeGreaterThan(5);
            return css;
        }
    }

    private static String withoutComments(String css) {
        return COMMENT.matcher(css).replaceAll(" ");
    }
}

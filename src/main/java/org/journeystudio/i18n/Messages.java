package org.journeystudio.i18n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every user-facing word of the studio, in the chosen language: {@code Messages.text("home.open", name)}.
 *
 * <p>A key's first part names its area and so its bundle file ({@code home.open} is in {@code i18n/home.properties},
 * German in {@code home_de.properties}). Every pattern goes through {@link MessageFormat}, with or without
 * arguments, so an apostrophe is always written twice ({@code ''}) and plurals use choice formats
 * ({@code {0,choice,0#no cards|1#one card|1<{0,number,integer} cards}}). A key missing from a translation falls
 * back to English (a test keeps that from happening); one missing from English shows as the key in brackets
 * rather than failing the window.
 */
public final class Messages {
    /** The bundle files, one per area of the studio; a test checks this list against the files. */
    public static final List<String> AREAS = List.of(
            "a11y",
            "access",
            "backlog",
            "canvas",
            "checks",
            "cli",
            "compare",
            "comparison",
            "editor",
            "edits",
            "exercise",
            "export",
            "guide",
            "heatmap",
            "help",
            "home",
            "imports",
            "inspector",
            "journeyfile",
            "keys",
            "kinds",
            "library",
            "matrix",
            "model",
            "outline",
            "phone",
            "present",
            "projects",
            "report",
            "scenarios",
            "segments",
            "session",
            "storage",
            "studio",
            "survey",
            "templates",
            "versions",
            "workshop");

    private static final String BASE = "org.journeystudio.i18n.";
    private static final Map<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    /** The JVM's default locale at start, which {@link #use} puts back for the system's language. */
    private static final Locale SYSTEM = Locale.getDefault();
    private static volatile Language language = Language.ofSystem();

    private Messages() {
    }

    /** The language in use. */
    public static Language language() {
        return language;
    }

    /**
     * Speaks {@code chosen} from now on; windows built afterwards show it. JavaFX's own words (a text field's
     * Cut/Copy/Paste menu, the pickers, dialog buttons) come from its bundles in the JVM's default locale, so the
     * general default follows the language; its format and display categories keep the system's, because machine
     * formats must not change with the language and "the system's language" must still be found.
     */
    public static void use(Language chosen) {
        language = chosen;
        boolean systems = chosen == Language.PSEUDO || chosen.locale().getLanguage().equals(SYSTEM.getLanguage());
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale.setDefault(systems ? SYSTEM : chosen.locale());
        Locale.setDefault(Locale.Category.FORMAT, format);
        Locale.setDefault(Locale.Category.DISPLAY, display);
    }

    /** The text of {@code key} with {@code args} put in its placeholders, in the language in use. */
    public static String text(String key, Object... args) {
        return textIn(language, key, args);
    }

    /**
     * The text of {@code key} in {@code in}, whatever language the studio speaks: for readers with their own
     * language, such as the workshop's phones.
     */
    public static String textIn(Language in, String key, Object... args) {
        String pattern = pattern(key, in);
        if (in == Language.PSEUDO) {
            pattern = PseudoText.of(pattern);
        }
        return new MessageFormat(pattern, in.locale()).format(args);
    }

    /**
     * Every key of {@code area} with its pattern in {@code in} (English where a translation lacks one), for a page
     * that formats the patterns itself, as the workshop's phone page does.
     */
    public static Map<String, String> patterns(String area, Language in) {
        ResourceBundle english = bundle(area, Language.ENGLISH);
        Map<String, String> patterns = new java.util.TreeMap<>();
        if (english != null) {
            for (String key : english.keySet()) {
                String pattern = pattern(key, in);
                patterns.put(key, in == Language.PSEUDO ? PseudoText.of(pattern) : pattern);
            }
        }
        return patterns;
    }

    /** Whether English has this key (for texts picked by a value, such as an enum's name). */
    public static boolean has(String key) {
        return english(key) != null;
    }

    /** {@code value} with {@code decimals} decimals, in the language's way ({@code 3.5}, {@code 3,5}). */
    public static String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** {@code fraction} (0.42) as a whole percentage in the language's way ({@code 42%}, {@code 42 %}). */
    public static String percent(double fraction) {
        return NumberFormat.getPercentInstance(language.locale()).format(fraction);
    }

    /** A date (or date-time's date) in the language's medium style ({@code 5 Dec 2026}, {@code 05.12.2026}). */
    public static String date(TemporalAccessor date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale()).format(date);
    }

    static String pattern(String key, Language in) {
        String translated = lookup(key, in);
        if (translated != null) {
            return translated;
        }
        String english = english(key);
        return english != null ? english : "[" + key.replace("'", "''") + "]";
    }

    private static String english(String key) {
        return lookup(key, Language.ENGLISH);
    }

    private static String lookup(String key, Language in) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        ResourceBundle bundle = bundle(key.substring(0, dot), in);
        if (bundle == null) {
            return null;
        }
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** The area's bundle in exactly that language (no fall-back to the system's language), or null. */
    static ResourceBundle bundle(String area, Language in) {
        String id = area + "_" + in.bundleLocale();
        ResourceBundle found = BUNDLES.get(id);
        if (found == null) {
            try {
                found = ResourceBundle.getBundle(BASE + area, java.util.Locale.forLanguageTag(in.bundleLocale()),
                        Messages.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            } catch (MissingResourceException e) {
                return null;
            }
            BUNDLES.put(id, found);
        }
        // A bundle found for "de" that is really the English base holds no German: treat its keys as missing.
        if (!in.bundleLocale().isEmpty() && !in.bundleLocale().equals(found.getLocale().getLanguage())) {
            return null;
        }
        return found;
    }
}

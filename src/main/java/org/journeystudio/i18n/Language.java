package org.journeystudio.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A language the studio speaks, plus the pseudo-language that shows where a longer translation would not fit. */
public enum Language {
    ENGLISH("en", "English"),
    GERMAN("de", "Deutsch"),
    SPANISH("es", "Español"),
    /** Accented, 40 % longer English in brackets: for finding cut-off labels, never offered to users. */
    PSEUDO("qps", "[Ƥšéûðö]");

    private final String tag;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    /** The tag used on the command line ({@code --lang de}) and in the settings. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as a language menu lists it. */
    public String nativeName() {
        return nativeName;
    }

    /** The locale whose number and date formats go with this language. */
    public Locale locale() {
        return this == PSEUDO ? Locale.ROOT : Locale.forLanguageTag(tag);
    }

    /** The suffix of this language's bundle files ({@code home_de.properties}); English is the base file. */
    String bundleLocale() {
        return this == ENGLISH || this == PSEUDO ? "" : tag;
    }

    /** The languages a user may choose (the pseudo-language is for tests and {@code --lang qps}). */
    public static Language[] offered() {
        return new Language[] {ENGLISH, GERMAN, SPANISH};
    }

    /** The language with this tag ({@code de}, {@code de-AT}, {@code es_MX} …), if the studio speaks it. */
    public static Optional<Language> forTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return Arrays.stream(values()).filter(l -> l.tag.equals(language)).findFirst();
    }

    /** The system's language when the studio speaks it, else English. */
    public static Language ofSystem() {
        return forTag(Locale.getDefault(Locale.Category.DISPLAY).getLanguage()).filter(l -> l != PSEUDO)
                .orElse(ENGLISH);
    }
}

package org.journeystudio.ui;

import java.util.Locale;
import org.journeystudio.i18n.Language;
import org.journeystudio.i18n.Messages;

/**
 * Makes the studio speak a language, JavaFX's own words included: a text field's context menu (Cut, Copy,
 * Paste), the colour and date pickers and the dialog buttons come from JavaFX's bundles in the JVM's default
 * locale, so that locale follows the language. Only the general default changes: the format and display
 * categories keep the system's, because machine formats (CSV, JSON) must not change with the language and the
 * "system language" choice must still find the system's.
 */
public final class ToolkitLanguage {
    private static final Locale SYSTEM = Locale.getDefault();

    private ToolkitLanguage() {
    }

    /** Speaks {@code language} from now on; controls made from now on use it for JavaFX's own words. */
    public static void speak(Language language) {
        Messages.use(language);
        boolean systems = language == Language.PSEUDO || language.locale().getLanguage().equals(SYSTEM.getLanguage());
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale.setDefault(systems ? SYSTEM : language.locale());
        Locale.setDefault(Locale.Category.FORMAT, format);
        Locale.setDefault(Locale.Category.DISPLAY, display);
    }
}

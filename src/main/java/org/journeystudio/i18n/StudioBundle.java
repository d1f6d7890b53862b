package org.journeystudio.i18n;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * All areas' texts as one {@link ResourceBundle}, for FXML's {@code %key} attributes; each text is what
 * {@link Messages#text} gives without arguments, so a view's words follow the same rules as the code's.
 */
public final class StudioBundle extends ResourceBundle {
    @Override
    protected Object handleGetObject(String key) {
        return Messages.text(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(Keys.ALL);
    }

    @Override
    protected Set<String> handleKeySet() {
        return Keys.ALL;
    }

    /**
     * Every key, gathered once: the keys are the English files' and never change while the studio runs, and
     * FXML asks for them on every {@code %key} of every view it loads.
     */
    private static final class Keys {
        static final Set<String> ALL = gather();

        private static Set<String> gather() {
            Set<String> keys = new LinkedHashSet<>();
            for (String area : Messages.AREAS) {
                ResourceBundle english = Messages.bundle(area, Language.ENGLISH);
                if (english != null) {
                    keys.addAll(english.keySet());
                }
            }
            return Collections.unmodifiableSet(keys);
        }
    }
}

package org.journeystudio.model;

import java.util.Arrays;
import java.util.Optional;
import org.journeystudio.i18n.Language;
import org.journeystudio.i18n.Messages;

/**
 * The one place that says what a scenario is called on screen and in exports. Maps keep the model's English
 * default names ({@link Scenario#AS_IS}, {@link Scenario#TO_BE}) in their files and library, so a map made in one
 * language reads the same in another; they are shown in the language in use ("Ist-Zustand", "Situación actual").
 * A name the user typed is shown as typed.
 */
public final class ScenarioNames {
    private ScenarioNames() {
    }

    /** What {@code scenario} is called in the language in use. */
    public static String shown(Scenario scenario) {
        return shown(scenario.name());
    }

    /** A stored scenario name as shown: a default name in the language in use, any other as it is. */
    public static String shown(String storedName) {
        return defaultKey(storedName).map(Messages::text).orElse(storedName);
    }

    /**
     * The name to keep for one the user typed: the shown form of a default name (left as offered, "Soll-Zustand")
     * is kept as the model's default ("To-be"), so it follows the language of whoever opens the map later.
     */
    public static String stored(String typed) {
        String name = typed == null ? "" : typed.strip();
        for (String defaultName : new String[] {Scenario.AS_IS, Scenario.TO_BE}) {
            if (name.equals(shown(defaultName))) {
                return defaultName;
            }
        }
        return name;
    }

    /**
     * Whether {@code wanted} names {@code scenario} (case aside): its stored name, or for a default name its name
     * in any language the studio speaks, so "--scenario Ist-Zustand" finds the as-is whatever the language.
     */
    public static boolean names(Scenario scenario, String wanted) {
        String name = wanted.strip();
        if (scenario.name().equalsIgnoreCase(name)) {
            return true;
        }
        return defaultKey(scenario.name()).filter(key -> Arrays.stream(Language.values())
                .anyMatch(l -> Messages.textIn(l, key).equalsIgnoreCase(name))).isPresent();
    }

    private static Optional<String> defaultKey(String storedName) {
        if (Scenario.AS_IS.equals(storedName)) {
            return Optional.of("scenarios.asIs");
        }
        return Scenario.TO_BE.equals(storedName) ? Optional.of("scenarios.toBe") : Optional.empty();
    }
}

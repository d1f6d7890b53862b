package org.journeystudio.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.journeystudio.edit.command.AddScenario;
import org.journeystudio.i18n.Language;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.ScenarioNames;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.InLanguage;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.usecase.CompareStates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The default scenario names in the language in use: the map keeps "As-is" and "To-be", the user sees and is
 * offered them in German or Spanish, and a name typed stays as typed.
 */
@FastTest
@Isolated
@ExtendWith(InLanguage.Switch.class)
class ScenarioNamesInLanguageTest {
    private final JourneyMap asIs = SampleMaps.checkout();

    @Test
    @InLanguage("de")
    void germanShowsAndOffersTheDefaultNamesInGermanButTheMapKeepsTheModelsNames() {
        assertThat(ScenarioNames.shown(asIs.scenarios().active())).isEqualTo("Ist-Zustand");
        String offered = ScenarioEdits.suggestedName(asIs);
        assertThat(offered).isEqualTo("Soll-Zustand");

        // Left as offered, the copy is stored under the model's name, so English users see "To-be".
        JourneyMap toBe = AddScenario.copying(asIs, asIs.scenarios().activeId(), ScenarioNames.stored(offered),
                ScenarioEdits.freshIds()).apply(asIs);
        assertThat(toBe.scenarios().list()).extracting(Scenario::name).containsExactly("As-is", "To-be");
        assertThat(toBe.scenarios().list()).extracting(ScenarioNames::shown)
                .containsExactly("Ist-Zustand", "Soll-Zustand");
        assertThat(ScenarioBadges.of(toBe).basisName()).isEqualTo("Ist-Zustand");
        assertThat(ScenarioEdits.suggestedName(toBe)).isEqualTo("Soll-Zustand 2");

        // A typed name is kept and shown as typed; a default name is refused in its German and English form.
        assertThat(ScenarioNames.stored(" Wettbewerb ")).isEqualTo("Wettbewerb");
        assertThat(ScenarioNames.shown("Wettbewerb")).isEqualTo("Wettbewerb");
        assertThat(ScenarioEdits.nameProblem(toBe, "", "soll-zustand"))
                .contains("Die Map hat schon ein Szenario namens „Soll-Zustand“.");
        assertThat(ScenarioEdits.nameProblem(toBe, "", "To-be")).isPresent();
        assertThat(ScenarioEdits.deleteQuestion(toBe, toBe.scenarios().activeId()))
                .isEqualTo("Das Szenario „Soll-Zustand“ und seine 2 Kontaktpunkte löschen? "
                        + "Sie können es rückgängig machen.");

        // The command line's --scenario finds a default scenario by its name in any language.
        assertThat(CompareStates.showing(toBe, "Ist-Zustand", "map").scenarios().active().name()).isEqualTo("As-is");
        assertThat(CompareStates.showing(toBe, "situación deseada", "map").scenarios().active().name())
                .isEqualTo("To-be");
        assertThat(CompareStates.showing(toBe, "as-is", "map").scenarios().active().name()).isEqualTo("As-is");
    }

    @Test
    @InLanguage("es")
    void spanishShowsTheDefaultNamesInSpanishAndEnglishAgainInEnglish() {
        JourneyMap toBe = AddScenario.copying(asIs, asIs.scenarios().activeId(), Scenario.TO_BE,
                ScenarioEdits.freshIds()).apply(asIs);
        assertThat(toBe.scenarios().list()).extracting(ScenarioNames::shown)
                .containsExactly("Situación actual", "Situación deseada");
        assertThat(ScenarioNames.stored("Situación deseada")).isEqualTo(Scenario.TO_BE);
        Messages.use(Language.ENGLISH);
        assertThat(toBe.scenarios().list()).extracting(ScenarioNames::shown).containsExactly("As-is", "To-be");
        // English keeps a German name typed by someone else as it is.
        assertThat(ScenarioNames.stored("Soll-Zustand")).isEqualTo("Soll-Zustand");
    }
}

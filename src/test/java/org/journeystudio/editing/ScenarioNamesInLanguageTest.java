package org.journeystudio.editing;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.List;
import org.journeystudio.edit.command.AddScenario;
import org.journeystudio.i18n.Language;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.MapValidator;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.ScenarioNames;
import org.journeystudio.model.ValidationProblem;
import org.journeystudio.ratings.SurveyScan;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.survey.BadRow;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.InLanguage;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.usecase.CompareStates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The default scenario names in the language in use: the map keeps "As-is" and "To-be", the user sees and is
 * offered them in German or Spanish, and a name typed stays as typed. Also the model's own checks and the survey
 * wizard's list of unreadable rows, which reach the user as they are.
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

    @Test
    @InLanguage("de")
    void aModelCheckReadFromAFileAndTheSurveyScanSpeakGerman() {
        String json = """
                {"formatVersion": 1, "map": {"id": "m", "title": "Café", "created": "2026-11-23T09:30:00Z",
                  "personas": [ { "id": "p-1", "name": "Ana", "icon": "ein Nutzer", "goals": [ "%s" ] } ]}}
                """.formatted("x".repeat(301));
        JourneyFormatException problem = catchThrowableOfType(
                () -> JourneyJson.read(new StringReader(json), "kaputt.journey.json"), JourneyFormatException.class);
        assertThat(problem.problem()).isEqualTo("Persona „p-1“: Ein Symbol heißt z. B. „fth-user“, nicht „ein Nutzer“");

        // A limit the map breaks is one whole sentence too, its numbers grouped the German way.
        JourneyMap longOwner = asIs.withTouchpoint(asIs.touchpoint("tp-pay").orElseThrow().toBuilder()
                .owner("o".repeat(1201)).build());
        assertThat(MapValidator.validate(longOwner)).extracting(ValidationProblem::message).containsExactly(
                "Die Angabe „Verantwortlich“ des Kontaktpunkts „Pay“ hat 1.201 Zeichen und liegt damit über der "
                        + "Grenze von 200 Zeichen; kürzen Sie den Text");

        SurveyScan scan = new SurveyScan(List.of(), List.of(new BadRow(5, "kaputt")), 1201, 5000);
        assertThat(scan.badRowsTitle()).isEqualTo("1201 von 5000 Zeilen sind nicht lesbar:");
        assertThat(scan.badRowLines()).containsExactly("Zeile 5: kaputt", "… und 1200 weitere");
        assertThat(new SurveyScan(List.of(), List.of(), 0, 1200).badRowsTitle())
                .isEqualTo("Jede Zeile ist lesbar (1200 Zeilen).");
    }
}

package org.journeystudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.journeystudio.i18n.Language;
import org.journeystudio.i18n.Messages;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The help, the usage errors and what a command prints for a reader speak the language given with --lang. */
@FastTest
// --lang switches the language of the whole JVM: no other test may run while this one does.
@Isolated
class CommandLineLanguageTest {
    private final Language before = Messages.language();
    private final CommandLineRun cli = new CommandLineRun();

    @AfterEach
    void restore() {
        Messages.use(before);
    }

    @Test
    void aCommandsHelpIsGermanWithLangDeBeforeIt() {
        assertThat(cli.run("--lang", "de", "heatmap", "--help")).isZero();

        String help = flat(cli.out());
        assertThat(help).startsWith("Aufruf: journey-studio heatmap SURVEY.csv --segment COLUMN")
                .contains("Optionen:", "Exit-Codes:", "-h,--help Diese Hilfe anzeigen und beenden.");
        for (String key : new String[] {"help.heatmap.description", "help.survey.option.segment",
                "help.heatmap.option.format", "help.heatmap.footer"}) {
            assertThat(help).contains(flat(Messages.textIn(Language.GERMAN, key)))
                    .doesNotContain(flat(Messages.textIn(Language.ENGLISH, key)));
        }
        assertThat(help).contains(flat(Messages.textIn(Language.GERMAN, "help.heatmap.option.lowN", 30)))
                .doesNotContain("Usage", "Options:", "Show this help", "Exit codes", "Segment column");
    }

    @Test
    void theRootHelpIsSpanishWhereverLangStands() {
        assertThat(cli.run("--help", "--lang", "es")).isZero();

        String help = flat(cli.out());
        assertThat(help).startsWith("Uso: journey-studio")
                .contains(flat(Messages.textIn(Language.SPANISH, "help.root.description")),
                        flat(Messages.textIn(Language.SPANISH, "help.list.description")),
                        "«journey-studio COMMAND --help» explica más sobre un comando.", "Comandos:")
                .doesNotContain(flat(Messages.textIn(Language.ENGLISH, "help.root.description")),
                        "Usage", "Commands:", "Lists the projects", "tells more about a command");
    }

    @Test
    void commonsCliErrorsSpeakTheLanguageToo() {
        assertThat(cli.run("--lang", "de", "list", "--sort")).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("journey-studio: unbekannte Option --sort; siehe journey-studio list --help"
                + System.lineSeparator());

        assertThat(cli.run("--lang", "es", "heatmap", "survey.csv", "--segment")).isEqualTo(2);
        assertThat(cli.err()).contains("journey-studio: --segment necesita un valor (COLUMN); consulta "
                + "journey-studio heatmap --help");
    }

    @Test
    void aHeatmapTableIsGermanWithDecimalCommasWhileItsCsvStaysMachineReadable() throws Exception {
        String survey = Path.of(getClass().getResource("/org/journeystudio/survey/typeform.csv").toURI()).toString();
        String[] heatmap = {"heatmap", survey, "--segment", "Which plan are you on?", "--ratings",
                "How easy was it to set up?", "--low-n", "3"};

        assertThat(cli.run(Stream.concat(Stream.of("--lang", "de"), Stream.of(heatmap)).toArray(String[]::new)))
                .isZero();
        String[] lines = cli.out().split("\\R");
        assertThat(lines[0]).containsSubsequence("Kontaktpunkt", "Starter", "Team", "Alle");
        assertThat(lines[1]).containsSubsequence("How easy was it to set up?", "6,50 (2)*", "2,33 (3)", "4,00 (5)");
        assertThat(lines[3]).isEqualTo("Zellen: mittlere Bewertung (n); * weniger als 3 Antworten. Gelesene Zeilen: 5.");
        assertThat(lines[4]).isEqualTo("How easy was it to set up?: Skala 1-7; nicht zutreffend: 0.");

        CommandLineRun csv = new CommandLineRun();
        assertThat(csv.run(Stream.of(Stream.of("--lang", "de"), Stream.of(heatmap), Stream.of("--format", "csv"))
                .flatMap(s -> s).toArray(String[]::new))).isZero();
        assertThat(csv.out()).startsWith(HeatmapCsv.HEADER).contains(",Starter,2,6.5").doesNotContain("6,5");
    }

    @Test
    void aCommandsOwnUsageErrorIsSpanish() {
        assertThat(cli.run("--lang", "es", "render", "--out", "x.pdf")).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("journey-studio: Indica un archivo de mapa (.journey.json o .mmd) o --project "
                + "NAME; no has indicado ninguno; consulta journey-studio render --help" + System.lineSeparator());
    }

    /** The help's text with its line breaks and indents as single spaces, as the formatter wraps it. */
    private static String flat(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}

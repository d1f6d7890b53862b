package org.journeystudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.journeystudio.i18n.Language;
import org.journeystudio.i18n.Messages;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The help and the usage errors speak the language given with --lang, wherever it stands before the command. */
@FastTest
// --lang switches the language of the whole JVM: no other test may run while this one does.
@Isolated
class HelpLanguageTest {
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

    /** The help's text with its line breaks and indents as single spaces, as the formatter wraps it. */
    private static String flat(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}

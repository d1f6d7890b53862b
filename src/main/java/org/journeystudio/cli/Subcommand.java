package org.journeystudio.cli;

import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.journeystudio.i18n.Messages;

/** One headless command of {@code journey-studio}: its name, what it takes, and what it does. */
interface Subcommand {

    /** The word that selects it, e.g. {@code heatmap}. */
    String name();

    /** What follows the name in the usage line, e.g. {@code SURVEY.csv --segment COLUMN [options]}. */
    String synopsis();

    /** One or two sentences for the help. */
    String description();

    /** Its options; {@code --help} is added by the command line. */
    Options options();

    /** Examples, exit codes and the like, printed after the options in the help; empty for none. */
    default String footer() {
        return "";
    }

    /**
     * Does the work and returns the exit code.
     *
     * @throws UsageException when the arguments do not make sense (exit code 2, with the message)
     */
    int run(CommandCall call) throws Exception;

    /** An option that takes a value shown as {@code argName} in the help. */
    static Option valued(String name, String argName, String description) {
        return Option.builder().longOpt(name).hasArg().argName(argName).desc(description).build();
    }

    /** "Examples:" and the command lines, each on its own indented line, for a footer. */
    static String examples(String... commandLines) {
        StringBuilder text = new StringBuilder(Messages.text("help.examples", commandLines.length));
        for (String line : commandLines) {
            text.append("\n  ").append(line);
        }
        return text.toString();
    }

    /** An option without a value. */
    static Option flag(String name, String description) {
        return Option.builder().longOpt(name).desc(description).build();
    }
}

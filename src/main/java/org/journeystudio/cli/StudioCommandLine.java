package org.journeystudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;
import org.journeystudio.edit.CommandFailedException;
import org.journeystudio.i18n.Language;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.InvalidMapException;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.TeamLibraryAddress;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.survey.SurveyException;

/**
 * The {@code journey-studio} command line: with a sub-command it works headless and exits; without one it asks
 * for the studio window (the {@code app} layer opens it). One error policy for every command, one line on the
 * error output and never a stack trace: wrong arguments exit 2; bad input and failed work exit 1; anything
 * unforeseen is an internal error that names the log file holding its details and exits 3.
 *
 * <p>Built on Apache Commons CLI rather than picocli because the whole process is timed against DuckDB for the
 * {@code heatmap} command, and picocli's start-up alone cost about half of that budget
 * (docs/decisions/0006-command-line-parser.md).
 */
public final class StudioCommandLine {
    static final String NAME = "journey-studio";
    private static final String LANG = "lang";
    private static final int HELP_WIDTH = 100;

    private final List<Subcommand> subcommands;

    StudioCommandLine(List<Subcommand> subcommands) {
        this.subcommands = List.copyOf(subcommands);
    }

    /** Every command the studio has. */
    public static StudioCommandLine standard() {
        return new StudioCommandLine(List.of(new ListCommand(), new ImportCommand(), new ExportCommand(),
                new ActionsCommand(), new HeatmapCommand(), new ImportSurveyCommand(), new RenderCommand(),
                new CompareCommand(), new CopyCommand(), new RestoreLibraryCommand(), new SharedCommand()));
    }

    /** What the arguments ask for: headless work that has finished with an exit code, or the studio window. */
    public sealed interface Outcome permits Exit, OpenWindow {
    }

    /** The command ran (or help or an error was printed); the process should exit with this code. */
    public record Exit(int code) implements Outcome {
    }

    /**
     * No sub-command: open the studio window.
     *
     * @param library     the library folder given with {@code --library}, or null for the default
     * @param mapFile     a {@code .journey.json} file to add to the library and open, or null
     * @param teamLibrary a team library's address ({@code postgresql://…}) given with {@code --library} or
     *                    {@code JOURNEY_STUDIO_LIBRARY}, or null; then {@code library} is null
     * @param language    the language given with {@code --lang}, or null to speak the one chosen in the studio
     */
    public record OpenWindow(Path library, Path mapFile, String teamLibrary, Language language) implements Outcome {
        public OpenWindow(Path library, Path mapFile, String teamLibrary) {
            this(library, mapFile, teamLibrary, null);
        }

        public OpenWindow(Path library, Path mapFile) {
            this(library, mapFile, null);
        }

        OpenWindow speaking(Language chosen) {
            return new OpenWindow(library, mapFile, teamLibrary, chosen);
        }
    }

    /**
     * Parses {@code args} and runs the sub-command they name, printing to {@code out} and {@code err}. Whatever
     * goes wrong ends as one line on {@code err}: exit 2 for wrong arguments, 1 for bad input or work that
     * failed, 3 for an internal error, whose stack trace goes to the log file only.
     */
    public Outcome run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return dispatch(args, out, err);
        } catch (UsageException e) {
            err.println(NAME + ": " + oneLine(e.getMessage()));
            return new Exit(2);
        } catch (Throwable e) {
            String message = e instanceof Exception failure ? userMessage(failure) : null;
            if (message == null) {
                err.println(internalError(e, args));
                return new Exit(3);
            }
            err.println(NAME + ": " + oneLine(message));
            return new Exit(1);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The line for an internal error (exit code 3) outside a sub-command, whose trace goes to the log file. */
    public static String internalError(Throwable failure, String[] args) {
        return NAME + ": " + InternalFailures.report(failure, args);
    }

    /** Runs a sub-command and returns its exit code; without one, this is a usage error (for scripts and tests). */
    public int execute(String[] args, PrintWriter out, PrintWriter err) {
        Outcome outcome = run(args, out, err);
        if (outcome instanceof Exit exit) {
            return exit.code();
        }
        err.println(Messages.text("cli.noCommand", NAME));
        err.flush();
        return 2;
    }

    private Outcome dispatch(String[] args, PrintWriter out, PrintWriter err) throws Exception {
        CommandLine root = parse(rootOptions(), args, true);
        // Before anything is printed, so the help and every message speak the language asked for.
        Language language = language(root.getOptionValue(LANG));
        if (root.hasOption("help")) {
            printRootHelp(out);
            return new Exit(0);
        }
        if (root.hasOption("version")) {
            out.println("Journey Studio " + StudioVersion.version());
            return new Exit(0);
        }
        String libraryArgument = root.getOptionValue(CommandCall.LIBRARY);
        List<String> rest = root.getArgList();
        if (rest.isEmpty()) {
            return window(libraryArgument, null).speaking(language);
        }
        Optional<Subcommand> named = subcommand(rest.get(0));
        if (named.isEmpty()) {
            if (rest.get(0).startsWith("-")) {
                throw new UsageException(Messages.text("cli.unknownOption", rest.get(0), NAME));
            }
            if (rest.size() > 1) {
                throw new UsageException(Messages.text("cli.notACommand", rest.get(0), commandNames()));
            }
            return window(libraryArgument, CommandCall.toPath(rest.get(0), "FILE.journey.json")).speaking(language);
        }
        Subcommand command = named.get();
        String[] commandArgs = rest.subList(1, rest.size()).toArray(String[]::new);
        return new Exit(runWithHelpHint(command, commandArgs, libraryArgument, out, err));
    }

    private static int runWithHelpHint(Subcommand command, String[] args, String libraryArgument, PrintWriter out,
                                       PrintWriter err) throws Exception {
        try {
            CommandLine parsed = parse(withHelp(command.options()), args, false);
            if (parsed.hasOption("help")) {
                printHelp(out, command);
                return 0;
            }
            return command.run(new CommandCall(parsed, List.of(args), libraryArgument, out, err));
        } catch (UsageException e) {
            throw new UsageException(Messages.text("cli.seeCommandHelp", e.getMessage(), NAME, command.name()));
        }
    }

    /** The message of a failure we foresaw (bad input, a library or file that failed), or null for any other. */
    private static String userMessage(Exception e) {
        if (e instanceof NoSuchFileException missing) {
            return Messages.text("cli.noSuchFile", missing.getFile());
        }
        if (e instanceof UncheckedIOException unchecked) {
            return userMessage(unchecked.getCause());
        }
        if (e instanceof LibraryException || e instanceof JourneyFormatException || e instanceof SurveyException
                || e instanceof InvalidMapException || e instanceof CommandFailedException
                || e instanceof IOException) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return null;
    }

    /** A message of several lines (a list of problems, say) as one, so each error is one line for scripts. */
    static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    private static CommandLine parse(Options options, String[] args, boolean stopAtCommand) {
        try {
            // No partial matching: "--seg" should be an error, not quietly "--segment".
            return DefaultParser.builder().setAllowPartialMatching(false).build().parse(options, args, stopAtCommand);
        } catch (ParseException e) {
            throw new UsageException(parseError(e));
        }
    }

    /** Commons CLI's message in the language in use, for the failures a user can cause. */
    private static String parseError(ParseException e) {
        if (e instanceof UnrecognizedOptionException unknown) {
            return Messages.text("cli.unrecognizedOption", unknown.getOption());
        }
        if (e instanceof MissingArgumentException missing) {
            Option option = missing.getOption();
            return Messages.text("cli.missingArgument", option.getLongOpt() != null ? "--" + option.getLongOpt()
                    : "-" + option.getOpt(), option.getArgName());
        }
        return e.getMessage();
    }

    private Optional<Subcommand> subcommand(String name) {
        return subcommands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The window on the library folder or team library given (or named by the environment), or the default one. */
    private static OpenWindow window(String libraryArgument, Path mapFile) {
        if (libraryArgument == null) {
            libraryArgument = CommandCall.teamLibraryFromEnvironment();
        }
        if (TeamLibraryAddress.isTeamLibrary(libraryArgument)) {
            // Checked here, so a password in the address or a malformed one is refused before any window opens.
            TeamLibraryAddress.parse(libraryArgument);
            return new OpenWindow(null, mapFile, libraryArgument);
        }
        return new OpenWindow(libraryArgument == null ? null : CommandCall.toPath(libraryArgument, "--library"),
                mapFile);
    }

    private String commandNames() {
        return String.join(", ", subcommands.stream().map(Subcommand::name).toList());
    }

    /** The language given with {@code --lang}, now in use, or null when none was given. */
    private static Language language(String tag) {
        if (tag == null) {
            return null;
        }
        Language chosen = Language.forTag(tag).orElseThrow(() -> new UsageException(Messages.text("cli.unknownLanguage", tag,
                Arrays.stream(Language.offered()).map(Language::tag).collect(Collectors.joining(", ")))));
        Messages.use(chosen);
        return chosen;
    }

    private static Options rootOptions() {
        return withHelp(new Options())
                .addOption(Option.builder("V").longOpt("version").desc(Messages.text("help.option.version")).build())
                .addOption(Subcommand.valued(CommandCall.LIBRARY, "DIR", Messages.text("help.option.rootLibrary")))
                .addOption(Subcommand.valued(LANG, "LANG", Messages.text("help.option.lang")));
    }

    /** Adds {@code -h/--help} to {@code options}, which every caller builds afresh. */
    private static Options withHelp(Options options) {
        return options.addOption(Option.builder("h").longOpt("help").desc(Messages.text("help.option.help")).build());
    }

    private void printRootHelp(PrintWriter out) {
        HelpFormatter formatter = helpFormatter();
        formatter.printHelp(out, HELP_WIDTH, NAME + " [--library DIR] [--lang LANG] [FILE.journey.json | COMMAND ...]",
                "\n" + Messages.text("help.root.description") + "\n\n" + Messages.text("help.options"),
                rootOptions(), 2, 3, null, false);
        out.println();
        out.println(Messages.text("help.commands"));
        int width = subcommands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (Subcommand command : subcommands) {
            // A description that wraps goes on under itself, not under the command names.
            formatter.printWrapped(out, HELP_WIDTH, width + 4,
                    String.format("  %-" + width + "s  %s", command.name(), command.description()));
        }
        out.println();
        formatter.printWrapped(out, HELP_WIDTH, Messages.text("help.root.footer") + "\n"
                + Messages.text("help.root.commandHelp", NAME));
    }

    private static void printHelp(PrintWriter out, Subcommand command) {
        String footer = command.footer().isEmpty() ? "" : "\n" + command.footer();
        helpFormatter().printHelp(out, HELP_WIDTH, NAME + " " + command.name() + " " + command.synopsis(),
                "\n" + command.description() + "\n\n" + Messages.text("help.options"), withHelp(command.options()),
                2, 3, footer, false);
    }

    private static HelpFormatter helpFormatter() {
        HelpFormatter formatter = new HelpFormatter();
        formatter.setSyntaxPrefix(Messages.text("help.usage") + " ");
        formatter.setOptionComparator(null); // in the order the command declares them
        return formatter;
    }
}

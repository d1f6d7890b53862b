package org.journeystudio.edit;

import java.util.List;
import org.journeystudio.i18n.Language;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.ValidationProblem;

/** Thrown by {@link Document#execute} when a command cannot be applied; the document is left unchanged. */
public class CommandFailedException extends RuntimeException {
    private final transient List<ValidationProblem> problems;

    CommandFailedException(String commandDescription, RuntimeException cause) {
        super(Messages.text("edits.couldNot", lowerFirst(commandDescription), cause.getMessage()), cause);
        this.problems = List.of();
    }

    CommandFailedException(String commandDescription, List<ValidationProblem> problems) {
        super(Messages.text("edits.couldNotRules", lowerFirst(commandDescription),
                String.join("\n", problems.stream().map(ValidationProblem::toString).toList())));
        this.problems = List.copyOf(problems);
    }

    /** The rules the command's result would have broken; empty when the command itself threw. */
    public List<ValidationProblem> problems() {
        return problems;
    }

    /** The description to go inside "Could not …"; German keeps its capitals (its nouns start with one). */
    private static String lowerFirst(String text) {
        if (text.isEmpty()) {
            return Messages.text("edits.theEdit");
        }
        return Messages.language() == Language.GERMAN ? text
                : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}

package org.journeystudio.edit;

import java.util.List;
import org.journeystudio.model.ValidationProblem;

/** Thrown by {@link Document#execute} when a command cannot be applied; the document is left unchanged. */
public class CommandFailedException extends RuntimeException {
    private final transient List<ValidationProblem> problems;

    CommandFailedException(String commandDescription, RuntimeException cause) {
        super("Could not " + lowerFirst(commandDescription) + ": " + cause.getMessage(), cause);
        this.problems = List.of();
    }

    CommandFailedException(String commandDescription, List<ValidationProblem> problems) {
        super("Could not " + lowerFirst(commandDescription) + ", the map would break its rules:\n"
                + String.join("\n", problems.stream().map(ValidationProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    /** The rules the command's result would have broken; empty when the command itself threw. */
    public List<ValidationProblem> problems() {
        return problems;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? "apply the edit" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}

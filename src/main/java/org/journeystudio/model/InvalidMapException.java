package org.journeystudio.model;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown where a map that breaks its rules would otherwise be stored or shown. */
public class InvalidMapException extends RuntimeException {
    private final transient List<ValidationProblem> problems;

    public InvalidMapException(List<ValidationProblem> problems) {
        super(problems.stream().map(ValidationProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ValidationProblem> problems() {
        return problems;
    }
}

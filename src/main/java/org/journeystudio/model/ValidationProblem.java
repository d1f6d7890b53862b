package org.journeystudio.model;

/** One thing wrong with a map, said so a person can find and fix it. */
public record ValidationProblem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}

package org.journeystudio.cli;

import java.util.ArrayList;
import java.util.List;
import org.journeystudio.i18n.Messages;

/**
 * The two states {@code compare} takes, read from its arguments in order: each is a map file or
 * {@code --project NAME}, and a {@code --scenario} or {@code --version} belongs to the state before it. Commons CLI
 * has already refused unknown options; the order, which it does not keep, is read here.
 */
final class CompareSides {
    /** Options that belong to the whole command, not to one state. */
    private static final List<String> COMMAND_OPTIONS = List.of("format", CommandCall.LIBRARY);

    private CompareSides() {
    }

    /**
     * One state as given.
     *
     * @param file     the map file, or null for a project
     * @param project  the project's title or id, or null for a file
     * @param version  the project's version to take, or null for the project as stored
     * @param scenario the scenario to show, or null for the one the map shows
     */
    record Side(String file, String project, String version, String scenario) {
        Side withVersion(String value) {
            return new Side(file, project, value, scenario);
        }

        Side withScenario(String value) {
            return new Side(file, project, version, value);
        }

        String what() {
            return file != null ? file : "--project " + project;
        }
    }

    /** The old and the new state, in that order. */
    static List<Side> read(List<String> tokens) {
        List<Side> sides = new ArrayList<>();
        boolean onlyFiles = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (onlyFiles || !token.startsWith("--") || token.equals("--")) {
                if (token.equals("--") && !onlyFiles) {
                    onlyFiles = true;
                } else {
                    sides.add(new Side(token, null, null, null));
                }
                continue;
            }
            String name = token.substring(2);
            String value;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else {
                if (i + 1 >= tokens.size()) {
                    throw new UsageException(Messages.text("cli.needsValue", "--" + name));
                }
                value = tokens.get(++i);
            }
            if (COMMAND_OPTIONS.contains(name)) {
                continue;
            }
            switch (name) {
                case "project" -> sides.add(new Side(null, value, null, null));
                case "version" -> {
                    Side last = last(sides, name);
                    if (last.project() == null) {
                        throw new UsageException(Messages.text("cli.versionOfAFile", value, last.file()));
                    }
                    if (last.version() != null) {
                        throw new UsageException(Messages.text("cli.twoVersions", last.what()));
                    }
                    sides.set(sides.size() - 1, last.withVersion(value));
                }
                case "scenario" -> {
                    Side last = last(sides, name);
                    if (last.scenario() != null) {
                        throw new UsageException(Messages.text("cli.twoScenarios", last.what()));
                    }
                    sides.set(sides.size() - 1, last.withScenario(value));
                }
                default -> throw new UsageException(Messages.text("cli.unrecognizedOption", "--" + name));
            }
        }
        if (sides.size() != 2) {
            throw new UsageException(Messages.text("cli.twoStates", sides.size()));
        }
        return sides;
    }

    private static Side last(List<Side> sides, String option) {
        if (sides.isEmpty()) {
            throw new UsageException(Messages.text("cli.optionBelongsToAState", "--" + option));
        }
        return sides.get(sides.size() - 1);
    }
}

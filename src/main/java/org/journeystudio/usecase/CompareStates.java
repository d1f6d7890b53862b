package org.journeystudio.usecase;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BinaryOperator;
import org.journeystudio.i18n.Messages;
import org.journeystudio.compare.MapComparison;
import org.journeystudio.compare.RatingSpreads;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.ScenarioNames;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.ProjectVersions;
import org.journeystudio.store.VersionInfo;
import org.journeystudio.store.json.JourneyFormatException;

/**
 * Compares two states of a journey map: a {@code .journey.json} file, or a project of the library, as stored or as
 * one of its named versions, showing one of its scenarios. Each side comes with the spreads of its survey ratings
 * (a file has none), so the delta heatmap can say which changes are beyond noise. The command line and the
 * compare view both resolve their two sides here.
 */
public final class CompareStates {
    private final ProjectLibrary library;

    public CompareStates(ProjectLibrary library) {
        this.library = library;
    }

    /**
     * One side of a comparison.
     *
     * @param map     the map, showing the scenario chosen
     * @param spreads n and intervals behind its survey ratings
     * @param label   what a person calls it: "shop.journey.json", "Shop · To-be", "Shop · version 'Before' · As-is"
     */
    public record State(JourneyMap map, RatingSpreads spreads, String label) {
    }

    /** Compares {@code before} (the old state) with {@code after} (the new one). */
    public static MapComparison compare(State before, State after) {
        return MapComparison.of(before.map(), before.spreads(), after.map(), after.spreads());
    }

    /**
     * A map file, showing the scenario named {@code scenario} (null: the one it was saved showing). Needs no
     * library, so comparing two files opens none.
     *
     * @throws StateNotFoundException when the file has no such scenario
     */
    public static State file(JourneyFiles files, Path file, String scenario) throws IOException, JourneyFormatException {
        JourneyMap map = MapFileReader.read(files, file).content().map();
        return new State(showing(map, scenario,
                (wanted, list) -> Messages.text("comparison.noScenarioInFile", file.toString(), wanted, list)),
                RatingSpreads.NONE,
                label(String.valueOf(file.getFileName()), map, scenario));
    }

    /**
     * A project of the library, as stored or as its version named {@code version} (null: as stored; a name, or
     * the version's number; the newest of several of that name), showing the scenario named {@code scenario}
     * (null: the one it was left showing).
     *
     * @throws StateNotFoundException when there is no such project, version or scenario
     */
    public State project(String projectId, String version, String scenario) {
        JourneyMap stored = library.load(projectId).orElseThrow(() -> new StateNotFoundException(
                Messages.text("comparison.noProject", projectId, library.location())));
        String title = stored.title();
        JourneyMap map = stored;
        String label = title;
        if (version != null) {
            VersionInfo found = version(projectId, title, version);
            map = library.versions().orElseThrow().load(projectId, found.id()).orElseThrow(() ->
                    new StateNotFoundException(Messages.text("projects.versionGone", found.name(), title,
                            library.location())));
            label = Messages.text("comparison.versionLabel", title, found.name());
        }
        JourneyMap shown = showing(map, scenario, (wanted, list) -> version == null
                ? Messages.text("comparison.noScenarioInProject", title, wanted, list)
                : Messages.text("comparison.noScenarioInVersion", version, title, wanted, list));
        return new State(shown, LibraryRatingSpreads.of(library, shown), label(label, map, scenario));
    }

    private VersionInfo version(String projectId, String title, String wanted) {
        ProjectVersions versions = library.versions().orElseThrow(() -> new StateNotFoundException(
                Messages.text("comparison.noVersionsKept", library.location(), wanted)));
        List<VersionInfo> list = versions.list(projectId);
        String name = wanted.strip();
        return list.stream().filter(v -> v.name().strip().equalsIgnoreCase(name)).findFirst()
                .or(() -> list.stream().filter(v -> String.valueOf(v.id()).equals(name)).findFirst())
                .orElseThrow(() -> new StateNotFoundException(list.isEmpty()
                        ? Messages.text("projects.noVersions", title, wanted)
                        : Messages.text("projects.noSuchVersion", title, wanted, names(list))));
    }

    private static String names(List<VersionInfo> versions) {
        return String.join(", ", versions.stream().map(v -> "'" + v.name() + "'").distinct().toList());
    }

    /**
     * {@code map} showing the scenario with the id or name {@code scenario}; {@code map} itself for null.
     *
     * @param where names the map in the message when there is no such scenario ('Online retailer')
     */
    public static JourneyMap showing(JourneyMap map, String scenario, String where) {
        return showing(map, scenario, (wanted, list) -> Messages.text("comparison.noScenarioIn", where, wanted, list));
    }

    /** {@code problem} makes the whole sentence from the scenario asked for and the map's scenarios. */
    private static JourneyMap showing(JourneyMap map, String scenario, BinaryOperator<String> problem) {
        if (scenario == null) {
            return map;
        }
        Scenario found = map.scenarios().scenario(scenario).or(() -> map.scenarios().named(scenario))
                .orElseThrow(() -> new StateNotFoundException(problem.apply(scenario, String.join(", ",
                        map.scenarios().list().stream().map(s -> "'" + ScenarioNames.shown(s) + "'").toList()))));
        return map.showing(found.id());
    }

    /** The state's name, with its scenario when it has several or one was asked for. */
    private static String label(String name, JourneyMap map, String scenario) {
        if (scenario == null && map.scenarios().isSingle()) {
            return name;
        }
        String shown = scenario != null ? ScenarioNames.shown(showing(map, scenario, name).scenarios().active())
                : ScenarioNames.shown(map.scenarios().active());
        return name + " · " + shown;
    }
}

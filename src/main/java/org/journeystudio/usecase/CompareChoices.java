package org.journeystudio.usecase;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.journeystudio.compare.MapComparison;
import org.journeystudio.compare.RatingSpreads;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.ScenarioNames;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.ProjectVersions;
import org.journeystudio.store.VersionInfo;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.render.CompareLayout;

/**
 * What the editor's Compare… offers for an open map, and the two chosen states loaded and compared: any two of
 * its scenarios, the shown scenario against a saved version of the project, or against a {@code .journey.json}
 * file. A scenario or version of a library's project compares with the spreads of its survey-imported ratings
 * ({@link LibraryRatingSpreads}); a file, and ratings typed by hand, carry none.
 */
public final class CompareChoices {
    /** One state to compare, as the chooser lists it. */
    public sealed interface Side {
        String label();
    }

    /** A scenario of the open map. */
    public record ScenarioSide(String scenarioId, String label) implements Side {
    }

    /** A saved version of the project (the scenario shown now, when the version has it). */
    public record VersionSide(long versionId, String label) implements Side {
    }

    /** A {@code .journey.json} file (the scenario it shows). */
    public record FileSide(Path file, String label) implements Side {
        public FileSide(Path file) {
            this(file, String.valueOf(file.getFileName()));
        }
    }

    /** The old and the new side the chooser starts with. */
    public record Pair(Side before, Side after) {
    }

    private final JourneyMap map;
    private final Optional<ProjectVersions> versions;
    private final JourneyFiles files;
    private final Function<JourneyMap, RatingSpreads> spreads;

    /** Choices without survey spreads (a map outside a library, tests). */
    public CompareChoices(JourneyMap map, Optional<ProjectVersions> versions, JourneyFiles files) {
        this(map, versions, files, m -> RatingSpreads.NONE);
    }

    private CompareChoices(JourneyMap map, Optional<ProjectVersions> versions, JourneyFiles files,
                           Function<JourneyMap, RatingSpreads> spreads) {
        this.map = map;
        this.versions = versions;
        this.files = files;
        this.spreads = spreads;
    }

    /** Choices for a project of {@code library}: its versions, and the answers behind its imported ratings. */
    public static CompareChoices inLibrary(JourneyMap map, ProjectLibrary library, JourneyFiles files) {
        return new CompareChoices(map, library.versions(), files, m -> LibraryRatingSpreads.of(library, m));
    }

    /** The map's scenarios, in its order. */
    public List<Side> scenarios() {
        return map.scenarios().list().stream().<Side>map(CompareChoices::side).toList();
    }

    /** The project's saved versions, newest first; none when the library keeps no versions. */
    public List<Side> versions() {
        return versions.map(v -> v.list(map.id()).stream().<Side>map(CompareChoices::side).toList())
                .orElse(List.of());
    }

    /** Every side the chooser offers besides a file: the scenarios, then the versions. */
    public List<Side> sides() {
        List<Side> sides = new ArrayList<>(scenarios());
        sides.addAll(versions());
        return sides;
    }

    private static Side side(VersionInfo info) {
        return new VersionSide(info.id(), Messages.text("comparison.versionSide", info.name()));
    }

    /**
     * The usual question: the shown scenario against the one it was derived from; else As-is against To-be;
     * else the first two scenarios; else the shown scenario against the newest version. Empty when the map has
     * one scenario and no version (then only a file can be compared).
     */
    public Optional<Pair> usual() {
        Scenario shown = map.scenarios().active();
        Optional<Scenario> basis = map.scenarios().scenario(shown.basisId());
        if (basis.isPresent()) {
            return Optional.of(new Pair(side(basis.get()), side(shown)));
        }
        Optional<Scenario> asIs = map.scenarios().named(Scenario.AS_IS);
        Optional<Scenario> toBe = map.scenarios().named(Scenario.TO_BE);
        if (asIs.isPresent() && toBe.isPresent()) {
            return Optional.of(new Pair(side(asIs.get()), side(toBe.get())));
        }
        List<Scenario> all = map.scenarios().list();
        if (all.size() > 1) {
            return Optional.of(new Pair(side(all.get(0)), side(all.get(1))));
        }
        return versions().stream().findFirst().map(newest -> new Pair(newest, side(shown)));
    }

    private static Side side(Scenario scenario) {
        return new ScenarioSide(scenario.id(), ScenarioNames.shown(scenario));
    }

    /**
     * Loads both sides and lays out their comparison; reads the library or a file, so call it off the FX thread.
     *
     * @throws IOException           when a file cannot be read
     * @throws JourneyFormatException when a file is not a journey map (its message says where)
     * @throws IllegalArgumentException when a version or scenario is no longer there
     */
    public CompareLayout compare(Side before, Side after) throws IOException, JourneyFormatException {
        JourneyMap old = load(before);
        JourneyMap now = load(after);
        return CompareLayout.of(MapComparison.of(old, spreadsOf(before, old), now, spreadsOf(after, now)),
                before.label(), after.label());
    }

    private RatingSpreads spreadsOf(Side side, JourneyMap shown) {
        return side instanceof FileSide ? RatingSpreads.NONE : spreads.apply(shown);
    }

    /** The map as that side shows it. */
    JourneyMap load(Side side) throws IOException, JourneyFormatException {
        if (side instanceof ScenarioSide s) {
            if (map.scenarios().scenario(s.scenarioId()).isEmpty()) {
                throw new IllegalArgumentException(Messages.text("comparison.scenarioGone", s.label()));
            }
            return map.showing(s.scenarioId());
        }
        if (side instanceof VersionSide v) {
            JourneyMap kept = versions.flatMap(store -> store.load(map.id(), v.versionId()))
                    .orElseThrow(() -> new IllegalArgumentException(Messages.text("comparison.versionGone", v.label())));
            return sameScenario(kept);
        }
        return files.read(((FileSide) side).file());
    }

    /** A version shows the scenario shown now, when it has it, so like is compared with like. */
    private JourneyMap sameScenario(JourneyMap kept) {
        String shown = map.scenarios().activeId();
        return kept.scenarios().scenario(shown).isPresent() ? kept.showing(shown) : kept;
    }

    /** What to call the comparison in a file name: "Shop As-is vs To-be". */
    public String title(Side before, Side after) {
        return Messages.text("comparison.fileTitle", map.title(), before.label(), after.label());
    }

    public JourneyMap map() {
        return map;
    }
}

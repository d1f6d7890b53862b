package org.journeystudio.store.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.util.List;
import java.util.Set;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.Limits;
import org.journeystudio.model.TouchpointImage;
import org.journeystudio.store.KeptVersion;

/** The fixed settings of the {@code .journey.json} format: its version, its size limit and its Jackson setup. */
final class JsonFormat {
    /** The version this code writes. Bump it (and add a reader for the old one) when the layout changes. */
    static final int CURRENT_VERSION = 6;
    static final Set<Integer> READABLE_VERSIONS = Set.of(1, 2, 3, 4, 5, 6);

    /**
     * The version a map is written in: 1 unless it uses what version 2 added (scenarios, links between them) or
     * what version 3 added (lane roles, fail and wait points, links between touchpoints) or what version 4 added
     * (images on touchpoints) or what version 5 added (paths in stages, connectors between touchpoints) or what
     * version 6 added (opportunities beyond a touchpoint's notes), so a map without them stays byte-identical to what
     * earlier studios wrote and opens there.
     */
    static int versionFor(JourneyMap map) {
        if (!map.opportunities().isEmpty() && !LegacyNotes.expressible(map)) {
            return 6;
        }
        if (usesPaths(map)) {
            return 5;
        }
        if (!images(map).isEmpty() || map.lanes().stream().anyMatch(l -> l.kind() == LaneKind.IMAGES)) {
            return 4;
        }
        if (usesBlueprint(map)) {
            return 3;
        }
        boolean linked = map.scenarios().list().stream()
                .anyMatch(s -> map.touchpointsOf(s.id()).stream().anyMatch(t -> !t.origin().isEmpty()));
        return map.scenarios().isSingle() && !linked ? 1 : 2;
    }

    /** A file's version: the newest of its maps', and at least 2 when it carries versions. */
    static int versionFor(JourneyFile file) {
        int version = versionFor(file.map());
        for (KeptVersion kept : file.versions()) {
            version = Math.max(Math.max(version, 2), versionFor(kept.map()));
        }
        return version;
    }

    private static boolean usesPaths(JourneyMap map) {
        return map.stages().stream().anyMatch(s -> !s.paths().isEmpty())
                || map.scenarios().list().stream().anyMatch(s -> map.touchpointsOf(s.id()).stream()
                        .anyMatch(t -> !t.pathId().isEmpty() || !t.connectors().isEmpty()));
    }

    private static boolean usesBlueprint(JourneyMap map) {
        return map.lanes().stream().anyMatch(l -> l.role().inBlueprint())
                || map.scenarios().list().stream().anyMatch(s -> map.touchpointsOf(s.id()).stream()
                        .anyMatch(t -> t.failPoint() || t.waitPoint() || !t.links().isEmpty()));
    }

    /** The images the map's touchpoints show, in every scenario, each once, by hash in first-use order. */
    static java.util.Map<String, TouchpointImage> images(JourneyMap map) {
        java.util.Map<String, TouchpointImage> images = new java.util.LinkedHashMap<>();
        for (var scenario : map.scenarios().list()) {
            for (var touchpoint : map.touchpointsOf(scenario.id())) {
                if (touchpoint.image() != null) {
                    images.putIfAbsent(touchpoint.image().hash(), touchpoint.image());
                }
            }
        }
        return images;
    }

    /** The size limit and the advice for a larger file: {@link Limits#JOURNEY_JSON}. */
    static final Limits.FileLimit FILE_LIMIT = Limits.JOURNEY_JSON;
    static final int MAX_SIZE = (int) FILE_LIMIT.maxBytes();

    /** Every reader of a user's {@code .journey.json} parses through this factory, so every limit applies to all. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Limits.JSON_NESTING_DEPTH)
                    .maxStringLength(Limits.JSON_IMAGE_CHARS) // other texts: JsonCursor.text
                    .maxNumberLength(Limits.JSON_NUMBER_CHARS)
                    .maxNameLength(Limits.JSON_NAME_CHARS)
                    .maxDocumentLength(MAX_SIZE)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private JsonFormat() {
    }

    /** Two-space indent, "\n" line ends on every OS, "key": value — so files diff cleanly in version control. */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    static String supportedVersions() {
        List<String> versions = READABLE_VERSIONS.stream().sorted().map(String::valueOf).toList();
        return versions.size() == 1 ? versions.get(0) : Messages.text("journeyfile.versionList",
                String.join(", ", versions.subList(0, versions.size() - 1)), versions.get(versions.size() - 1));
    }
}

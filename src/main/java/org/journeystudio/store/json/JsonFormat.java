package org.journeystudio.store.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.util.Set;

/** The fixed settings of the {@code .journey.json} format: its version, its size limit and its Jackson setup. */
final class JsonFormat {
    /** The version this code writes. Bump it (and add a reader for the old one) when the layout changes. */
    static final int CURRENT_VERSION = 1;
    static final Set<Integer> READABLE_VERSIONS = Set.of(1);

    /** Real maps are a few hundred kilobytes; a bigger file is almost surely not a journey map. */
    static final int MAX_SIZE = 20 * 1024 * 1024;

    /** Our deepest legal nesting is six levels; a deep pile of brackets is garbage, refused early. */
    private static final int MAX_NESTING = 64;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
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
        return READABLE_VERSIONS.stream().sorted().map(String::valueOf)
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}

package org.journeystudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/**
 * A label names its field for a screen reader only if the link resolves: FXML's {@code labelFor="$id"} is null when
 * the label comes before the field (every form), so views write {@code <properties labelFor="id"/>}, which
 * {@link AccessibleNames} links after loading, to a field of the same file.
 */
@FastTest
class FxmlLabelsTest {
    private static final Path VIEWS = Path.of("src/main/resources/org/journeystudio");
    private static final Pattern LINK = Pattern.compile("<properties\\s+labelFor=\"([^\"]+)\"\\s*/>");

    @Test
    void everyLabelLinkNamesAFieldOfItsOwnViewAndNoneUsesTheDollarForm() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path fxml : fxmlFiles()) {
            String text = Files.readString(fxml);
            if (text.contains("labelFor=\"$")) {
                wrong.add(VIEWS.relativize(fxml) + ": labelFor=\"$…\" (null when the label comes first)");
            }
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                if (!text.contains("fx:id=\"" + link.group(1) + "\"")) {
                    wrong.add(VIEWS.relativize(fxml) + ": a label for #" + link.group(1) + ", not in the view");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static List<Path> fxmlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            List<Path> fxml = files.filter(p -> p.toString().endsWith(".fxml")).sorted().toList();
            assertThat(fxml).hasSizeGreaterThan(10);
            return fxml;
        }
    }
}

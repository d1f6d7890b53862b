package org.journeystudio.survey;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;

/** Survey fixtures in src/test/resources and hand arithmetic for expected values. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    /** The mean of answers written out in the test, summed by hand rather than by the code under test. */
    static double mean(int... answers) {
        return (double) Arrays.stream(answers).sum() / answers.length;
    }
}

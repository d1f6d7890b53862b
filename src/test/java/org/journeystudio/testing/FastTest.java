package org.journeystudio.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class as {@code fast}: pure logic, no JavaFX toolkit, no server, no external tool, and quick
 * (well under two seconds for the class). {@code ./mvnw verify -Pfast} runs only these.
 * Every test class carries exactly one of {@link FastTest}, {@link UiTest} and {@link SlowTest}
 * (see {@code architecture.TestTagsTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("fast")
public @interface FastTest {
}

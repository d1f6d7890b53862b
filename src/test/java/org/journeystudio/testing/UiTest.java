package org.journeystudio.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class as {@code ui}: it starts the JavaFX toolkit (TestFX on headless Monocle) to show windows,
 * scenes or controls.
 * Every test class carries exactly one of {@link FastTest}, {@link UiTest} and {@link SlowTest}
 * (see {@code architecture.TestTagsTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("ui")
public @interface UiTest {
}

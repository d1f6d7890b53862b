package org.journeystudio.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Marks a test class as {@code ui}: it starts the JavaFX toolkit (TestFX on headless Monocle) to show windows,
 * scenes or controls.
 * Every test class carries exactly one of {@link FastTest}, {@link UiTest} and {@link SlowTest}
 * (see {@code architecture.TestTagsTest}).
 * UI classes hold the {@link #JAVAFX} lock, so they run one after another while other classes run beside them
 * (src/test/resources/junit-platform.properties).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("ui")
@ResourceLock(UiTest.JAVAFX)
public @interface UiTest {
    /** The JavaFX toolkit with TestFX's robot and primary stage: one UI class at a time. */
    String JAVAFX = "org.journeystudio.javafx";
}

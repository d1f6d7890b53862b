package org.journeystudio.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class as {@code slow}: it takes more than about two seconds, or needs a server, a browser,
 * another JVM, a lot of data or a busy H2 library.
 * Every test class carries exactly one of {@link FastTest}, {@link UiTest} and {@link SlowTest}
 * (see {@code architecture.TestTagsTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface SlowTest {
}

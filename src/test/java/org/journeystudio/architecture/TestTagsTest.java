package org.journeystudio.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.ArchTag;
import com.tngtech.archunit.junit.ArchTest;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.journeystudio.testing.Cells;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SlowTest;
import org.journeystudio.testing.UiTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Every test class carries exactly one speed tag ({@link FastTest}, {@link UiTest} or {@link SlowTest}), so that
 * {@code ./mvnw verify -Pfast} neither skips a new quick test nor picks up a slow one unnoticed. Plain reflection
 * over the compiled test classes, none of them initialised: an ArchUnit import of the class path took 30 s here.
 */
@FastTest
class TestTagsTest {
    private static final Set<String> SPEEDS = Set.of("fast", "ui", "slow");
    @Test
    void everyTestClassHasExactlyOneSpeedTag() throws IOException, URISyntaxException {
        List<Class<?>> testClasses = testClasses();
        List<String> problems = new ArrayList<>();
        for (Class<?> testClass : testClasses) {
            problems(testClass).forEach(p -> problems.add(testClass.getName() + " " + p));
        }

        assertThat(testClasses).as("test classes found").hasSizeGreaterThan(50);
        assertThat(problems).as("give each test class exactly one of @FastTest, @UiTest, @SlowTest").isEmpty();
    }

    @Test
    void theCheckSeesMissingDoubleAndMethodTags() {
        assertThat(problems(Tagged.class)).isEmpty();
        assertThat(problems(Untagged.class)).containsExactly("has no speed tag");
        assertThat(problems(TaggedTwice.class)).containsExactly("has 2 speed tags [fast, slow]");
        assertThat(problems(TaggedMethod.class)).containsExactly("tags its method example with [slow]");
        assertThat(problems(TaggedArchTests.class)).isEmpty();
        assertThat(isTestClass(Untagged.class)).isTrue();
        assertThat(isTestClass(TaggedArchTests.class)).isTrue();
        assertThat(isTestClass(Cells.class)).isFalse();
    }

    /** The top-level classes under the test-classes folder that hold JUnit or ArchUnit tests. */
    private static List<Class<?>> testClasses() throws IOException, URISyntaxException {
        Path root = Path.of(TestTagsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ClassLoader loader = TestTagsTest.class.getClassLoader();
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                if (name.contains("$")) {
                    continue; // nested: tagged through the class around it
                }
                try {
                    Class<?> candidate = Class.forName(name, false, loader);
                    if (isTestClass(candidate)) {
                        found.add(candidate);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + name, e);
                }
            }
        }
        return found;
    }

    private static boolean isTestClass(Class<?> candidate) {
        return !ReflectionSupport.findMethods(candidate, TestTagsTest::isTest, HierarchyTraversalMode.TOP_DOWN)
                .isEmpty()
                || ReflectionSupport.findFields(candidate, f -> f.isAnnotationPresent(ArchTest.class),
                        HierarchyTraversalMode.TOP_DOWN).size() > 0;
    }

    private static boolean isTest(AnnotatedElement member) {
        return AnnotationSupport.isAnnotated(member, Testable.class) || member.isAnnotationPresent(ArchTest.class);
    }

    /** What is wrong with the speed tags of a test class, as JUnit and ArchUnit's engine would see them. */
    static List<String> problems(Class<?> testClass) {
        List<String> problems = new ArrayList<>();
        List<String> tags = speedTags(Stream.concat(
                AnnotationSupport.findRepeatableAnnotations(testClass, Tag.class).stream().map(Tag::value),
                AnnotationSupport.findRepeatableAnnotations(testClass, ArchTag.class).stream().map(ArchTag::value)));
        if (tags.isEmpty()) {
            problems.add("has no speed tag");
        } else if (tags.size() > 1) {
            problems.add("has " + tags.size() + " speed tags " + tags);
        }
        for (Method method : testClass.getDeclaredMethods()) {
            List<String> own = speedTags(
                    AnnotationSupport.findRepeatableAnnotations(method, Tag.class).stream().map(Tag::value));
            if (!own.isEmpty()) {
                problems.add("tags its method " + method.getName() + " with " + own);
            }
        }
        return problems;
    }

    private static List<String> speedTags(Stream<String> tags) {
        return tags.map(String::trim).filter(SPEEDS::contains).sorted().toList();
    }

    // Examples for the check itself: nested, so neither Surefire nor this check runs them as tests.

    @FastTest
    static class Tagged {
        @Test
        void example() {
        }
    }

    static class Untagged {
        @Test
        void example() {
        }
    }

    @FastTest
    @Tag("slow")
    static class TaggedTwice {
        @Test
        void example() {
        }
    }

    @FastTest
    static class TaggedMethod {
        @Test
        @Tag("slow")
        void example() {
        }
    }

    @ArchTag("fast")
    static class TaggedArchTests {
        @ArchTest
        static void example(JavaClasses classes) {
        }
    }
}

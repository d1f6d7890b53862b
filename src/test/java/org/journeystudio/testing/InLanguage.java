package org.journeystudio.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.journeystudio.i18n.Language;
import org.journeystudio.i18n.Messages;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test method with the studio speaking {@link #value()}, set before anything of the test is built (list
 * {@code @ExtendWith(InLanguage.Switch.class)} before TestFX's extension, whose {@code @Start} builds the window)
 * and put back afterwards. The language is one setting for the JVM, so the class must be {@code @Isolated}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface InLanguage {
    /** The language's tag: {@code de}, {@code es}, {@code qps}. */
    String value();

    /** The extension that reads the annotation. */
    final class Switch implements BeforeEachCallback, AfterEachCallback {
        private static final ExtensionContext.Namespace KEPT = ExtensionContext.Namespace.create(Switch.class);

        @Override
        public void beforeEach(ExtensionContext context) {
            context.getTestMethod().map(m -> m.getAnnotation(InLanguage.class)).ifPresent(chosen -> {
                context.getStore(KEPT).put("before", Messages.language());
                Messages.use(Language.forTag(chosen.value()).orElseThrow());
            });
        }

        @Override
        public void afterEach(ExtensionContext context) {
            Language before = context.getStore(KEPT).get("before", Language.class);
            if (before != null) {
                Messages.use(before);
            }
        }
    }
}

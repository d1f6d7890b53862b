package org.journeystudio.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core's WCAG 2.0/2.1 A and AA rules (and 2.2's target size) on the page a browser shows, and fails with
 * each violation's rule, impact and elements. The script comes from Deque's jar on the test class path.
 */
final class AxeCheck {
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final String SCRIPT = script();

    private AxeCheck() {
    }

    /** Asserts the page as it is now has no violation; {@code step} names it in the failure. */
    static void assertAccessible(WebDriver browser, String step) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
            js.executeScript(SCRIPT);
        }
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + " nodes: v.nodes.map(n => n.target.join(' ') + ' — ' + n.failureSummary)}))))"
                + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));", TAGS);
        List<String> violations = new ArrayList<>();
        for (Object entry : (List<?>) result) {
            Map<?, ?> violation = (Map<?, ?>) entry;
            violations.add(violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help")
                    + " " + violation.get("nodes"));
        }
        assertThat(violations).as("WCAG 2.1 AA violations on the phone page at step '%s'", step).isEmpty();
    }

    private static String script() {
        try (InputStream in = AxeCheck.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.journeystudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.Options;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.LogLocation;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.ProductionLogging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** Whatever a command throws, the user gets one line and an exit code; a stack trace only ever reaches the log. */
// Runs alone: it switches the JVM's logging to the production set-up, which other classes would write into.
@Isolated
@FastTest
class InternalErrorTest {
    @TempDir
    Path logs;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Subcommand command, String... args) {
        return new StudioCommandLine(List.of(command)).execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void aBugExitsThreeWithOneLineNamingTheLogThatHoldsTheTrace() throws Exception {
        try (ProductionLogging logging = ProductionLogging.into(logs)) {
            int code = run(new Failing(() -> {
                throw new IllegalStateException("the cards lost their stage");
            }), "fail", "--library", "some-lib");

            assertThat(code).isEqualTo(3);
            assertThat(err.toString()).isEqualTo("journey-studio: internal error: the cards lost their stage; details in "
                    + logs.resolve("journey-studio.log") + System.lineSeparator());
            assertThat(logging.text()).contains("Internal error in 'journey-studio fail --library some-lib'")
                    .contains("java.lang.IllegalStateException: the cards lost their stage")
                    .contains("at org.journeystudio.cli.InternalErrorTest");
        }
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aRealStackOverflowIsAnInternalErrorAndNotACrash() throws Exception {
        try (ProductionLogging logging = ProductionLogging.into(logs)) {
            int code = run(new Failing(() -> depth(0)), "fail");

            assertThat(code).isEqualTo(3);
            assertOneLineWithoutTrace();
            assertThat(err.toString()).startsWith("journey-studio: internal error: stack overflow; details in ");
            assertThat(logging.text()).contains("java.lang.StackOverflowError").contains("at org.journeystudio.cli");
        }
    }

    @Test
    void runningOutOfMemoryIsAnInternalError() throws Exception {
        try (ProductionLogging logging = ProductionLogging.into(logs)) {
            int code = run(new Failing(() -> {
                throw new OutOfMemoryError("Java heap space");
            }), "fail");

            assertThat(code).isEqualTo(3);
            assertOneLineWithoutTrace();
            assertThat(err.toString()).contains("internal error: out of memory (Java heap space); details in "
                    + LogLocation.file());
            assertThat(logging.text()).contains("java.lang.OutOfMemoryError: Java heap space");
        }
    }

    @Test
    void aWrapperWithoutWordsOfItsOwnShowsItsCause() {
        int code = run(new Failing(() -> {
            throw new RuntimeException(new NullPointerException());
        }), "fail");

        assertThat(code).isEqualTo(3);
        assertOneLineWithoutTrace();
        assertThat(err.toString()).startsWith("journey-studio: internal error: unexpected null pointer; ");
    }

    @Test
    void aForeseenFailureOfManyLinesIsOneLineAndExitsOne() {
        int code = run(new Failing(() -> {
            throw new LibraryException("The library is damaged.\n  Restore a copy.");
        }), "fail");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("journey-studio: The library is damaged.; Restore a copy."
                + System.lineSeparator());
    }

    @Test
    void aUsageErrorIsOneLineWithTheHelpToReadAndExitsTwo() {
        int code = run(new Failing(() -> {
            throw new UsageException("missing --project NAME");
        }), "fail");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("journey-studio: missing --project NAME; see journey-studio fail --help"
                + System.lineSeparator());
    }

    private void assertOneLineWithoutTrace() {
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("at org.")
                .doesNotContain("at java.");
    }

    private static int depth(int n) {
        return depth(n + 1) + 1;
    }

    /** A command whose work is {@code failure}, standing in for a command with a bug. */
    private record Failing(Work failure) implements Subcommand {
        @Override
        public String name() {
            return "fail";
        }

        @Override
        public String synopsis() {
            return "";
        }

        @Override
        public String description() {
            return "Fails.";
        }

        @Override
        public Options options() {
            return new Options().addOption(Subcommand.valued("library", "DIR", "Library."));
        }

        @Override
        public int run(CommandCall call) throws Exception {
            failure.run();
            return 0;
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }
}

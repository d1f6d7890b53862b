package org.journeystudio.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import org.journeystudio.store.LogLocation;

/**
 * The studio's log, set up in code (found by Logback through META-INF/services): a rolling file in the per-user
 * logs folder (see {@link LogLocation}), never the console, since the command line's stdout carries its output
 * and its stderr one line per error, and the studio has none. Reading an XML configuration instead cost about a
 * tenth of a second and 300 classes at every start (issue 18). On a class path with {@code logback-test.xml} (the
 * tests) that file is used instead.
 */
public final class StudioLogConfiguration extends ContextAwareBase implements Configurator {
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{24} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (StudioLogConfiguration.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets up {@code context} as the studio logs; tests call it to log as the studio does. */
    public static void apply(LoggerContext context) {
        // Logback's own complaints (say, a log folder it may not write) are dropped rather than printed.
        context.getStatusManager().add(new NopStatusListener());
        String folder = LogLocation.folder().toString();
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder + "/" + LogLocation.file().getFileName());
        // A new file each day or at 5 MB; a week's files kept, never more than 30 MB in all.
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder + "/journey-studio.%d{yyyy-MM-dd}.%i.log");
        rolling.setMaxFileSize(FileSize.valueOf("5MB"));
        rolling.setMaxHistory(7);
        rolling.setTotalSizeCap(FileSize.valueOf("30MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        file.setEncoder(encoder);
        file.start();
        // INFO for our own classes: one line per change a user makes (see the README's "Log files").
        context.getLogger("org.journeystudio").setLevel(Level.INFO);
        // Flyway warns on every open when H2 is newer than it has tested; harmless for our schema.
        context.getLogger("org.flywaydb.core.internal.database.base.Database").setLevel(Level.ERROR);
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(file);
    }
}

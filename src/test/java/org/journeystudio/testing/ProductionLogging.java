package org.journeystudio.testing;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.journeystudio.app.StudioLogConfiguration;
import org.journeystudio.store.LogLocation;
import org.slf4j.LoggerFactory;

/**
 * The studio's own log set-up ({@code StudioLogConfiguration}: rolling file, nothing on the console) writing into a test's folder
 * instead of the test configuration; closing it brings back {@code logback-test.xml} and the tests' log folder.
 */
public final class ProductionLogging implements AutoCloseable {
    private final String folderBefore;

    private ProductionLogging(Path folder) {
        folderBefore = System.getProperty(LogLocation.PROPERTY);
        System.setProperty(LogLocation.PROPERTY, folder.toString());
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        StudioLogConfiguration.apply(context);
    }

    /** Logs as the studio does, into {@code folder}. */
    public static ProductionLogging into(Path folder) {
        return new ProductionLogging(folder);
    }

    /** What the studio's log file holds so far; empty when it was never written. */
    public String text() throws IOException {
        Path file = LogLocation.file();
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() {
        if (folderBefore == null) {
            System.clearProperty(LogLocation.PROPERTY);
        } else {
            System.setProperty(LogLocation.PROPERTY, folderBefore);
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(ProductionLogging.class.getResource("/logback-test.xml"));
        } catch (JoranException e) {
            throw new IllegalStateException("Could not load logback-test.xml", e);
        }
    }
}

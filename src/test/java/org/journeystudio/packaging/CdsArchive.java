package org.journeystudio.packaging;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes the class-data-sharing archive that {@code java -XX:SharedArchiveFile=target/journey-studio.jsa -jar
 * target/journey-studio.jar} starts from (issue 18: the classes of start-up are mapped from the archive instead of
 * read, verified and parsed from the jars). Runs {@link CdsTraining} in a child JVM that lists the classes it
 * loads, dumps those found on the jar's class path into the archive, and checks that a JVM started with
 * {@code -Xshare:on} can use it. Run by the build in the {@code package} phase, from the project folder.
 * <p>Java 17 records the class path as given and cannot move an archive: the jar is named by the same relative
 * path here as in the run command, and the installers make their own archive where they install.
 * <p>Arguments: the jar, the archive to write, a scratch folder.
 */
public final class CdsArchive {
    private static final long STEP_TIMEOUT_MINUTES = 5;

    private CdsArchive() {
    }

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        Path archive = Path.of(args[1]);
        Path work = Path.of(args[2]);
        Files.createDirectories(work);
        Path classList = work.resolve("classes.lst");
        Files.deleteIfExists(archive);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(work.resolve("training.log"), java, "-XX:DumpLoadedClassList=" + classList,
                "-Djava.awt.headless=true", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Djourneystudio.logs=" + work.resolve("logs"),
                "-Djourneystudio.preferences=journeystudio-cds-training",
                "-Djava.util.prefs.userRoot=" + work.resolve("preferences"),
                "-cp", String.join(File.pathSeparator, jar, codeSource("com.sun.glass.ui.monocle.MonoclePlatformFactory"),
                        codeSource(CdsTraining.class.getName())),
                CdsTraining.class.getName(), work.resolve("training").toString());
        run(work.resolve("dump.log"), java, "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive, "-cp", jar);
        String version = run(work.resolve("check.log"), java, "-Xshare:on", "-XX:SharedArchiveFile=" + archive,
                "-jar", jar, "--version");
        long classes = Files.readAllLines(classList).stream().filter(line -> !line.startsWith("#")).count();
        System.out.printf("CDS archive %s: %d classes listed by the training run, %d MB; %s%n", archive, classes,
                Files.size(archive) >> 20, version.strip());
    }

    private static String codeSource(String className) throws ClassNotFoundException, URISyntaxException {
        return Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
    }

    /** Runs a step, its output kept in the log; a failure stops the build with the log's end. */
    private static String run(Path log, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(STEP_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("CDS archive: did not finish within " + STEP_TIMEOUT_MINUTES
                    + " minutes: " + String.join(" ", command) + " (see " + log + ")");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            List<String> lines = new ArrayList<>(output.lines().toList());
            throw new IllegalStateException("CDS archive: exit " + process.exitValue() + " from "
                    + String.join(" ", command) + ":\n" + String.join("\n",
                    lines.subList(Math.max(0, lines.size() - 20), lines.size())));
        }
        return output;
    }
}

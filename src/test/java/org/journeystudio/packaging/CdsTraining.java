package org.journeystudio.packaging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Window;
import org.journeystudio.app.Launcher;
import org.journeystudio.cli.StudioCommandLine;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.testing.SampleMaps;

/**
 * The training run behind the class-data-sharing archive ({@link CdsArchive}): does what a user does first, so
 * the JVM's list of loaded classes holds what start-up and the first map need. It prints a survey heatmap and
 * renders a map on the command line, then starts the studio (headless, on Monocle) with a 1,000-card map, and
 * quits once the editor has shown it. Run in a child JVM with {@code -XX:DumpLoadedClassList}.
 */
public final class CdsTraining {
    private static final long EDITOR_TIMEOUT_SECONDS = 120;
    /** Pulses after the editor appears, so the inspector and the first frames are drawn too. */
    private static final long SETTLE_MILLIS = 1500;

    private CdsTraining() {
    }

    /** Arguments: a scratch folder. */
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Files.createDirectories(work);
        Path map = work.resolve("long-map.journey.json");
        JourneyJson.write(SampleMaps.longMap(), map);
        commandLine("heatmap", survey(work).toString(), "--segment", "Travel class");
        for (String format : new String[] {"pdf", "png", "pptx", "md", "mmd"}) {
            commandLine("render", map.toString(), "--out", work.resolve("long-map." + format).toString());
        }
        Thread watcher = new Thread(CdsTraining::quitOnceTheEditorShows, "CDS training watcher");
        watcher.setDaemon(true);
        watcher.start();
        Launcher.main(new String[] {"--library", work.resolve("studio-library").toString(), map.toString()});
    }

    private static void commandLine(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        StudioCommandLine.Outcome outcome = StudioCommandLine.standard()
                .run(args, new PrintWriter(out), new PrintWriter(err));
        if (!(outcome instanceof StudioCommandLine.Exit exit) || exit.code() != 0) {
            throw new IllegalStateException(String.join(" ", args) + " failed: " + err);
        }
    }

    private static Path survey(Path work) throws Exception {
        StringBuilder csv = new StringBuilder("Respondent,Travel class,Check-in,Boarding,Flight\n");
        String[] classes = {"Business", "Economy", "economy ", "First"};
        for (int row = 0; row < 400; row++) {
            csv.append(row).append(',').append(classes[row % 4]).append(',').append(row % 5 + 1).append(',')
                    .append((row * 7) % 5 + 1).append(',').append(row % 3 == 0 ? "" : "4").append('\n');
        }
        Path file = work.resolve("survey.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private static boolean toolkitRunning() {
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException notYet) {
            return false;
        }
    }

    private static void quitOnceTheEditorShows() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(EDITOR_TIMEOUT_SECONDS);
        try {
            while (System.nanoTime() < deadline) {
                CompletableFuture<Boolean> shown = new CompletableFuture<>();
                if (!toolkitRunning()) {
                    Thread.sleep(200);
                    continue;
                }
                Platform.runLater(() -> shown.complete(Window.getWindows().stream()
                        .anyMatch(window -> window.getScene() != null
                                && window.getScene().lookup("#editorView") != null)));
                if (shown.get(EDITOR_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    Thread.sleep(SETTLE_MILLIS);
                    System.exit(0);
                }
                Thread.sleep(200);
            }
        } catch (Exception e) {
            e.printStackTrace();
        }
        System.err.println("CDS training: the editor did not show within " + EDITOR_TIMEOUT_SECONDS + " s");
        System.exit(1);
    }
}

package org.journeystudio.ui.canvas;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Window;
import org.journeystudio.app.Launcher;

/**
 * Benchmark, not a test, run by {@link CanvasBench} in a fresh JVM each time: starts the real studio
 * ({@link Launcher}) on a library holding the 1,000-card map, waits until the home screen lists it, leaves the
 * home screen idle for a while (as a user finding the map does), double-clicks the map's row and times until
 * the editor's first frame is painted. Then it collects garbage and reads the process's resident memory, as
 * {@code jcmd PID GC.run} and {@code /proc/PID/status} would. Prints one line that {@link CanvasBench} reads:
 * {@code first-open listed=MS laid-out=MS painted=MS rss=MB heap=MB fx-cpu=MS cpu=MS}: when the home screen
 * listed the map (since the process started), when the editor was laid out and its first frame painted (since the
 * double-click), the memory, and the CPU time the FX thread and the whole process spent on the open.
 * <p>Arguments: the library folder, the map's title and the idle time in milliseconds.
 */
public final class FirstOpenAfterStartup {
    private FirstOpenAfterStartup() {
    }

    public static void main(String[] args) throws Exception {
        Path library = Path.of(args[0]);
        String title = args[1];
        long idleMillis = Long.parseLong(args[2]);
        Thread studio = new Thread(() -> Launcher.main(new String[] {"--library", library.toString()}), "studio");
        studio.setDaemon(true);
        studio.start();
        Node row = waitFor(() -> Window.getWindows().stream().filter(Window::isShowing)
                .flatMap(w -> w.getScene().getRoot().lookupAll(".project-title").stream())
                .filter(n -> n instanceof Labeled l && title.equals(l.getText())).findFirst().orElse(null));
        long listed = sinceProcessStart();
        Thread.sleep(idleMillis);
        CompletableFuture<double[]> opened = new CompletableFuture<>();
        Platform.runLater(() -> doubleClickAndTime(row, opened));
        double[] times = opened.get(60, TimeUnit.SECONDS);
        Thread.sleep(3000); // the inspector fills in and the first frames settle, as before someone's next step
        System.gc();
        System.gc();
        Thread.sleep(500);
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("first-open listed=%d laid-out=%.0f painted=%.0f rss=%d heap=%d fx-cpu=%.0f cpu=%.0f%n", listed,
                times[0], times[1], residentKilobytes() / 1024, (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                times[2], times[3]);
        System.out.flush();
        System.exit(0);
    }

    /**
     * Double-clicks {@code row} through the glass robot and completes with the milliseconds until the first pulse
     * that shows the editor was laid out and until prism's render thread painted that frame.
     */
    private static void doubleClickAndTime(Node row, CompletableFuture<double[]> opened) {
        Scene scene = row.getScene();
        Point2D at = row.localToScreen(row.getBoundsInLocal().getWidth() / 2, row.getBoundsInLocal().getHeight() / 2);
        Robot robot = new Robot();
        robot.mouseMove(at);
        long start = System.nanoTime();
        long fxCpu = THREADS.getCurrentThreadCpuTime();
        long processCpu = PROCESS.getProcessCpuTime();
        System.out.println("double-click at " + java.time.LocalTime.now()); // to find it in a profile
        robot.mouseClick(MouseButton.PRIMARY);
        robot.mouseClick(MouseButton.PRIMARY);
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (scene.getRoot().lookup("#journeyMap") == null) {
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            double laidOut = (System.nanoTime() - start) / 1e6;
            double fxMillis = (THREADS.getCurrentThreadCpuTime() - fxCpu) / 1e6;
            // Runs after this pulse, which hands the frame to the render thread as it ends.
            Platform.runLater(() -> CanvasBench.onRenderThread(() -> opened.complete(new double[] {laidOut,
                    (System.nanoTime() - start) / 1e6, fxMillis, (PROCESS.getProcessCpuTime() - processCpu) / 1e6})));
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static <T> T waitFor(java.util.function.Supplier<T> query) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            CompletableFuture<T> found = new CompletableFuture<>();
            try {
                Platform.runLater(() -> found.complete(query.get()));
            } catch (IllegalStateException toolkitNotUpYet) {
                found.complete(null);
            }
            T value = found.get(60, TimeUnit.SECONDS);
            if (value != null) {
                return value;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("The studio did not list the map within two minutes");
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private static long sinceProcessStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** VmRSS from /proc/self/status, in kB (Linux). */
    private static long residentKilobytes() throws java.io.IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong).findFirst().orElse(-1);
    }
}

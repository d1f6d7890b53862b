package org.journeystudio.ui.canvas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.ui.Theme;
import org.journeystudio.ui.Views;
import org.journeystudio.ui.editor.EditorController;
import org.journeystudio.ui.editor.StudioClipboard;

/**
 * Benchmark, not a test: opens a generated 60-stage, 1,000-card map in the real editor and measures the time
 * to the first rendered frame, then drags a card across the whole map (the view scrolling under the pointer,
 * as auto-scroll does) and measures the frame times. Run it with the software pipeline and
 * {@code -Djavafx.animation.fullspeed=true}, so a frame takes as long as its work and not the 60 Hz pulse;
 * see docs/benchmarks.md ("Canvas") for the command.
 */
public final class CanvasBench {
    private static final int STAGES = 60;
    private static final int TOUCHPOINTS = 1000;
    private static final int OPEN_ROUNDS = 6;
    private static final int DRAG_FRAMES = 300;
    private static final int DRAG_RUNS = 3;

    private CanvasBench() {
    }

    public static void main(String[] args) throws Exception {
        int connectors = Integer.getInteger("bench.connectors", 0);
        JourneyMap map = withConnectors(SampleMaps.longMap(STAGES, TOUCHPOINTS, 42), connectors);
        Path folder = Files.createTempDirectory("canvas-bench");
        FreshStudioRuns.report(map);
        if ("fresh".equals(System.getProperty("bench.only"))) {
            return;
        }
        try (H2Library library = H2Library.open(folder)) {
            library.create(map);
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            Stage stage = onFx(() -> {
                Theme.apply(false);
                Stage s = new Stage();
                Scene scene = new Scene(new Pane(), 1280, 800);
                Theme.style(scene);
                s.setScene(scene);
                s.setX(0);
                s.setY(0);
                s.show();
                return s;
            });
            System.out.printf("Canvas benchmark: %d stages, %d touchpoints, %d sticky notes, %d connectors,"
                            + " prism.order=%s, glass=%s%n",
                    STAGES, TOUCHPOINTS, map.touchpoints().stream()
                            .mapToInt(t -> t.painPoints().size() + map.opportunitiesAt(t).size()).sum(),
                    map.touchpoints().stream().mapToInt(t -> t.connectors().size()).sum(),
                    System.getProperty("prism.order", "default"), System.getProperty("glass.platform", "native"));
            List<Double> opens = new ArrayList<>();
            EditorController editor = null;
            for (int round = 0; round < OPEN_ROUNDS; round++) {
                if (editor != null) {
                    EditorController previous = editor;
                    onFx(previous::close);
                }
                OpenResult result = open(stage, map, library);
                opens.add(result.frameMillis());
                editor = result.editor();
                System.out.printf("  open %d: editor built in %.0f ms, laid out in %.0f ms, first frame painted in %.0f ms,"
                                + " next pulse done in %.0f ms (FX thread CPU %.0f ms; %d card nodes live)%n",
                        round + 1, result.builtMillis(), result.layoutMillis(), result.frameMillis(),
                        result.nextPulseMillis(), result.fxCpuMillis(),
                        onFx(result.editor().canvas().drawing()::liveCardCount));
            }
            double[] warm = opens.subList(1, opens.size()).stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(warm);
            Parent root = editor.view();
            System.out.printf("  nodes after opening: %d in the window: %d in the map, %d in the toolbar, %d in the inspector%n",
                    onFx(() -> nodeCount(root)), onFx(() -> nodeCount(root.lookup("#journeyMap"))),
                    onFx(() -> nodeCount(root.lookup("#toolbar"))), onFx(() -> nodeCount(root.lookup("#inspectorSlot"))));
            System.out.printf("First frame: cold %.0f ms, warm median %.0f ms (target < 500 ms)%n",
                    opens.get(0), warm[warm.length / 2]);
            Thread.sleep(500);
            // The first drag after opening runs code the JIT has not compiled yet; the next ones show the steady state.
            EditorController opened = editor;
            for (int run = 1; run <= DRAG_RUNS; run++) {
                System.out.printf("Drag run %d of %d%s:%n", run, DRAG_RUNS, run == 1 ? " (first after opening)" : "");
                onFx(() -> {
                    opened.canvas().zoomPan().panBy(-1e6, 0);
                    return null;
                });
                Thread.sleep(500);
                drag(opened, true);
                Thread.sleep(500);
                drag(opened, false);
            }
            onFx(() -> {
                stage.close();
                return null;
            });
        } finally {
            Platform.exit();
        }
    }

    /**
     * The map with {@code count} connectors (issue 20): from every other card to the next card in journey order, a
     * third of them branches and every fifth a loop back to a card ten places earlier, so cycles are included.
     */
    static JourneyMap withConnectors(JourneyMap map, int count) {
        List<org.journeystudio.model.Touchpoint> order = map.touchpointsInJourneyOrder();
        java.util.Map<String, org.journeystudio.model.Touchpoint> changed = new java.util.HashMap<>();
        for (int i = 0, added = 0; added < count && i + 1 < order.size(); i += 2, added++) {
            org.journeystudio.model.Touchpoint from = order.get(i);
            boolean loop = added % 5 == 4 && i >= 10;
            org.journeystudio.model.LinkKind kind = loop ? org.journeystudio.model.LinkKind.LOOP_BACK
                    : added % 3 == 0 ? org.journeystudio.model.LinkKind.BRANCH : org.journeystudio.model.LinkKind.NEXT;
            String to = order.get(loop ? i - 10 : i + 1).id();
            changed.put(from.id(), from.toBuilder().links(List.of(
                    new org.journeystudio.model.TouchpointLink(to, kind))).build());
        }
        return count == 0 ? map : map.withTouchpoints(map.touchpoints().stream()
                .map(t -> changed.getOrDefault(t.id(), t)).toList());
    }

    private record OpenResult(EditorController editor, double builtMillis, double layoutMillis, double frameMillis,
                              double nextPulseMillis, double fxCpuMillis) {
    }

    /**
     * Builds the editor and shows it. The first frame is on screen when prism's render thread has painted it:
     * a marker task queued on that thread right behind the frame's render job says when. Also timed: the end of
     * the next pulse, which waits for that frame too but also does the next frame's work (nodes built ahead).
     */
    private static OpenResult open(Stage stage, JourneyMap map, H2Library library) throws Exception {
        CompletableFuture<OpenResult> done = new CompletableFuture<>();
        // Opening a project lays the map out in the background task that loads it; so does the benchmark.
        org.journeystudio.layout.MapLayout layout = org.journeystudio.layout.MapLayout.of(map);
        long[] built = {0};
        double[] cpu = {0};
        Platform.runLater(() -> {
            Scene scene = stage.getScene();
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            EditorController editor = new EditorController(map, layout, library, new StudioClipboard(), () -> { });
            Parent root = Views.load(editor);
            built[0] = System.nanoTime();
            scene.setRoot(root);
            long[] laidOut = {0};
            int[] pulses = {0};
            Runnable[] listener = new Runnable[1];
            AnimationTimer keepPulsing = new AnimationTimer() {
                @Override
                public void handle(long now) {
                }
            };
            keepPulsing.start();
            CompletableFuture<Long> painted = new CompletableFuture<>();
            listener[0] = () -> {
                pulses[0]++;
                if (pulses[0] == 1) {
                    laidOut[0] = System.nanoTime();
                    // Runs after this pulse, which hands the frame to the render thread as it ends.
                    Platform.runLater(() -> onRenderThread(() -> painted.complete(System.nanoTime())));
                } else if (pulses[0] == 2) {
                    scene.removePostLayoutPulseListener(listener[0]);
                    Platform.runLater(() -> {
                        keepPulsing.stop();
                        long nextPulse = System.nanoTime();
                        cpu[0] = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                        painted.thenAccept(frame -> done.complete(new OpenResult(editor, (built[0] - start) / 1e6,
                                (laidOut[0] - start) / 1e6, (frame - start) / 1e6, (nextPulse - start) / 1e6, cpu[0])));
                    });
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    /**
     * Presses a card and drags it for 300 frames: with {@code scrolling}, every frame scrolls the map 48 px
     * under the pointer (auto-scroll across all 60 stages); without, the pointer sweeps across the window.
     */
    private static void drag(EditorController editor, boolean scrolling) throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        long[] fxCpu = new long[DRAG_FRAMES + 1];
        long[] renderCpu = new long[DRAG_FRAMES + 1];
        Platform.runLater(() -> {
            Robot robot = new Robot();
            editor.session().selection().clear();
            String first = editor.canvas().drawing().layout().cards().stream()
                    .filter(c -> editor.canvas().drawing().cardNode(c.touchpointId()).isPresent()
                            && c.box().x() > editor.canvas().drawing().viewport().x() + 200
                            && c.box().x() < editor.canvas().drawing().viewport().x() + 500)
                    .findFirst().orElseThrow().touchpointId();
            Node card = editor.canvas().drawing().cardNode(first).orElseThrow();
            Point2D at = card.localToScreen(card.getBoundsInLocal().getWidth() / 2, card.getBoundsInLocal().getHeight() / 2);
            robot.mouseMove(at);
            robot.mousePress(MouseButton.PRIMARY);
            long[] frames = new long[DRAG_FRAMES + 1];
            long renderer = rendererThreadId();
            int before = editor.canvas().drawing().cardNodesBuilt();
            new AnimationTimer() {
                private int frame = -3;

                @Override
                public void handle(long now) {
                    if (frame < 0) { // let the press arrive and the drag start
                        robot.mouseMove(at.add(10 * (frame + 4), 0));
                        frame++;
                        return;
                    }
                    frames[frame] = System.nanoTime();
                    fxCpu[frame] = CPU.getCurrentThreadCpuTime();
                    renderCpu[frame] = renderer < 0 ? 0 : CPU.getThreadCpuTime(renderer);
                    if (frame == DRAG_FRAMES) {
                        stop();
                        robot.mouseRelease(MouseButton.PRIMARY);
                        Platform.runLater(() -> {
                            System.out.printf("  card nodes built while dragging: %d (%d live); %d nodes in the window, %d of them in the map%n",
                                    editor.canvas().drawing().cardNodesBuilt() - before, editor.canvas().drawing().liveCardCount(),
                                    nodeCount(editor.canvas().drawing().view().getScene().getRoot()), nodeCount(editor.canvas().drawing().view()));
                            done.complete(frames);
                        });
                        return;
                    }
                    if (scrolling) {
                        editor.canvas().zoomPan().panBy(48, 0);
                        robot.mouseMove(at.add(40 + (frame % 2), 8));
                    } else {
                        double t = frame / (double) DRAG_FRAMES;
                        robot.mouseMove(at.add(900 * Math.sin(Math.PI * t), 500 * t));
                    }
                    frame++;
                }
            }.start();
        });
        long[] frames = done.get(120, TimeUnit.SECONDS);
        double[] times = new double[frames.length - 1];
        for (int i = 1; i < frames.length; i++) {
            times[i - 1] = (frames[i] - frames[i - 1]) / 1e6;
        }
        Arrays.sort(times);
        double[] work = new double[frames.length - 1];
        double[] fx = new double[frames.length - 1];
        double[] render = new double[frames.length - 1];
        for (int i = 1; i < frames.length; i++) {
            fx[i - 1] = (fxCpu[i] - fxCpu[i - 1]) / 1e6;
            render[i - 1] = (renderCpu[i] - renderCpu[i - 1]) / 1e6;
            work[i - 1] = fx[i - 1] + render[i - 1];
        }
        if (Boolean.getBoolean("bench.slowest")) {
            Integer[] order = new Integer[times.length];
            double[] raw = new double[times.length];
            for (int i = 1; i < frames.length; i++) {
                raw[i - 1] = (frames[i] - frames[i - 1]) / 1e6;
                order[i - 1] = i - 1;
            }
            Arrays.sort(order, (a, b) -> Double.compare(raw[b], raw[a]));
            for (int k = 0; k < 20; k++) {
                int i = order[k];
                System.out.printf("    slow frame %d: %.1f ms, FX %.1f, renderer %.1f%n", i, raw[i], fx[i], render[i]);
            }
        }
        Arrays.sort(work);
        Arrays.sort(fx);
        Arrays.sort(render);
        System.out.printf("  CPU per frame: FX thread + renderer p50 %.1f ms, p95 %.1f ms, max %.1f ms"
                        + " (FX thread alone p50 %.1f / p95 %.1f ms, renderer alone p50 %.1f / p95 %.1f ms)%n",
                work[work.length / 2], work[(int) (work.length * 0.95)], work[work.length - 1],
                fx[fx.length / 2], fx[(int) (fx.length * 0.95)], render[render.length / 2],
                render[(int) (render.length * 0.95)]);
        System.out.printf((scrolling ? "Drag across the map (scrolling)" : "Drag within the window")
                        + ": %d frames, frame time p50 %.1f ms, p95 %.1f ms, max %.1f ms "
                        + "(target p95 < 16 ms); the map moved %s%n",
                times.length, times[times.length / 2], times[(int) (times.length * 0.95)], times[times.length - 1],
                onFx(() -> editor.session().document().undoDescription().orElse("nothing")));
    }

    /** Every node under {@code node}: JavaFX walks them all on each frame that moves something. */
    private static int nodeCount(Node node) {
        int count = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count += nodeCount(child);
            }
        }
        return count;
    }

    /** Queues {@code task} on prism's render thread, behind the frames already handed to it (internal API). */
    static void onRenderThread(Runnable task) {
        try {
            Class<?> renderer = Class.forName("com.sun.javafx.tk.quantum.QuantumRenderer");
            java.lang.reflect.Method instance = renderer.getDeclaredMethod("getInstance");
            instance.setAccessible(true);
            ((java.util.concurrent.ExecutorService) instance.invoke(null)).execute(new com.sun.javafx.tk.RenderJob(task));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot reach prism's render thread", e);
        }
    }

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** The prism render thread, whose work is half of every frame. */
    private static long rendererThreadId() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}

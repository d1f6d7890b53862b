package org.journeystudio.ui.workshop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.ui.Theme;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.ui.fakes.FakeWorkshopSession;
import org.journeystudio.ui.fakes.FakeWorkshops;
import org.journeystudio.ui.fakes.RoomAnswers;
import org.journeystudio.workshop.LiveComment;
import org.journeystudio.workshop.WorkshopState;

/**
 * A dev main for the screenshots in docs/screenshots:
 * {@code WorkshopScreens welcome|live|hidden OUT.png [dark] [offline|vpn] [WIDTHxHEIGHT]} ("offline": a laptop
 * on no network; "vpn": the VPN address chosen). Shows the workshop screen for the
 * banking template with a fake session filled with a plausible room (23 people, each segment a little different),
 * snapshots it (at 1920×1080 unless a size is given, e.g. 1366x768 to check a small laptop) and exits.
 */
public final class WorkshopScreens extends Application {
    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;
    private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile("(\\d+)x(\\d+)");

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        String mode = args.get(0);
        Path out = Path.of(args.get(1));
        Theme.apply(args.contains("dark"));
        int width = WIDTH;
        int height = HEIGHT;
        for (String arg : args.subList(2, args.size())) {
            java.util.regex.Matcher size = SIZE.matcher(arg);
            if (size.matches()) {
                width = Integer.parseInt(size.group(1));
                height = Integer.parseInt(size.group(2));
            }
        }
        JourneyMap map = new ResourceTemplateCatalog().instantiate("banking-services", "Banking with Northwind",
                Instant.parse("2026-11-20T09:00:00Z"));
        FakeWorkshops workshops = new FakeWorkshops();
        if (args.contains("offline")) {
            workshops.onAddresses(List.of());
        }
        FakeWorkshopSession session = (FakeWorkshopSession) workshops.start(map.id(), map);
        EditorSession editor = new EditorSession(map, m -> { });
        WorkshopController screen = new WorkshopController(session, editor, map, LivePage.NO_HOST);
        Scene scene = new Scene(screen.load(), width, height);
        Theme.style(scene);
        stage.setScene(scene);
        stage.setTitle("Journey Studio — workshop");
        stage.show();
        session.addListener(screen.updates());
        fill(session, map, editor, !mode.equals("hidden"));
        if (args.contains("vpn")) {
            ((javafx.scene.control.ChoiceBox<?>) screen.view().lookup("#networkChoice")).getSelectionModel().select(1);
        }
        if (!mode.equals("welcome")) {
            screen.view().lookup("#startButton").fireEvent(new javafx.event.ActionEvent());
        }
        PauseTransition settle = new PauseTransition(Duration.millis(1500));
        settle.setOnFinished(e -> {
            try {
                Files.createDirectories(out.toAbsolutePath().getParent());
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out.toFile());
            } catch (Exception failure) {
                failure.printStackTrace();
            }
            Platform.exit();
        });
        settle.play();
    }

    /** A room of 23: each touchpoint has a mood of its own, each segment leans a little, a few skip a segment. */
    private static void fill(FakeWorkshopSession session, JourneyMap map, EditorSession editor, boolean revealed) {
        Random random = new Random(7);
        List<Touchpoint> rated = map.customerTouchpoints();
        RoomAnswers answers = new RoomAnswers(rated.size());
        double[] lean = {-0.5, 0.3, 0.1};
        for (int t = 0; t < rated.size(); t++) {
            double mood = 3 + 1.5 * Math.sin(t * 1.3 + 0.4);
            for (int s = 0; s < map.segments().size(); s++) {
                Segment segment = map.segments().get(s);
                int people = 5 + random.nextInt(4);
                for (int p = 0; p < people; p++) {
                    answers.add(segment.id(), t, clamp(mood + lean[s % lean.length] + random.nextGaussian() * 0.8), 1);
                }
            }
            if (t % 3 == 0) {
                answers.add(WorkshopState.NO_SEGMENT, t, clamp(mood + random.nextGaussian()), 1);
            }
        }
        session.openVoting(java.util.Set.of(map.stages().get(1).id(), map.stages().get(2).id()));
        session.setRevealed(revealed);
        session.publishAnswers(23, answers.counts());
        List<Segment> segments = map.segments();
        session.comment("c1", titled(rated, "Identity"), segments.get(0).id(), LiveComment.Kind.PAIN_POINT,
                "The ID check app kept rejecting my passport photo");
        session.comment("c2", titled(rated, "First login"), segments.get(1).id(), LiveComment.Kind.IDEA,
                "Let me choose my own PIN in the app");
        session.comment("c3", titled(rated, "Waiting"), segments.get(2).id(), LiveComment.Kind.PAIN_POINT,
                "Waited 40 minutes in the branch, only one desk open");
        session.comment("c4", titled(rated, "Phone"), WorkshopState.NO_SEGMENT, LiveComment.Kind.IDEA,
                "<b>Chat</b> instead of the phone queue?");
        LiveComment accepted = session.state().comments().get(2);
        Touchpoint branch = map.touchpoint(accepted.touchpointId()).orElseThrow();
        List<PainPoint> painPoints = new java.util.ArrayList<>(branch.painPoints());
        painPoints.add(new PainPoint(accepted.text(), 2, org.journeystudio.model.Evidence.OBSERVED));
        editor.execute(SetTouchpointField.of(editor.map(), branch.id(), TouchpointField.PAIN_POINTS, painPoints));
    }

    /** Starts it from a class that is not an Application, as a plain classpath run needs. */
    public static final class Run {
        private Run() {
        }

        public static void main(String[] args) {
            Application.launch(WorkshopScreens.class, args);
        }
    }

    private static String titled(List<Touchpoint> touchpoints, String start) {
        return touchpoints.stream().filter(t -> t.title().startsWith(start)).findFirst()
                .orElse(touchpoints.get(0)).id();
    }

    private static int clamp(double value) {
        return (int) Math.max(1, Math.min(5, Math.round(value)));
    }
}

package org.journeystudio.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.time.Instant;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.Theme;
import org.journeystudio.ui.fakes.FakeWorkshopSession;
import org.journeystudio.ui.fakes.FakeWorkshops;
import org.journeystudio.ui.session.EditorSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workshop's join screen on a projector: the network choice drives the address and the QR code, Copy link,
 * and at 1024×768 and 1100×680 (and the headless screen's 1280×800) nothing the room reads is shortened or covered by a notice.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class JoinScreenTest {
    private Stage stage;
    private JourneyMap map;

    @Start
    void start(Stage shown) {
        stage = shown;
        map = new ResourceTemplateCatalog().instantiate("banking-services", "Banking with Northwind",
                Instant.parse("2026-11-20T09:00:00Z"));
    }

    @Test
    void choosingAnotherNetworkMovesTheAddressTheQrCodeAndTheLivePageReminder(FxRobot robot) throws Exception {
        show(robot, new FakeWorkshops(), 1280, 800);
        ChoiceBox<?> networks = robot.lookup("#networkChoice").queryAs(ChoiceBox.class);
        assertThat(networks.getItems()).hasSize(3);
        assertThat(text(robot, "#addressLabel")).isEqualTo("192.168.1.20:7070");
        assertThat(decodeShownQrCode(robot)).isEqualTo("http://192.168.1.20:7070/");
        assertThat(robot.lookup("#networkNotice").query().isVisible()).as("the room's Wi-Fi needs no warning")
                .isFalse();

        robot.clickOn(networks);
        robot.clickOn("VPN (tun0) 10.8.0.6");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#addressLabel")).isEqualTo("10.8.0.6:7070");
        assertThat(decodeShownQrCode(robot)).isEqualTo("http://10.8.0.6:7070/");
        assertThat(text(robot, "#joinLabel")).startsWith("Join at 10.8.0.6:7070");
        assertThat(robot.lookup("#networkNotice").query().isVisible()).isTrue();
        assertThat(text(robot, "#networkNotice")).contains("VPN", "tun0", "Wi-Fi");
    }

    @Test
    void copyLinkPutsTheJoinLinkOnTheClipboardAndSaysSo(FxRobot robot) {
        show(robot, new FakeWorkshops(), 1024, 768);
        assertThat(robot.lookup("#copiedLabel").query().isVisible()).isFalse();

        robot.clickOn("#copyLinkButton");

        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo("http://192.168.1.20:7070/");
        assertThat(robot.lookup("#copiedLabel").query().isVisible()).isTrue();
        assertThat(text(robot, "#copiedLabel")).isEqualTo("Link copied");
    }

    @Test
    void onSmallProjectorsThePinAndAddressAreWholeAndTheNoNetworkNoticeCoversNothing(FxRobot robot) {
        FakeWorkshops offline = new FakeWorkshops();
        offline.onAddresses(List.of());
        show(robot, offline, 1024, 768);
        for (int[] size : new int[][] {{1024, 768}, {1100, 680}, {1280, 800}}) {
            resize(robot, size[0], size[1]);
            String at = size[0] + "x" + size[1];
            assertThat(robot.lookup("#networkRow").query().isVisible()).as("nothing to choose").isFalse();
            for (String shown : List.of("#pinLabel", "#addressLabel", "#welcomeTitle", "#networkNotice",
                    "#keysHint", "#welcomeCounter", "#startButton")) {
                assertThat(displayed(robot, shown)).as(shown + " at " + at).isEqualTo(text(robot, shown));
                assertThat(inWindow(robot, shown)).as(shown + " inside the window at " + at).isTrue();
            }
            assertThat(text(robot, "#networkNotice")).isEqualTo(JoinController.noNetwork());
            for (String notice : List.of("#networkNotice", "#keysHint")) {
                for (String read : List.of("#pinLabel", "#qrFrame", "#addressLabel")) {
                    assertThat(sceneBounds(robot, notice).intersects(sceneBounds(robot, read)))
                            .as(notice + " over " + read + " at " + at).isFalse();
                }
            }
        }
    }

    @Test
    void theCodeAndPinGrowWithTheWindow(FxRobot robot) {
        show(robot, new FakeWorkshops(), 1024, 768);
        double smallPin = sceneBounds(robot, "#pinLabel").getHeight();
        double smallCode = sceneBounds(robot, "#qrCode").getWidth();

        resize(robot, 1280, 800);

        assertThat(sceneBounds(robot, "#pinLabel").getHeight()).isGreaterThan(smallPin);
        assertThat(sceneBounds(robot, "#qrCode").getWidth()).isGreaterThanOrEqualTo(smallCode);
        assertThat(displayed(robot, "#pinLabel")).isEqualTo(text(robot, "#pinLabel"));
    }

    private void show(FxRobot robot, FakeWorkshops workshops, int width, int height) {
        FakeWorkshopSession session = (FakeWorkshopSession) workshops.start(map.id(), map);
        robot.interact(() -> {
            EditorSession editor = new EditorSession(map, m -> { });
            WorkshopController screen = new WorkshopController(session, editor, map, LivePage.NO_HOST);
            Scene scene = new Scene(screen.load(), width, height);
            Theme.style(scene);
            stage.setScene(scene);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            session.addListener(screen.updates());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void resize(FxRobot robot, int width, int height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text a label shows on screen: its own text unless the label had to shorten it ("48…"). */
    private static String displayed(FxRobot robot, String query) {
        Labeled labeled = robot.lookup(query).queryAs(Labeled.class);
        return labeled.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }

    private static boolean inWindow(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        Scene scene = node.getScene();
        return bounds.getMinX() >= 0 && bounds.getMinY() >= 0 && bounds.getMaxX() <= scene.getWidth() + 0.5
                && bounds.getMaxY() <= scene.getHeight() + 0.5;
    }

    private static Bounds sceneBounds(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.localToScene(node.getLayoutBounds());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static String decodeShownQrCode(FxRobot robot) throws Exception {
        ImageView code = robot.lookup("#qrCode").queryAs(ImageView.class);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = code.snapshot(null, null));
        int width = (int) shot[0].getWidth();
        int height = (int) shot[0].getHeight();
        int[] pixels = new int[width * height];
        PixelReader reader = shot[0].getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = reader.getArgb(x, y);
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width, height, pixels)))).getText();
    }
}

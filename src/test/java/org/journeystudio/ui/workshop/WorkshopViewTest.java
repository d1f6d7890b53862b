package org.journeystudio.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeystudio.testing.FxWaits.waitUpTo;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.PainPoint;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.ui.fakes.FakeWorkshopSession;
import org.journeystudio.ui.fakes.RoomAnswers;
import org.journeystudio.ui.fakes.TestStudio;
import org.journeystudio.workshop.LiveComment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The facilitator's workshop screen, started from the editor with a fake session the test drives. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class WorkshopViewTest {
    private final TestStudio studio = new TestStudio();
    private JourneyMap shop;
    private Stage stage;
    private StudioWindow window;

    @Start
    void start(Stage shown) {
        stage = shown;
        shop = SampleMaps.shop(Ids.next("map"));
        studio.library.create(shop);
        window = studio.show(shown);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        studio.work.close();
    }

    @Test
    void theShortcutStartsASessionWhoseJoinScreenShowsThePinAndAScannableCode(FxRobot robot) throws Exception {
        open(robot);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W).release(KeyCode.W, KeyCode.SHIFT, KeyCode.CONTROL);
        FakeWorkshopSession session = started(robot);

        assertThat(session.projectId()).isEqualTo(shop.id());
        assertThat(text(robot, "#pinLabel").replace(" ", "")).isEqualTo(FakeWorkshopSession.PIN);
        assertThat(text(robot, "#addressLabel")).isEqualTo("192.168.1.20:7070");
        assertThat(text(robot, "#welcomeCounter")).isEqualTo("0 participants joined");
        assertThat(decodeShownQrCode(robot)).isEqualTo(FakeWorkshopSession.ADDRESS.toString());
        assertThat(stage.isFullScreen()).isTrue();

        session.publishAnswers(12, new RoomAnswers(5).counts());
        waitUpTo(20, () -> text(robot, "#welcomeCounter").equals("12 participants joined"));
    }

    @Test
    void aServerThatCannotStartIsReportedInAnErrorDialog(FxRobot robot) {
        studio.workshops.refuseWith("No network: join the room's Wi-Fi and try again");
        open(robot);
        robot.clickOn("#workshopButton");

        waitUpTo(20, () -> robot.lookup("#errorReason").tryQuery().isPresent());
        assertThat(text(robot, "#errorReason")).isEqualTo("No network: join the room's Wi-Fi and try again");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUpTo(20, () -> robot.lookup("#errorReason").tryQuery().isEmpty());
        assertThat(robot.lookup("#workshopButton").tryQuery()).as("still in the editor").isPresent();
    }

    @Test
    void answersPublishedOnAServerThreadReachTheHeatmapCells(FxRobot robot) {
        FakeWorkshopSession session = startAndGoLive(robot);
        session.setRevealed(true);
        session.publishAnswers(3, new RoomAnswers(5)
                .add(SampleMaps.REGULARS, 3, 5, 2).add(SampleMaps.REGULARS, 3, 4, 1).counts());

        waitUpTo(20, () -> robot.lookup("#live-value-3-1").tryQuery().map(n -> ((Labeled) n).getText())
                .filter("4.67"::equals).isPresent());
        assertThat(text(robot, "#live-n-3-1")).isEqualTo("n=3");
        assertThat(text(robot, "#live-n-3-0")).isEqualTo("n=0");
        assertThat(text(robot, "#live-value-3-2")).isEqualTo("4.67");
        assertThat(text(robot, "#live-column-1")).isEqualTo("Regulars");
        assertThat(text(robot, "#counterLabel")).isEqualTo("3 participants · 3 answers");
        assertThat(robot.lookup("#mood-bar-3").query().isVisible()).isTrue();
        assertThat(robot.lookup("#mood-bar-0").query().isVisible()).as("nobody rated it yet").isFalse();

        robot.clickOn("#applyButton");
        assertThat(window.editor().orElseThrow().session().map().touchpoint("tp-pay").orElseThrow().satisfaction())
                .containsExactlyEntriesOf(java.util.Map.of(SampleMaps.REGULARS, 4.67));
    }

    @Test
    void hiddenResultsShowTheCountersButNoScoreUntilRevealed(FxRobot robot) {
        FakeWorkshopSession session = startAndGoLive(robot);
        session.publishAnswers(23, new RoomAnswers(5).add(SampleMaps.NEW_CUSTOMERS, 0, 2, 300).add(SampleMaps.NEW_CUSTOMERS, 1, 5, 10)
                .counts());

        waitUpTo(20, () -> text(robot, "#hiddenCounter").equals("23 participants · 310 answers"));
        assertThat(robot.lookup(".live-cell").queryAll()).isEmpty();
        assertThat(robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && (l.getText().startsWith("n=") || l.getText().equals("2.00") || l.getText().equals("2.0")))
                .queryAll()).isEmpty();

        robot.clickOn("#revealToggle");
        assertThat(session.calls()).contains("setRevealed true");
        waitUpTo(20, () -> robot.lookup("#live-value-0-0").tryQuery().isPresent());
        assertThat(text(robot, "#live-value-0-0")).isEqualTo("2.00");
        assertThat(((ToggleButton) robot.lookup("#revealToggle").query()).getText()).isEqualTo("Hide results");
    }

    @Test
    void stageTogglesOpenAndCloseVotingByStageId(FxRobot robot) {
        FakeWorkshopSession session = startAndGoLive(robot);
        ToggleButton buy = robot.lookup("#vote-st-buy").queryAs(ToggleButton.class);
        assertThat(buy.isSelected()).as("every stage is open at the start").isTrue();

        robot.clickOn(buy);
        assertThat(session.openings()).containsExactly(Set.of("st-search", "st-receive"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(buy.isSelected()).isFalse();
        assertThat(robot.lookup("#allStagesToggle").queryAs(ToggleButton.class).isSelected()).isFalse();

        robot.clickOn("#vote-st-search");
        assertThat(session.openings()).last().isEqualTo(Set.of("st-receive"));
        robot.clickOn("#nextStageButton");
        assertThat(session.openings()).last().isEqualTo(Set.of("st-search"));
        robot.clickOn("#allStagesToggle");
        assertThat(session.calls()).last().isEqualTo("openAllVoting");
    }

    @Test
    void aDotRoundIsStartedShownClosedAndItsVotesBecomeCustomerValueInOneUndoStep(FxRobot robot) {
        FakeWorkshopSession session = startAndGoLive(robot);
        assertThat(text(robot, "#dotsLabel")).isEqualTo("No round yet");
        assertThat(robot.lookup("#applyDotsButton").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#startDotsButton");
        assertThat(session.calls()).last().isEqualTo("openDots 3");
        waitUpTo(20, () -> text(robot, "#dotsLabel").equals("3 dots each · open · counts hidden"));
        session.roomDots(java.util.Map.of("opp-tp-reviews-1", 4));
        robot.clickOn("#showDotsToggle");
        waitUpTo(20, () -> text(robot, "#dotsLabel").endsWith("4 × Show verified reviews first"));
        robot.clickOn("#closeDotsButton");
        assertThat(session.calls()).containsSubsequence("showDots true", "closeDots");
        waitUpTo(20, () -> text(robot, "#dotsLabel").startsWith("3 dots each · closed"));

        robot.clickOn("#applyDotsButton");
        assertThat(reviewsValue()).as("the only voted one is the most-voted").isEqualTo(5);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reviewsValue()).isNull();
    }

    @Test
    void acceptingACommentAddsAPainPointToTheMapThatUndoTakesAway(FxRobot robot) {
        FakeWorkshopSession session = startAndGoLive(robot);
        session.comment("c1", "tp-pay", LiveComment.Kind.PAIN_POINT, "The code from my bank never came");
        waitUpTo(20, () -> robot.lookup(".accept-pain-point").tryQuery().isPresent());

        robot.clickOn(robot.lookup(".accept-pain-point").queryAs(Button.class));

        PainPoint added = new PainPoint("The code from my bank never came", 2, Evidence.OBSERVED);
        assertThat(painPointsOfPay()).contains(added);
        waitUpTo(20, () -> studio.library.load(shop.id()).orElseThrow().touchpoint("tp-pay").orElseThrow()
                .painPoints().contains(added));
        assertThat(text(robot, ".comment-accepted")).isEqualTo("On the map as a pain point");
        assertThat(robot.lookup(".accept-pain-point").queryAs(Button.class).isDisabled()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(painPointsOfPay()).doesNotContain(added);
        assertThat(robot.lookup(".accept-pain-point").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void aScriptInACommentShowsAsLiteralTextAndRemoveTakesItAway(FxRobot robot) {
        FakeWorkshopSession session = startAndGoLive(robot);
        String typed = "<script>alert('owned')</script>";
        session.comment("c2", "tp-cart", LiveComment.Kind.IDEA, typed);
        waitUpTo(20, () -> robot.lookup(".comment-text").tryQuery().isPresent());

        Label shown = robot.lookup(".comment-text").queryAs(Label.class);
        assertThat(shown.getText()).isEqualTo(typed);
        assertThat(text(robot, ".comment-heading")).startsWith("Idea · Add to cart · No segment");

        robot.clickOn(robot.lookup(".remove-comment").queryAs(Button.class));
        assertThat(session.calls()).contains("removeComment c2");
        waitUpTo(20, () -> robot.lookup(".comment-text").tryQuery().isEmpty());
    }

    @Test
    void endingAsksThenClosesTheSessionAndShowsTheMapAgain(FxRobot robot) {
        FakeWorkshopSession session = startAndGoLive(robot);
        robot.clickOn("#endButton");
        waitUpTo(20, () -> robot.lookup("#confirmDialog").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#confirmDialog .button").match((Button b) -> "End session".equals(b.getText()))
                .queryAs(Button.class));

        waitUpTo(20, session::closed);
        waitUpTo(20, () -> robot.lookup("#workshopButton").tryQuery().isPresent());
        assertThat(robot.lookup("#workshopView").tryQuery()).isEmpty();
        assertThat(stage.isFullScreen()).isFalse();
    }

    @Test
    void escLeavesFullScreenButNotTheSession(FxRobot robot) {
        FakeWorkshopSession session = startAndGoLive(robot);
        robot.interact(() -> stage.setFullScreen(true));

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.interact(() -> { });

        assertThat(stage.isFullScreen()).isFalse();
        assertThat(session.closed()).isFalse();
        assertThat(robot.lookup("#workshopView").tryQuery()).isPresent();
    }

    @Test
    void aSessionThatEndsByItselfReturnsToTheMap(FxRobot robot) {
        FakeWorkshopSession session = startAndGoLive(robot);
        session.endByItself();

        waitUpTo(20, () -> robot.lookup("#workshopButton").tryQuery().isPresent());
        waitUpTo(20, session::closed);
    }

    // ---------------------------------------------------------------------------------------------------

    private void open(FxRobot robot) {
        Node cell = robot.lookup(".project-title").match((Labeled l) -> "Shop".equals(l.getText())).query();
        robot.doubleClickOn(cell);
        waitUpTo(20, () -> robot.lookup("#workshopButton").tryQuery().map(Node::isVisible).orElse(false));
    }

    private FakeWorkshopSession started(FxRobot robot) {
        waitUpTo(20, () -> !studio.workshops.started().isEmpty() && robot.lookup("#joinPage").tryQuery().isPresent());
        return studio.workshops.started().get(0);
    }

    private FakeWorkshopSession startAndGoLive(FxRobot robot) {
        open(robot);
        robot.clickOn("#workshopButton");
        FakeWorkshopSession session = started(robot);
        robot.clickOn("#startButton");
        waitUpTo(20, () -> robot.lookup("#livePage").query().isVisible());
        return session;
    }

    private Integer reviewsValue() {
        return window.editor().orElseThrow().session().map().opportunities().get(0).customerValue();
    }

    private List<PainPoint> painPointsOfPay() {
        return window.editor().orElseThrow().session().map().touchpoint("tp-pay").orElseThrow().painPoints();
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

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}

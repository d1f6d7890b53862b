package org.journeystudio.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.shape.MoveTo;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.fakes.RoomAnswers;
import org.journeystudio.workshop.WorkshopState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The live view's labels with the banking template's long names ("Small-business owners", "Paying bills and
 * transferring money"), as the real workshop screen lays them out on a 1366 px laptop and on a wide screen: the
 * segment headings and the mood chart's names show in full and break lines only between words. The scene is laid
 * out off screen: the headless test screen (1280×800) cannot show a bigger window.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class LiveLabelLayoutTest {
    private static final double[][] SIZES = {{1366, 768}, {1920, 1080}};

    @Start
    void start(Stage stage) {
        // Nothing to show: each test lays out a scene of its own size.
    }

    @Test
    void segmentHeadingsBreakOnlyBetweenWords(FxRobot robot) {
        for (double[] size : SIZES) {
            Parent view = showLive(robot, size[0], size[1]);
            List<Label> headings = view.lookupAll(".live-column-title").stream().map(Label.class::cast).toList();

            assertThat(headings).extracting(Label::getText).contains("Small-business owners", "All");
            for (Label heading : headings) {
                assertWholeWordsInFull(heading, size[0]);
            }
        }
    }

    @Test
    void moodChartNamesShowInFullWithoutOverlapping(FxRobot robot) {
        for (double[] size : SIZES) {
            Parent view = showLive(robot, size[0], size[1]);
            Node chart = view.lookup("#roomMood");
            List<Label> names = view.lookupAll(".room-mood-name").stream().map(Label.class::cast).toList();

            assertThat(names).extracting(Label::getText).contains("Online application form",
                    "Paying bills and transferring money");
            for (Label name : names) {
                assertWholeWordsInFull(name, size[0]);
                assertThat(name.getTooltip().getText()).isEqualTo(name.getText());
                Bounds text = LivePage.scene(text(name));
                Bounds area = LivePage.scene(chart);
                assertThat(text.getMaxY()).as("bottom of '%s' at %s px", name.getText(), size[0])
                        .isLessThanOrEqualTo(Math.min(LivePage.scene(name).getMaxY(), area.getMaxY()) + 0.5);
            }
            for (int i = 0; i + 1 < names.size(); i++) {
                Bounds left = LivePage.shrunk(LivePage.scene(text(names.get(i))));
                Bounds right = LivePage.shrunk(LivePage.scene(text(names.get(i + 1))));
                assertThat(left.intersects(right)).as("'%s' overlaps '%s' at %s px", names.get(i).getText(),
                        names.get(i + 1).getText(), size[0]).isFalse();
            }
        }
    }

    @Test
    void aHeadingClaimsItsLongestWordButNoMoreThanItsCap(FxRobot robot) {
        robot.interact(() -> {
            WholeWordLabel heading = new WholeWordLabel("Small-business owners", 240);
            WholeWordLabel endless = new WholeWordLabel("Supercalifragilisticexpialidocious".repeat(3), 240);

            double word = WholeWordLabel.longestWord("Small-business", heading.getFont());
            assertThat(word).isGreaterThan(WholeWordLabel.longestWord("owners", heading.getFont()));
            assertThat(heading.minWidth(-1)).isGreaterThan(word).isLessThan(word + 3);
            assertThat(endless.minWidth(-1)).isEqualTo(240);
        });
    }

    /** The label draws all of its text, and every line break its skin made falls at white space. */
    private static void assertWholeWordsInFull(Label label, double width) {
        Text text = text(label);
        String full = label.getText();
        assertThat(text.getText()).as("text shown for '%s' at %s px", full, width).isEqualTo(full);
        List<String> lines = lines(text);
        for (int line = 0; line + 1 < lines.size(); line++) {
            String before = lines.get(line);
            String after = lines.get(line + 1);
            assertThat(Character.isWhitespace(before.charAt(before.length() - 1))
                    || Character.isWhitespace(after.charAt(0)))
                    .as("'%s' breaks inside a word at %s px: %s", full, width, lines).isTrue();
        }
    }

    /** The text's visual lines, found from where the caret of each character sits. */
    private static List<String> lines(Text text) {
        String content = text.getText();
        List<String> lines = new ArrayList<>();
        int start = 0;
        double top = caretTop(text, 0);
        for (int i = 1; i < content.length(); i++) {
            double y = caretTop(text, i);
            if (y > top + 1) {
                lines.add(content.substring(start, i));
                start = i;
                top = y;
            }
        }
        lines.add(content.substring(start));
        return lines;
    }

    private static double caretTop(Text text, int index) {
        return ((MoveTo) text.caretShape(index, true)[0]).getY();
    }

    /** The Text node the label's skin draws. */
    private static Text text(Label label) {
        return label.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no text drawn for " + label.getText()));
    }

    /** The workshop's live page for the banking template with a few answers per segment, at the given size. */
    private Parent showLive(FxRobot robot, double width, double height) {
        JourneyMap bank = new ResourceTemplateCatalog().instantiate("banking-services", "Bank",
                Instant.parse("2026-11-20T09:00:00Z"));
        assertThat(bank.segments()).extracting(Segment::name).contains("Small-business owners");
        int touchpoints = bank.customerTouchpoints().size();
        RoomAnswers answers = new RoomAnswers(touchpoints);
        for (int t = 0; t < touchpoints; t++) {
            for (Segment segment : bank.segments()) {
                answers.add(segment.id(), t, 1 + t % 5, 2);
            }
            answers.add(WorkshopState.NO_SEGMENT, t, 3, 1);
        }
        return LivePage.layOut(robot, bank, 12, answers, width, height);
    }
}

package org.journeystudio.ui.canvas;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.journeystudio.layout.TextWrap;
import org.journeystudio.ui.canvas.CanvasFaces.CardFace;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A touchpoint card: title (at most two lines), channel icon and name, and the evidence badge, laid out by
 * hand from light {@link Text} nodes so that a long map's cards stay cheap to build and to style.
 */
final class CardView extends Region {
    /** Rough width of one title character, for wrapping the title into two lines before it is measured. */
    private static final double TITLE_CHAR_WIDTH = 7.8;
    private static final double CHANNEL_CHAR_WIDTH = 6.2;

    private final Text title = new Text();
    private final FontIcon channelIcon;
    private final Text channel = new Text();
    private final TextTile badge;
    private final CardFace face;

    CardView(String touchpointId, CardFace face) {
        this.face = face;
        getStyleClass().addAll("touchpoint-card", CanvasNodes.emotionClass(face.emotion()));
        setId("card-" + touchpointId);
        title.getStyleClass().add("card-title");
        title.setTextOrigin(VPos.TOP);
        channelIcon = new FontIcon(CanvasNodes.channelIcon(face.channel().kind()));
        channel.getStyleClass().add("card-channel");
        channel.setTextOrigin(VPos.TOP);
        badge = new TextTile(CanvasNodes.evidenceWord(face.evidence()), null, "evidence-text");
        badge.getStyleClass().addAll("evidence-badge", "evidence-" + face.evidence().name().toLowerCase());
        getChildren().addAll(title, channelIcon, channel, badge);
        setAccessibleRole(AccessibleRole.LIST_ITEM);
        setAccessibleText(CanvasNodes.accessibleText(face));
        if (!face.description().isEmpty()) {
            CanvasNodes.lazyTooltip(this, face.description());
        }
    }

    /** The title as shown (wrapped and shortened to fit); for tests and screen readers the full title is in the accessible text. */
    String shownTitle() {
        return title.getText();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = getWidth() - in.getLeft() - in.getRight();
        int chars = Math.max(4, (int) (w / TITLE_CHAR_WIDTH));
        String full = face.title().isEmpty() ? "Untitled touchpoint" : face.title();
        List<String> lines = TextWrap.lines(full, chars);
        String shown = lines.size() <= 2 ? String.join("\n", lines)
                : lines.get(0) + "\n" + TextWrap.truncate(lines.get(1) + " " + lines.get(2), chars);
        if (!shown.equals(title.getText())) {
            title.setText(shown);
        }
        title.setWrappingWidth(w); // a safety net where the estimate is short: never wider than the card
        title.relocate(in.getLeft(), in.getTop());
        badge.autosize();
        double bottom = getHeight() - in.getBottom();
        double badgeW = badge.getWidth();
        badge.relocate(getWidth() - in.getRight() - badgeW, bottom - badge.getHeight());
        channelIcon.autosize();
        double rowY = bottom - badge.getHeight() / 2;
        channelIcon.relocate(in.getLeft(), rowY - channelIcon.getLayoutBounds().getHeight() / 2);
        double channelX = in.getLeft() + channelIcon.getLayoutBounds().getWidth() + 5;
        int channelChars = Math.max(3, (int) ((badge.getLayoutX() - 6 - channelX) / CHANNEL_CHAR_WIDTH));
        String label = TextWrap.truncate(face.channel().label(), channelChars);
        if (!label.equals(channel.getText())) {
            channel.setText(label);
        }
        channel.relocate(channelX, rowY - channel.getLayoutBounds().getHeight() / 2);
    }
}

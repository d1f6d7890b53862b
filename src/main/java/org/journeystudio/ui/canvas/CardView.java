package org.journeystudio.ui.canvas;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import org.journeystudio.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.journeystudio.editing.ScenarioBadges.Badge;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.layout.TextWrap;
import org.journeystudio.ui.canvas.CanvasLayers.CardFace;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A touchpoint card: title (at most two lines), channel icon and name, and the evidence badge, laid out by
 * hand from light {@link Text} nodes so that a long map's cards stay cheap to build and to style. A card node
 * can be given another touchpoint with the same emotion and evidence ({@link #show}) as the map scrolls.
 */
final class CardView extends Region {
    /** Rough width of one title character, for wrapping the title into two lines before it is measured. */
    private static final double TITLE_CHAR_WIDTH = 7.8;
    private static final double CHANNEL_CHAR_WIDTH = 6.2;
    /**
     * The touchpoint is a node property, not the node's id: changing an id makes JavaFX style the node afresh,
     * which would undo what reusing the node saves.
     */
    private static final String TOUCHPOINT = "journey-studio.touchpoint";
    private static final double PICTURE_INSET = 5;

    private final Text title = new Text();
    private final FontIcon channelIcon;
    private final Text channel = new Text();
    private final TextTile badge;
    /** "New" or "Changed" against the scenario this one was copied from; null on an unchanged card. */
    private final TextTile change;
    /** The blueprint's fail and wait marks, built only on a card that has them (the key keeps it so). */
    private final TextTile fail;
    private final TextTile wait;
    /** The card's picture at its left, built only on a card that has one (the key keeps it so). */
    private final ImageView picture;
    private CardFace face;

    CardView(String touchpointId, CardFace face) {
        getStyleClass().addAll(CanvasStyles.TOUCHPOINT_CARD, CanvasNodes.emotionClass(face.emotion()));
        title.getStyleClass().add(CanvasStyles.CARD_TITLE);
        title.setTextOrigin(VPos.TOP);
        channelIcon = new FontIcon(CanvasNodes.channelIcon(face.channel().kind()));
        channel.getStyleClass().add(CanvasStyles.CARD_CHANNEL);
        channel.setTextOrigin(VPos.TOP);
        badge = new TextTile(CanvasNodes.evidenceWord(face.evidence()), null, CanvasStyles.EVIDENCE_TEXT);
        badge.getStyleClass().addAll(CanvasStyles.EVIDENCE_BADGE, CanvasStyles.evidence(face.evidence()));
        getChildren().addAll(title, channelIcon, channel, badge);
        change = changeBadge(face.change());
        if (change != null) {
            getChildren().add(change);
        }
        fail = face.failPoint() ? mark(Messages.text("canvas.failMark"), CanvasStyles.FAIL_MARK) : null;
        wait = face.waitMark() != null ? mark(face.waitMark(), CanvasStyles.WAIT_MARK) : null;
        for (TextTile tile : new TextTile[] {fail, wait}) {
            if (tile != null) {
                getChildren().add(tile);
            }
        }
        picture = face.image() == null ? null : new ImageView();
        if (picture != null) {
            picture.setPreserveRatio(true);
            picture.setSmooth(true);
            picture.setMouseTransparent(true);
            picture.getStyleClass().add(CanvasStyles.CARD_PICTURE);
            getChildren().add(picture);
        }
        setAccessibleRole(AccessibleRole.LIST_ITEM);
        setAccessibleRoleDescription(Messages.text("access.cardRole"));
        setAccessibleHelp(Messages.text("access.cardHelp"));
        // Drawn from a bitmap of itself while the map scrolls: with the software pipeline that halves the cost of
        // a scrolling frame, which otherwise rasterises every card's rounded frame, border and text again.
        setCache(true);
        show(touchpointId, face);
    }

    /** What decides a card's style classes and parts: cards with equal keys can take each other's touchpoints. */
    static Object styleKey(CardFace face) {
        return CanvasNodes.emotionClass(face.emotion()) + " " + face.evidence() + " " + face.change() + " "
                + face.failPoint() + " " + (face.waitMark() != null) + " " + (face.image() != null);
    }

    private static TextTile mark(String text, String styleClass) {
        TextTile tile = new TextTile(text, null, CanvasStyles.BLUEPRINT_MARK_TEXT);
        tile.getStyleClass().addAll(CanvasStyles.BLUEPRINT_MARK, styleClass);
        tile.setMouseTransparent(true);
        return tile;
    }

    /** The scenario badge at the card's top edge, built only on a new or changed card (the key keeps it so). */
    private static TextTile changeBadge(Badge change) {
        if (change == Badge.UNCHANGED) {
            return null;
        }
        TextTile tile = new TextTile(Messages.text(change == Badge.NEW ? "canvas.new" : "canvas.changed"), null,
                CanvasStyles.CHANGE_TEXT);
        tile.getStyleClass().addAll(CanvasStyles.CHANGE_BADGE,
                change == Badge.NEW ? CanvasStyles.CHANGE_NEW : CanvasStyles.CHANGE_CHANGED);
        tile.setMouseTransparent(true);
        return tile;
    }

    /** Makes this card show {@code face}, whose style key must be this card's. */
    void show(String touchpointId, CardFace next) {
        this.face = next;
        getProperties().put(TOUCHPOINT, touchpointId);
        channelIcon.setIconCode(CanvasNodes.channelIcon(next.channel().kind()));
        badge.setContent(CanvasNodes.evidenceWord(next.evidence()));
        if (wait != null) {
            wait.setContent(next.waitMark());
        }
        if (picture != null) {
            picture.setImage(CardThumbnails.of(next.image()));
        }
        setAccessibleText(CanvasNodes.accessibleText(next));
        CanvasNodes.lazyTooltip(this, next.description());
        requestLayout();
    }

    /** The touchpoint of the card that {@code target} is or lies in, if any. */
    static Optional<String> touchpointOf(Node target) {
        return CanvasNodes.nearest(target, TOUCHPOINT, String.class);
    }

    /** The title as shown (wrapped and shortened to fit); for tests and screen readers the full title is in the accessible text. */
    String shownTitle() {
        return title.getText();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double left = in.getLeft();
        if (picture != null) {
            // The picture fills the card's height at its left, as in the exports; the texts move right of it.
            double side = getHeight() - 2 * PICTURE_INSET - 4;
            picture.setFitHeight(side);
            picture.setFitWidth(Math.min(side, getWidth() / 3));
            picture.relocate(PICTURE_INSET, PICTURE_INSET);
            left = PICTURE_INSET + Math.min(side, getWidth() / 3) + 6;
        }
        double w = getWidth() - left - in.getRight();
        int chars = Math.max(4, (int) (w / TITLE_CHAR_WIDTH));
        String full = face.title().isEmpty() ? Messages.text("canvas.untitledTouchpoint") : face.title();
        List<String> lines = TextWrap.lines(full, chars);
        String shown = lines.size() <= 2 ? String.join("\n", lines)
                : lines.get(0) + "\n" + TextWrap.truncate(lines.get(1) + " " + lines.get(2), chars);
        if (!shown.equals(title.getText())) {
            title.setText(shown);
        }
        title.setWrappingWidth(w); // a safety net where the estimate is short: never wider than the card
        title.relocate(left, in.getTop());
        badge.autosize();
        double bottom = getHeight() - in.getBottom();
        double badgeW = badge.getWidth();
        badge.relocate(getWidth() - in.getRight() - badgeW, bottom - badge.getHeight());
        channelIcon.autosize();
        double rowY = bottom - badge.getHeight() / 2;
        channelIcon.relocate(left, rowY - channelIcon.getLayoutBounds().getHeight() / 2);
        double channelX = left + channelIcon.getLayoutBounds().getWidth() + 5;
        int channelChars = Math.max(3, (int) ((badge.getLayoutX() - 6 - channelX) / CHANNEL_CHAR_WIDTH));
        String label = TextWrap.truncate(ModelWords.channel(face.channel()), channelChars);
        if (!label.equals(channel.getText())) {
            channel.setText(label);
        }
        channel.relocate(channelX, rowY - channel.getLayoutBounds().getHeight() / 2);
        if (change != null) {
            // Astride the top edge on the right, clear of the title, like a mark stuck on the card.
            change.autosize();
            change.relocate(getWidth() - in.getRight() - change.getWidth(), -change.getHeight() / 2);
        }
        // The blueprint marks astride the top edge on the left, as in the exports.
        double markX = in.getLeft();
        for (TextTile tile : new TextTile[] {fail, wait}) {
            if (tile != null) {
                tile.autosize();
                tile.relocate(markX, -tile.getHeight() / 2);
                markX += tile.getWidth() + 4;
            }
        }
    }

    /** The blueprint marks as shown ("FAIL", "WAIT 10 min"), joined by a space; for tests. */
    String shownMarks() {
        return String.join(" ", java.util.stream.Stream.of(fail, wait).filter(java.util.Objects::nonNull)
                .map(t -> t.text().getText()).toList());
    }

    /** Whether the card shows a picture; for tests. */
    boolean showsPicture() {
        return picture != null && picture.getImage() != null;
    }

    /** The scenario badge's word as shown ("New", "Changed"), or empty on an unchanged card; for tests. */
    String shownChange() {
        return change == null ? "" : change.text().getText();
    }
}

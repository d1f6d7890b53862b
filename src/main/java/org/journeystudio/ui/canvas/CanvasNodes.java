package org.journeystudio.ui.canvas;

import java.util.Optional;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.layout.NoteKind;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.TouchpointImage;
import org.journeystudio.ui.canvas.CanvasLayers.BandFace;
import org.journeystudio.ui.canvas.CanvasLayers.CardFace;
import org.journeystudio.ui.canvas.CanvasLayers.LaneFace;
import org.journeystudio.ui.canvas.CanvasLayers.NoteFace;
import org.journeystudio.ui.canvas.CanvasLayers.PointFace;
import org.journeystudio.ui.canvas.CanvasLayers.StageFace;
import org.journeystudio.ui.canvas.CanvasLayers.TextFace;
import org.journeystudio.ui.canvas.CanvasLayers.WordFace;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Builds the canvas's nodes from their faces; the look itself lives in canvas.css. */
final class CanvasNodes {
    static final double POINT_RADIUS = 7;
    private static final String TOOLTIP = "journey-studio.tooltip";

    private CanvasNodes() {
    }

    static Node card(String touchpointId, CardFace face) {
        return new CardView(touchpointId, face);
    }

    /** What a screen reader says for a card: everything the card shows in colour or icons, as words. */
    static String accessibleText(CardFace face) {
        // The choices in the pattern leave out what the card does not have (no change, no pain points …).
        return Messages.text("canvas.cardAccessible",
                face.title().isEmpty() ? Messages.text("canvas.untitled") : face.title(), face.stageName(),
                ModelWords.channel(face.channel()), face.emotionLabel(),
                evidenceWord(face.evidence()).toLowerCase(Messages.language().locale()),
                switch (face.change()) {
                    case UNCHANGED -> 0;
                    case NEW -> 1;
                    case CHANGED -> 2;
                },
                face.painPoints(), face.opportunities());
    }

    static Label evidenceBadge(Evidence evidence) {
        Label badge = new Label(evidenceWord(evidence));
        badge.getStyleClass().addAll(CanvasStyles.EVIDENCE_BADGE, CanvasStyles.evidence(evidence));
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }

    static String evidenceWord(Evidence evidence) {
        return ModelWords.evidence(evidence);
    }

    static Node stageHeader(String stageId, StageFace face) {
        return new StageHeaderView(stageId, face);
    }

    static Node laneHeader(String laneId, LaneFace face) {
        Label title = new Label(face.title(), new FontIcon(laneIcon(face.kind())));
        title.getStyleClass().addAll(CanvasStyles.LANE_HEADER, laneClass(face.kind()));
        title.setId("lane-" + laneId);
        title.setWrapText(true);
        title.setCache(true); // a scrolling frame draws it from its bitmap, as it does cards (see CardView)
        return title;
    }

    /** A picture of an Images lane, fitted into its box (decoded at twice the box for a sharp 200 % zoom). */
    static Node picture(TouchpointImage image, Box box) {
        ImageView view = new ImageView(CardThumbnails.of(image, (int) Math.ceil(2 * Math.max(box.w(), box.h()))));
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(box.w());
        view.setFitHeight(box.h());
        view.setMouseTransparent(true);
        view.getStyleClass().add(CanvasStyles.LANE_PICTURE);
        return view;
    }

    static Node band(BandFace face) {
        Region band = new Region();
        band.getStyleClass().addAll(face.styleClass(), face.variant());
        band.setMouseTransparent(true);
        return band;
    }

    /** A pain point or opportunity note; it knows its touchpoint, so a click on it can select the card. */
    static Node note(NoteRef ref, NoteFace face) {
        TextTile note = new TextTile(String.join("\n", face.lines()), null, CanvasStyles.NOTE_TEXT);
        note.getStyleClass().addAll(CanvasStyles.STICKY_NOTE,
                face.kind() == NoteKind.PAIN_POINT ? CanvasStyles.PAIN_POINT : CanvasStyles.OPPORTUNITY);
        if (face.kind() == NoteKind.PAIN_POINT) {
            note.getStyleClass().add(CanvasStyles.severity(face.severity()));
        }
        note.getStyleClass().add(CanvasStyles.evidence(face.evidence()));
        note.setAccessibleRole(AccessibleRole.TEXT);
        note.setCache(true); // see CardView: scrolling draws it from its bitmap
        refillNote(note, ref, face);
        return note;
    }

    /** What decides a note's style classes: notes with equal keys can take each other's text. */
    static Object noteStyleKey(NoteFace face) {
        return face.kind() + " " + (face.kind() == NoteKind.PAIN_POINT ? face.severity() : 0) + " " + face.evidence();
    }

    /** Makes {@code node}, a note built for the same style key, show {@code face}. */
    static void refillNote(Node node, NoteRef ref, NoteFace face) {
        TextTile note = (TextTile) node;
        note.setContent(String.join("\n", face.lines()));
        ref.attachTo(note);
        boolean pain = face.kind() == NoteKind.PAIN_POINT;
        String evidence = evidenceWord(face.evidence());
        note.setAccessibleText(Messages.text(pain ? "canvas.painPointNote" : "canvas.opportunityNote", face.text(),
                evidence.toLowerCase(Messages.language().locale())));
        lazyTooltip(note, Messages.text(pain ? "canvas.painPointNoteTip" : "canvas.opportunityNoteTip", evidence));
    }

    static Node text(TextFace face) {
        boolean channel = face.channel() != null;
        TextTile tile = new TextTile(String.join("\n", face.lines()),
                channel ? new FontIcon(channelIcon(face.channel().kind())) : null,
                channel ? CanvasStyles.CHANNEL_TEXT : CanvasStyles.EXPECTATION_LINE);
        tile.getStyleClass().add(channel ? CanvasStyles.CHANNEL_LABEL : CanvasStyles.EXPECTATION_TEXT);
        tile.setMouseTransparent(true);
        return tile;
    }

    /** Channel labels and expectation blocks differ in style classes; within each, any tile can show any text. */
    static Object textStyleKey(TextFace face) {
        return face.channel() != null;
    }

    /** Makes {@code node}, a tile built for the same style key, show {@code face}. */
    static void refillText(Node node, TextFace face) {
        TextTile tile = (TextTile) node;
        tile.setContent(String.join("\n", face.lines()));
        if (tile.icon() instanceof FontIcon icon) {
            icon.setIconCode(channelIcon(face.channel().kind()));
        }
    }

    static Node point(String touchpointId, PointFace face) {
        Circle dot = new Circle(POINT_RADIUS);
        dot.getStyleClass().addAll(CanvasStyles.EMOTION_POINT, emotionClass(face.score()), scoreClass(face.score()));
        dot.setId("emotion-" + touchpointId);
        dot.setAccessibleText(Messages.text("canvas.emotionPoint", face.title(), face.label()));
        lazyTooltip(dot, Messages.text("canvas.emotionPointTip", face.title(), face.label()));
        return dot;
    }

    /** The word under an emotion point, coloured like the scale's words beside the lane. */
    static Node pointWord(String touchpointId, WordFace face) {
        Label word = new PointWord(face.word());
        word.setId("emotion-word-" + touchpointId);
        word.getStyleClass().addAll(CanvasStyles.EMOTION_POINT_WORD, emotionClass(face.score()));
        return word;
    }

    /**
     * Gives {@code node} a tooltip the first time the pointer enters it (none for empty text). A tooltip is a
     * small window object; made up front for every card and note, they cost a long map's opening more than the
     * cards themselves. Called again on a reused node, it changes the text.
     */
    static void lazyTooltip(Node node, String text) {
        Object current = node.getProperties().get(TOOLTIP);
        if (current instanceof Tooltip shown) { // the pointer has been over it: change the tooltip itself
            if (text.isEmpty()) {
                Tooltip.uninstall(node, shown);
                node.getProperties().put(TOOLTIP, "");
            } else {
                shown.setText(text);
            }
            return;
        }
        node.getProperties().put(TOOLTIP, text);
        if (current == null) {
            node.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
                if (node.getProperties().get(TOOLTIP) instanceof String wanted && !wanted.isEmpty()) {
                    Tooltip tip = new Tooltip(wanted);
                    node.getProperties().put(TOOLTIP, tip);
                    Tooltip.install(node, tip);
                }
            });
        }
    }

    /**
     * What {@code key} holds on {@code target} or its nearest ancestor on the canvas, if it is a {@code type}: how a
     * click on a card's or note's text finds the touchpoint or note the node shows.
     */
    static <T> Optional<T> nearest(Node target, String key, Class<T> type) {
        for (Node n = target; n != null; n = n.getParent()) {
            if (n.hasProperties() && type.isInstance(n.getProperties().get(key))) {
                return Optional.of(type.cast(n.getProperties().get(key)));
            }
            if (n.getStyleClass().contains(CanvasStyles.JOURNEY_MAP)) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Fixes a node to its box: the layout, not the node's content, decides the size. */
    static void place(Node node, Box box) {
        if (node instanceof Circle dot) {
            dot.setCenterX(box.centerX());
            dot.setCenterY(box.centerY());
            return;
        }
        node.relocate(box.x(), box.y());
        if (node instanceof Region region) {
            region.setMinSize(box.w(), box.h());
            region.setPrefSize(box.w(), box.h());
            region.setMaxSize(box.w(), box.h());
        }
    }

    static String laneClass(LaneKind kind) {
        return CanvasStyles.lane(kind);
    }

    static String emotionClass(int score) {
        return score > 0 ? CanvasStyles.EMOTION_POSITIVE
                : score < 0 ? CanvasStyles.EMOTION_NEGATIVE : CanvasStyles.EMOTION_NEUTRAL;
    }

    static String scoreClass(int score) {
        return CanvasStyles.emotionScore(score);
    }

    static Feather emotionIcon(int score) {
        return score > 0 ? Feather.SMILE : score < 0 ? Feather.FROWN : Feather.MEH;
    }

    static String emotionWord(int score) {
        return ModelWords.emotion(score);
    }

    static Feather channelIcon(ChannelKind kind) {
        return switch (kind) {
            case WEB -> Feather.GLOBE;
            case MOBILE_APP -> Feather.SMARTPHONE;
            case STORE -> Feather.SHOPPING_BAG;
            case PHONE -> Feather.PHONE;
            case EMAIL -> Feather.MAIL;
            case SOCIAL -> Feather.SHARE_2;
            case CHAT -> Feather.MESSAGE_CIRCLE;
            case DELIVERY -> Feather.TRUCK;
            case OTHER -> Feather.MORE_HORIZONTAL;
        };
    }

    static Feather laneIcon(LaneKind kind) {
        return switch (kind) {
            case TOUCHPOINTS -> Feather.MAP_PIN;
            case CHANNEL -> Feather.RADIO;
            case EMOTION -> Feather.SMILE;
            case EXPECTATIONS -> Feather.TARGET;
            case PAIN_POINTS -> Feather.ALERT_TRIANGLE;
            case OPPORTUNITIES -> Feather.ZAP;
            case BACKSTAGE -> Feather.LAYERS;
            case NOTES -> Feather.FILE_TEXT;
            case CUSTOM -> Feather.GRID;
            case IMAGES -> Feather.IMAGE;
        };
    }
}

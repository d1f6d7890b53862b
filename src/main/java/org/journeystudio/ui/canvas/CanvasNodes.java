package org.journeystudio.ui.canvas;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.NoteKind;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.LaneKind;
import org.journeystudio.ui.canvas.CanvasFaces.BandFace;
import org.journeystudio.ui.canvas.CanvasFaces.CardFace;
import org.journeystudio.ui.canvas.CanvasFaces.LaneFace;
import org.journeystudio.ui.canvas.CanvasFaces.NoteFace;
import org.journeystudio.ui.canvas.CanvasFaces.PointFace;
import org.journeystudio.ui.canvas.CanvasFaces.StageFace;
import org.journeystudio.ui.canvas.CanvasFaces.TextFace;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Builds the canvas's nodes from their faces; the look itself lives in canvas.css. */
final class CanvasNodes {
    static final double POINT_RADIUS = 7;

    private CanvasNodes() {
    }

    static Node card(String touchpointId, CardFace face) {
        return new CardView(touchpointId, face);
    }

    /** What a screen reader says for a card: everything the card shows in colour or icons, as words. */
    static String accessibleText(CardFace face) {
        StringBuilder text = new StringBuilder("Touchpoint ")
                .append(face.title().isEmpty() ? "untitled" : face.title())
                .append(", stage ").append(face.stageName())
                .append(", channel ").append(face.channel().label())
                .append(", emotion ").append(face.emotionLabel())
                .append(", ").append(evidenceWord(face.evidence()).toLowerCase());
        if (face.painPoints() > 0) {
            text.append(", ").append(face.painPoints()).append(face.painPoints() == 1 ? " pain point" : " pain points");
        }
        if (face.opportunities() > 0) {
            text.append(", ").append(face.opportunities())
                    .append(face.opportunities() == 1 ? " opportunity" : " opportunities");
        }
        return text.toString();
    }

    static Label evidenceBadge(Evidence evidence) {
        Label badge = new Label(evidenceWord(evidence));
        badge.getStyleClass().addAll("evidence-badge", "evidence-" + evidence.name().toLowerCase());
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }

    static String evidenceWord(Evidence evidence) {
        return switch (evidence) {
            case OBSERVED -> "Observed";
            case ASSUMED -> "Assumed";
            case PROPOSED -> "Proposed";
        };
    }

    static Node stageHeader(String stageId, StageFace face) {
        Label index = new Label(String.valueOf(face.number()));
        index.getStyleClass().add("stage-number");
        index.setMinWidth(Region.USE_PREF_SIZE);
        Label name = new Label(face.name().isEmpty() ? "Untitled stage" : face.name());
        name.getStyleClass().add("stage-name");
        name.setMinWidth(0);
        javafx.scene.control.Button addCard = new javafx.scene.control.Button(null, new FontIcon(Feather.PLUS));
        addCard.getStyleClass().addAll("add-card-button", "flat", "button-circle");
        addCard.setId("add-card-" + stageId);
        addCard.setFocusTraversable(false);
        addCard.setTooltip(new Tooltip("Add a touchpoint to this stage"));
        // The "+" floats over the header's right end (shown on hover) so stage names keep the full width.
        addCard.setManaged(false);
        HBox top = new HBox(8, index, name);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(2, top);
        if (!face.description().isEmpty()) {
            Label description = new Label(face.description());
            description.getStyleClass().add("stage-description");
            description.setMinWidth(0);
            header.getChildren().add(description);
        }
        header.getStyleClass().add("stage-header");
        header.setId("stage-" + stageId);
        header.setAccessibleRole(AccessibleRole.TEXT);
        header.setAccessibleText("Stage " + face.number() + ", " + face.name());
        Region resize = new Region();
        resize.getStyleClass().add("stage-resize-handle");
        resize.setId("resize-" + stageId);
        resize.setManaged(false);
        header.getChildren().addAll(resize, addCard);
        header.layoutBoundsProperty().addListener((obs, old, b) -> {
            resize.resizeRelocate(b.getWidth() - 5, 0, 10, b.getHeight());
            addCard.autosize();
            addCard.relocate(b.getWidth() - addCard.getWidth() - 10, 8);
        });
        return header;
    }

    static Node laneHeader(String laneId, LaneFace face) {
        Label title = new Label(face.title(), new FontIcon(laneIcon(face.kind())));
        title.getStyleClass().addAll("lane-header", laneClass(face.kind()));
        title.setId("lane-" + laneId);
        title.setWrapText(true);
        return title;
    }

    static Node band(BandFace face) {
        Region band = new Region();
        band.getStyleClass().addAll(face.styleClass(), face.variant());
        band.setMouseTransparent(true);
        return band;
    }

    /** A pain point or opportunity note; it knows its touchpoint, so a click on it can select the card. */
    static Node note(NoteRef ref, NoteFace face) {
        TextTile note = new TextTile(String.join("\n", face.lines()), null, "note-text");
        ref.attachTo(note);
        note.getStyleClass().addAll("sticky-note", face.kind() == NoteKind.PAIN_POINT ? "pain-point" : "opportunity");
        if (face.kind() == NoteKind.PAIN_POINT) {
            note.getStyleClass().add("severity-" + face.severity());
        }
        note.getStyleClass().add("evidence-" + face.evidence().name().toLowerCase());
        note.setAccessibleRole(AccessibleRole.TEXT);
        String kind = face.kind() == NoteKind.PAIN_POINT ? "Pain point" : "Opportunity";
        note.setAccessibleText(kind + ": " + face.text() + ", " + evidenceWord(face.evidence()).toLowerCase());
        lazyTooltip(note, kind + " · " + evidenceWord(face.evidence())
                + " — click to select its touchpoint, double-click to edit it in the inspector");
        return note;
    }

    static Node text(TextFace face) {
        boolean channel = face.channel() != null;
        TextTile tile = new TextTile(String.join("\n", face.lines()),
                channel ? new FontIcon(channelIcon(face.channel().kind())) : null,
                channel ? "channel-text" : "expectation-line");
        tile.getStyleClass().add(channel ? "channel-label" : "expectation-text");
        tile.setMouseTransparent(true);
        return tile;
    }

    static Node point(String touchpointId, PointFace face) {
        Circle dot = new Circle(POINT_RADIUS);
        dot.getStyleClass().addAll("emotion-point", emotionClass(face.score()), scoreClass(face.score()));
        dot.setId("emotion-" + touchpointId);
        dot.setAccessibleText("Emotion at " + face.title() + ": " + face.label());
        lazyTooltip(dot, face.title() + ": " + face.label() + " — drag up or down");
        return dot;
    }

    /**
     * Gives {@code node} a tooltip the first time the pointer enters it. A tooltip is a small window object;
     * made up front for every card and note, they cost a long map's opening more than the cards themselves.
     */
    static void lazyTooltip(Node node, String text) {
        javafx.event.EventHandler<javafx.scene.input.MouseEvent> install = new javafx.event.EventHandler<>() {
            @Override
            public void handle(javafx.scene.input.MouseEvent e) {
                node.removeEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, this);
                Tooltip.install(node, new Tooltip(text));
            }
        };
        node.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, install);
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
        return "lane-" + kind.name().toLowerCase().replace('_', '-');
    }

    static String emotionClass(int score) {
        return score > 0 ? "emotion-positive" : score < 0 ? "emotion-negative" : "emotion-neutral";
    }

    static String scoreClass(int score) {
        return "emotion-score-" + (score < 0 ? "m" + (-score) : "p" + score);
    }

    static Feather emotionIcon(int score) {
        return score > 0 ? Feather.SMILE : score < 0 ? Feather.FROWN : Feather.MEH;
    }

    static String emotionWord(int score) {
        return Emotion.defaultLabel(score);
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
        };
    }
}

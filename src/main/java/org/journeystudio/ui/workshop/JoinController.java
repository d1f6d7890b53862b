package org.journeystudio.ui.workshop;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.journeystudio.workshop.RoomAddress;
import org.journeystudio.workshop.ShortAddress;
import org.journeystudio.workshop.WorkshopSession;

/**
 * The workshop's join screen on the projector: QR code, address and PIN as large as the window allows, the
 * network phones join on (the likely room network first, switchable), <em>Copy link</em>, who has joined, and
 * notices below everything else. Every size in the CSS is in em of the page's font, which this screen sets from
 * the window's size, so the screen scales as one piece and the PIN and address are never shortened.
 */
final class JoinController {
    static final String NO_NETWORK = "This laptop is on no network, so phones cannot reach it. Join the room's "
            + "Wi-Fi or plug in a network cable (no network in the room: turn on a phone's hotspot and join it), "
            + "then end this session and start it again.";
    /** The QR code's side, in em of the page's font; the other sizes are in workshop.css. */
    private static final double QR_EMS = 21;
    private static final double SMALLEST_FONT = 8;
    private static final double LARGEST_FONT = 64;

    @FXML private BorderPane joinPage;
    @FXML private Label welcomeTitle;
    @FXML private HBox joinBox;
    @FXML private ImageView qrCode;
    @FXML private Label addressLabel;
    @FXML private HBox networkRow;
    @FXML private ChoiceBox<RoomAddress> networkChoice;
    @FXML private Label copiedLabel;
    @FXML private Label pinLabel;
    @FXML private Label welcomeCounter;
    @FXML private Button startButton;
    @FXML private VBox joinFooter;
    @FXML private Label networkNotice;

    private final WorkshopSession workshop;
    private final String mapTitle;
    private final Runnable onStart;
    private final ReadOnlyObjectWrapper<URI> link = new ReadOnlyObjectWrapper<>();
    private final PauseTransition copiedShown = new PauseTransition(Duration.seconds(3));
    private double font = 16;
    private int qrPixels;

    /**
     * @param workshop the running session, whose addresses and PIN are shown
     * @param onStart  what <em>Start</em> does (show the live page)
     */
    JoinController(WorkshopSession workshop, String mapTitle, Runnable onStart) {
        this.workshop = workshop;
        this.mapTitle = mapTitle;
        this.onStart = onStart;
    }

    Parent load() {
        return org.journeystudio.ui.Views.load(this);
    }

    @FXML
    private void initialize() {
        welcomeTitle.setText("Rate “" + mapTitle + "” from your phone");
        pinLabel.setText(WorkshopController.spaced(workshop.pin()));
        networkChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(RoomAddress address) {
                return address == null ? "" : address.label();
            }

            @Override
            public RoomAddress fromString(String text) {
                throw new UnsupportedOperationException("The choice is not typed");
            }
        });
        networkChoice.getItems().setAll(workshop.roomAddresses());
        boolean online = !networkChoice.getItems().isEmpty();
        networkRow.setVisible(online);
        networkRow.setManaged(online);
        networkChoice.valueProperty().addListener((obs, old, chosen) -> show(chosen));
        copiedShown.setOnFinished(e -> copiedLabel.setVisible(false));
        if (online) {
            networkChoice.setValue(networkChoice.getItems().get(0));
        } else {
            show(null);
        }
        joinPage.widthProperty().addListener((obs, old, now) -> fit());
        joinPage.heightProperty().addListener((obs, old, now) -> fit());
    }

    /** The join link shown now: it follows the facilitator's choice of network. */
    ReadOnlyObjectProperty<URI> link() {
        return link.getReadOnlyProperty();
    }

    void showJoined(String counter) {
        welcomeCounter.setText(counter);
    }

    void showStartText(String text) {
        startButton.setText(text);
    }

    void focusStart() {
        startButton.requestFocus();
    }

    @FXML
    private void start() {
        onStart.run();
    }

    @FXML
    private void copyLink() {
        ClipboardContent content = new ClipboardContent();
        content.putString(link.get().toString());
        content.putUrl(link.get().toString());
        Clipboard.getSystemClipboard().setContent(content);
        copiedLabel.setVisible(true);
        copiedShown.playFromStart();
    }

    /** Shows the join link on {@code chosen}, or the loopback address and what to do when there is no network. */
    private void show(RoomAddress chosen) {
        link.set(chosen == null ? workshop.participantAddress() : workshop.participantAddress(chosen));
        addressLabel.setText(ShortAddress.of(link.get()));
        Optional<String> notice = chosen == null ? Optional.of(NO_NETWORK) : chosen.warning();
        networkNotice.setText(notice.orElse(""));
        networkNotice.setVisible(notice.isPresent());
        networkNotice.setManaged(notice.isPresent());
        qrPixels = 0;
        drawQrCode();
        fit();
    }

    /**
     * Sizes the page's font so that everything fits the window: the pref sizes are in em, so they grow in
     * proportion to the font and a few rounds settle (wrapping text moves them a little).
     */
    private void fit() {
        double width = joinPage.getWidth();
        double height = joinPage.getHeight();
        if (width <= 0 || height <= 0 || joinPage.getScene() == null) {
            return;
        }
        for (int round = 0; round < 4; round++) {
            double wanted = clamp(font * Math.min(width / neededWidth(), height / neededHeight(width)));
            if (Math.abs(wanted - font) < 0.1) {
                break;
            }
            apply(wanted);
        }
        drawQrCode();
    }

    private void apply(double size) {
        font = size;
        joinPage.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", size));
        double side = Math.floor(size * QR_EMS);
        // Measured at the new size now; drawn again once the size is settled.
        qrCode.setFitWidth(side);
        qrCode.setFitHeight(side);
        qrPixels = 0;
        joinPage.applyCss();
    }

    /** Draws the code at the size the fit chose, whole pixels per module, so that it is sharp on a projector. */
    private void drawQrCode() {
        int side = (int) Math.floor(font * QR_EMS);
        if (side != qrPixels && link.get() != null) {
            javafx.scene.image.Image code = QrCode.of(link.get().toString(), side);
            qrCode.setImage(code);
            qrCode.setFitWidth(code.getWidth());
            qrCode.setFitHeight(code.getHeight());
            qrPixels = side;
        }
    }

    private double neededWidth() {
        return joinPage.snappedLeftInset() + joinPage.snappedRightInset() + joinBox.prefWidth(-1);
    }

    private double neededHeight(double width) {
        double inner = width - joinPage.snappedLeftInset() - joinPage.snappedRightInset();
        return joinPage.snappedTopInset() + joinPage.snappedBottomInset() + welcomeTitle.prefHeight(inner)
                + joinBox.prefHeight(-1) + joinFooter.prefHeight(inner);
    }

    private static double clamp(double size) {
        return Math.max(SMALLEST_FONT, Math.min(LARGEST_FONT, size));
    }
}

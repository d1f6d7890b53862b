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
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.journeystudio.i18n.Messages;
import org.journeystudio.workshop.RoomAddress;
import org.journeystudio.workshop.ShortAddress;
import org.journeystudio.workshop.WorkshopSession;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The workshop's join screen on the projector: QR code, address and PIN as large as the window allows, the
 * network phones join on (the likely room network first, switchable), <em>Copy link</em>, who has joined, and
 * notices below everything else. Every size in the CSS is in em of the page's font, which this screen sets from
 * the window's size, so the screen scales as one piece and the PIN and address are never shortened.
 */
final class JoinController {
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
    @FXML private Button copyLinkButton;
    @FXML private Label copiedLabel;
    @FXML private Label pinLabel;
    @FXML private Label welcomeCounter;
    @FXML private Button startButton;
    @FXML private VBox joinFooter;
    @FXML private Label networkNotice;
    @FXML private FontIcon startIcon;
    @FXML private FontIcon counterIcon;
    @FXML private FontIcon copyIcon;
    @FXML private FontIcon copiedIcon;

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

    /** The notice shown when the laptop has no network for the phones. */
    static String noNetwork() {
        return Messages.text("workshop.noNetwork");
    }

    Parent load() {
        return org.journeystudio.ui.Views.load(this);
    }

    @FXML
    private void initialize() {
        welcomeTitle.setText(Messages.text("workshop.welcomeTitle", mapTitle));
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
        Optional<String> notice = chosen == null ? Optional.of(noNetwork()) : chosen.warning();
        networkNotice.setText(notice.orElse(""));
        networkNotice.setVisible(notice.isPresent());
        networkNotice.setManaged(notice.isPresent());
        qrPixels = 0;
        drawQrCode();
        fit();
    }

    /**
     * Sizes the page's font so that everything fits the window. The pref sizes are in em, so they grow about in
     * proportion to the font: one proportional step lands near the size, and small steps down take away what a
     * wrapped title or a rounded QR code add.
     */
    private void fit() {
        double width = joinPage.getWidth();
        double height = joinPage.getHeight();
        if (width <= 0 || height <= 0 || joinPage.getScene() == null) {
            return;
        }
        apply(clamp(font * Math.min(width / neededWidth(), height / neededHeight(width))));
        for (int step = 0; step < 20 && font > SMALLEST_FONT
                && (neededWidth() > width || neededHeight(width) > height); step++) {
            apply(clamp(font * 0.97));
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
        followFont(size);
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

    /**
     * What CSS cannot size by the page's font: the icons (Ikonli reads no em, and the theme's own rule would win
     * over a setter) and the network choice, which measures its items in its popup's font, not its own.
     */
    private void followFont(double size) {
        counterIcon.setStyle(iconSize(size * 1.6));
        startIcon.setStyle(iconSize(size * 1.3));
        copyIcon.setStyle(iconSize(size));
        copiedIcon.setStyle(iconSize(size));
        Text measure = new Text();
        measure.setFont(Font.font(copyLinkButton.getFont().getFamily(), size));
        double widest = 0;
        for (RoomAddress address : networkChoice.getItems()) {
            measure.setText(address.label());
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        networkChoice.setPrefWidth(Math.ceil(widest + 3 * size));
    }

    private static String iconSize(double pixels) {
        return "-fx-icon-size: " + Math.round(pixels) + "px;";
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

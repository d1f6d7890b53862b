package org.journeystudio.workshop;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The facilitator's handle on one running workshop: participants on the room's network rate the map's
 * touchpoints from their phones while the studio shows the results live. Closing it ends the session and stops
 * the server.
 *
 * <p>Listeners are called on a server thread, at most a few times a second, with the newest state; a UI must hop
 * to its own thread before touching widgets.
 */
public interface WorkshopSession extends AutoCloseable {

    /** The 6-digit PIN participants type before they can answer. */
    String pin();

    /** The address participants open on their phones, e.g. {@code http://192.168.1.20:7070/}. */
    URI participantAddress();

    /**
     * The addresses of this laptop phones may join on, the likely room network first (the first is
     * {@link #participantAddress()}); empty when the laptop is on no network. The server listens on all of them.
     */
    List<RoomAddress> roomAddresses();

    /** The join link on one of the {@link #roomAddresses()}. */
    default URI participantAddress(RoomAddress address) {
        return address.link(participantAddress().getPort());
    }

    /** The session's state now. */
    WorkshopState state();

    /** Calls {@code listener} with each new state until the session ends. */
    void addListener(Consumer<WorkshopState> listener);

    /** Opens voting on exactly these stages (by id); every other stage is closed. */
    void openVoting(Set<String> stageIds);

    /** Opens voting on every stage. */
    void openAllVoting();

    /** Closes voting everywhere; answers already given stay. */
    void closeVoting();

    /** Shows ({@code true}) or hides the results on the facilitator's screen and to participants. */
    void setRevealed(boolean revealed);

    /** Removes a participant's comment (spam, names, insults); it is no longer shown anywhere. */
    void removeComment(String commentId);

    /**
     * Starts a dot-voting round on the map's opportunities with {@code dotsEach} dots per participant (1 to 10);
     * the previous round's dots are dropped and the results hidden.
     */
    void openDots(int dotsEach);

    /** Stops taking dots; those placed stay, to be shown and applied. */
    void closeDots();

    /** Shows ({@code true}) or hides the dot counts, on the facilitator's screen and on the phones. */
    void showDots(boolean shown);

    /** The dot-voting round now: the counts only once shown, and never who placed which dot. */
    DotRound dots();

    /** Ends the session: the server stops and the answers stay in the library. */
    @Override
    void close();
}

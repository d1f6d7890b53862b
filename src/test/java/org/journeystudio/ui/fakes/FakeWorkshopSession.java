package org.journeystudio.ui.fakes;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.ResponseCounts;
import org.journeystudio.workshop.DotRound;
import org.journeystudio.workshop.LiveComment;
import org.journeystudio.workshop.RoomAddress;
import org.journeystudio.workshop.WorkshopSession;
import org.journeystudio.workshop.WorkshopState;

/**
 * A workshop session the test drives: it remembers every control call, and publishes states to its listeners
 * from its own thread, as a server would. The controls change the state the way the real session does.
 */
public final class FakeWorkshopSession implements WorkshopSession {
    public static final String PIN = "482913";
    public static final URI ADDRESS = URI.create("http://192.168.1.20:7070/");
    /** A typical laptop's: the room's Wi-Fi, a VPN and Docker's bridge. */
    public static final List<RoomAddress> LAPTOP = List.of(
            address("wlan0", RoomAddress.Kind.WIFI, "192.168.1.20"),
            address("tun0", RoomAddress.Kind.VPN, "10.8.0.6"),
            address("docker0", RoomAddress.Kind.VIRTUAL, "172.17.0.1"));

    private final String projectId;
    private final JourneyMap map;
    private final List<RoomAddress> addresses;
    private final List<Consumer<WorkshopState>> listeners = new CopyOnWriteArrayList<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<Set<String>> openings = new CopyOnWriteArrayList<>();
    private volatile WorkshopState state;
    private volatile boolean closed;
    private volatile DotRound dots = DotRound.NONE;
    private volatile java.util.Map<String, Integer> shownDots = java.util.Map.of();

    FakeWorkshopSession(String projectId, JourneyMap map, List<RoomAddress> addresses) {
        this.projectId = projectId;
        this.map = map;
        this.addresses = List.copyOf(addresses);
        List<String> touchpoints = map.customerTouchpoints().stream().map(Touchpoint::id).toList();
        this.state = new WorkshopState(0, Set.of(), true, false, touchpoints,
                new ResponseCounts(List.of(), Collections.nCopies(touchpoints.size(),
                        AnswerScale.of(map.scale()).points()), List.of()), List.of(), false);
    }

    public String projectId() {
        return projectId;
    }

    public JourneyMap map() {
        return map;
    }

    @Override
    public String pin() {
        return PIN;
    }

    @Override
    public URI participantAddress() {
        return addresses.isEmpty() ? URI.create("http://127.0.0.1:7070/") : ADDRESS;
    }

    @Override
    public List<RoomAddress> roomAddresses() {
        return addresses;
    }

    @Override
    public WorkshopState state() {
        return state;
    }

    @Override
    public void addListener(Consumer<WorkshopState> listener) {
        listeners.add(listener);
    }

    @Override
    public void openVoting(Set<String> stageIds) {
        calls.add("openVoting");
        openings.add(Set.copyOf(stageIds));
        change(s -> with(s, Set.copyOf(stageIds), false, s.revealed(), s.comments(), false));
    }

    @Override
    public void openAllVoting() {
        calls.add("openAllVoting");
        change(s -> with(s, Set.of(), true, s.revealed(), s.comments(), false));
    }

    @Override
    public void closeVoting() {
        calls.add("closeVoting");
        change(s -> with(s, Set.of(), false, s.revealed(), s.comments(), false));
    }

    @Override
    public void setRevealed(boolean revealed) {
        calls.add("setRevealed " + revealed);
        change(s -> with(s, s.openStageIds(), s.allOpen(), revealed, s.comments(), false));
    }

    @Override
    public void openDots(int dotsEach) {
        calls.add("openDots " + dotsEach);
        dots = new DotRound(true, dotsEach, false, java.util.Optional.empty());
        change(s -> s);
    }

    @Override
    public void closeDots() {
        calls.add("closeDots");
        dots = new DotRound(false, dots.dots(), dots.shown(), dots.results());
        change(s -> s);
    }

    @Override
    public void showDots(boolean shown) {
        calls.add("showDots " + shown);
        dots = new DotRound(dots.open(), dots.dots(), shown,
                shown ? java.util.Optional.of(shownDots) : java.util.Optional.empty());
        change(s -> s);
    }

    @Override
    public DotRound dots() {
        return dots;
    }

    /** The counts {@link #showDots} reveals, as if the room had placed them. */
    public void roomDots(java.util.Map<String, Integer> counts) {
        shownDots = java.util.Map.copyOf(counts);
    }

    @Override
    public void removeComment(String commentId) {
        calls.add("removeComment " + commentId);
        change(s -> with(s, s.openStageIds(), s.allOpen(), s.revealed(),
                s.comments().stream().filter(c -> !c.id().equals(commentId)).toList(), false));
    }

    @Override
    public void close() {
        calls.add("close");
        closed = true;
    }

    public boolean closed() {
        return closed;
    }

    /** Every control call in order, e.g. "openVoting", "setRevealed true", "close". */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** The stage sets given to {@link #openVoting}, in order. */
    public List<Set<String>> openings() {
        return List.copyOf(openings);
    }

    /** Replaces the state and tells the listeners from a thread of its own; returns once they have been told. */
    public void publish(WorkshopState newState) {
        state = newState;
        Thread server = new Thread(() -> listeners.forEach(l -> l.accept(newState)), "fake-workshop-server");
        server.start();
        try {
            server.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The state with new counts and participants (results, voting and comments kept). */
    public void publishAnswers(int participants, ResponseCounts counts) {
        WorkshopState s = state;
        publish(new WorkshopState(participants, s.openStageIds(), s.allOpen(), s.revealed(), s.touchpointIds(),
                counts, s.comments(), false));
    }

    /** Adds a comment to the state and publishes it. */
    public LiveComment comment(String id, String touchpointId, LiveComment.Kind kind, String text) {
        return comment(id, touchpointId, WorkshopState.NO_SEGMENT, kind, text);
    }

    /** Adds a comment from a participant of {@code segmentId} and publishes it. */
    public LiveComment comment(String id, String touchpointId, String segmentId, LiveComment.Kind kind, String text) {
        LiveComment comment = new LiveComment(id, touchpointId, segmentId, kind, text,
                Instant.parse("2026-11-20T10:15:00Z"));
        List<LiveComment> comments = new ArrayList<>(state.comments());
        comments.add(comment);
        WorkshopState s = state;
        publish(with(s, s.openStageIds(), s.allOpen(), s.revealed(), comments, false));
        return comment;
    }

    /** Publishes the state as the server has it after it stopped by itself. */
    public void endByItself() {
        WorkshopState s = state;
        publish(with(s, s.openStageIds(), s.allOpen(), s.revealed(), s.comments(), true));
    }

    private static RoomAddress address(String name, RoomAddress.Kind kind, String ip) {
        try {
            return new RoomAddress(name, kind, java.net.InetAddress.getByName(ip));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(ip, e);
        }
    }

    private void change(UnaryOperator<WorkshopState> change) {
        publish(change.apply(state));
    }

    private static WorkshopState with(WorkshopState s, Set<String> open, boolean allOpen, boolean revealed,
                                      List<LiveComment> comments, boolean ended) {
        return new WorkshopState(s.participants(), open, allOpen, revealed, s.touchpointIds(), s.counts(), comments,
                ended);
    }
}

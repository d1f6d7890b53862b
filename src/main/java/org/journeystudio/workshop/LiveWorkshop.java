package org.journeystudio.workshop;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.WorkshopAnswers;
import org.journeystudio.store.WorkshopRow;

/**
 * One running workshop: the session's rules (who may answer what, and when) and its live results. The HTTP side
 * ({@link ParticipantApi}, {@link ControlApi}) and the facilitator's in-process calls both come here, so both
 * follow the same rules. The map is the one the session started with; edits made meanwhile are not seen.
 */
final class LiveWorkshop implements WorkshopSession {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LiveWorkshop.class);
    /** How long a request waits for its answer to be committed before it is told to try again. */
    private static final long COMMIT_WAIT_SECONDS = 10;

    private final String sessionId;
    private final JourneyMap map;
    private final String pin = Secrets.pin();
    private final String controlSecret = Secrets.token();
    private final WorkshopSettings settings;
    private final Clock clock;
    private final List<String> touchpointIds;
    private final AnswerRules rules;
    private final Map<String, String> participantOfToken = new ConcurrentHashMap<>();
    private final AtomicInteger participants = new AtomicInteger();
    private final Map<String, LiveComment> comments = new LinkedHashMap<>();
    private final AtomicReference<Voting> voting;
    private final RoomTally tally;
    private final DotVoting dots;
    private final WorkshopAnswers store;
    private final AnswerWriter writer;
    private final StateBroadcaster broadcaster;
    private final List<AutoCloseable> servers = new ArrayList<>();
    private Runnable onClose = () -> { };
    private URI participantAddress;
    private List<RoomAddress> roomAddresses = List.of();
    private URI controlAddress;

    LiveWorkshop(String projectId, JourneyMap map, WorkshopAnswers store, WorkshopSettings settings, Clock clock) {
        this.sessionId = Secrets.id();
        this.map = map;
        this.settings = settings;
        this.clock = clock;
        this.store = store;
        this.touchpointIds = map.customerTouchpoints().stream().map(Touchpoint::id).toList();
        this.rules = new AnswerRules(map, settings.maxCommentLength());
        this.tally = new RoomTally(List.copyOf(rules.labels()), touchpointIds, map.scale());
        this.dots = new DotVoting(map.opportunities().stream().map(Opportunity::id).toList());
        this.voting = new AtomicReference<>(new Voting(allStageIds(), true, false, false));
        store.startSession(sessionId, projectId, map.scale(), clock.instant());
        this.writer = new AnswerWriter(sessionId, store, this::committed);
        this.broadcaster = new StateBroadcaster(sessionId, this::state, settings.notifyInterval());
    }

    /** Called once the servers listen: where phones and the control endpoints are, and what stops them. */
    void listening(URI participants, List<RoomAddress> rooms, URI control, List<AutoCloseable> running,
                   Runnable afterClose) {
        this.participantAddress = participants;
        this.roomAddresses = List.copyOf(rooms);
        this.controlAddress = control;
        this.servers.addAll(running);
        this.onClose = afterClose;
    }

    String sessionId() {
        return sessionId;
    }

    JourneyMap map() {
        return map;
    }

    WorkshopSettings settings() {
        return settings;
    }

    /** The secret every control request must carry, besides coming from this laptop. */
    String controlSecret() {
        return controlSecret;
    }

    /** The loopback-only address of the control endpoints. */
    URI controlAddress() {
        return controlAddress;
    }

    @Override
    public String pin() {
        return pin;
    }

    @Override
    public URI participantAddress() {
        return participantAddress;
    }

    @Override
    public List<RoomAddress> roomAddresses() {
        return roomAddresses;
    }

    @Override
    public WorkshopState state() {
        Voting now = voting.get();
        List<LiveComment> shown;
        synchronized (comments) {
            shown = List.copyOf(comments.values());
        }
        Set<String> open = now.allOpen() ? allStageIds() : now.openStageIds();
        return new WorkshopState(participants.get(), now.ended() ? Set.of() : open, now.allOpen() && !now.ended(),
                now.revealed(), touchpointIds, tally.counts(), shown, now.ended());
    }

    @Override
    public void addListener(Consumer<WorkshopState> listener) {
        broadcaster.add(listener);
    }

    @Override
    public void openVoting(Set<String> stageIds) {
        for (String stageId : stageIds) {
            if (map.stage(stageId).isEmpty()) {
                throw new IllegalArgumentException(Messages.text("workshop.noSuchStage", map.title(), stageId));
            }
        }
        changeVoting(v -> new Voting(stageIds, false, v.revealed(), v.ended()));
    }

    @Override
    public void openAllVoting() {
        changeVoting(v -> new Voting(Set.of(), true, v.revealed(), v.ended()));
    }

    @Override
    public void closeVoting() {
        changeVoting(v -> new Voting(Set.of(), false, v.revealed(), v.ended()));
    }

    @Override
    public void setRevealed(boolean revealed) {
        changeVoting(v -> new Voting(v.openStageIds(), v.allOpen(), revealed, v.ended()));
    }

    @Override
    public void openDots(int dotsEach) {
        changeDots(() -> dots.open(dotsEach));
    }

    @Override
    public void closeDots() {
        changeDots(dots::close);
    }

    @Override
    public void showDots(boolean shown) {
        changeDots(() -> dots.show(shown));
    }

    @Override
    public DotRound dots() {
        return dots.round();
    }

    @Override
    public void removeComment(String commentId) {
        synchronized (comments) {
            if (!comments.containsKey(commentId)) {
                throw new IllegalArgumentException(Messages.text("workshop.noSuchComment", commentId));
            }
            store.removeComment(sessionId, commentId);
            comments.remove(commentId);
        }
        broadcaster.changed();
    }

    @Override
    public void close() {
        Voting before = voting.getAndUpdate(v -> new Voting(Set.of(), false, v.revealed(), true));
        if (before.ended()) {
            return;
        }
        // Phones first, so nothing new arrives; then what is queued is written before the books are closed.
        for (AutoCloseable server : servers) {
            try {
                server.close();
            } catch (Exception e) {
                // Stopping one server must not keep the answers from being saved.
            }
        }
        writer.close();
        try {
            store.endSession(sessionId, clock.instant());
            LOG.info("Workshop {} ended with {} participants", sessionId, participants.get());
        } catch (RuntimeException e) {
            // At JVM exit H2's own hook may have closed the database first; the answers were committed already.
            LOG.warn("Workshop {}: its end could not be recorded", sessionId, e);
        } finally {
            try {
                store.close();
            } catch (RuntimeException e) {
                LOG.warn("Workshop {}: its library connection did not close cleanly", sessionId, e);
            }
            broadcaster.close();
            onClose.run();
        }
    }

    boolean ended() {
        return voting.get().ended();
    }

    /** Whether {@code pinGiven} is this session's PIN, compared without leaking how much of it was right. */
    boolean isPin(String pinGiven) {
        return Secrets.same(pin, pinGiven);
    }

    /**
     * Lets a participant in when {@code pinGiven} is right (otherwise throws a 403 at once); completes with the
     * token the phone keeps once the participant is recorded.
     */
    CompletableFuture<String> join(String pinGiven) {
        if (!isPin(pinGiven)) {
            throw ClientError.of(403, "phone.errorWrongPin");
        }
        rules.requireRunning(voting.get());
        String token = Secrets.token();
        String participantId = Secrets.id();
        return committed(writer.submit(new WorkshopRow.Joined(participantId, clock.instant()))).thenApply(done -> {
            participantOfToken.put(token, participantId);
            return token;
        });
    }

    /** The participant a token stands for, or 401 for a missing or unknown token. */
    String participant(String token) {
        String participantId = token == null ? null : participantOfToken.get(token);
        if (participantId == null) {
            throw ClientError.of(401, "phone.errorNotJoined");
        }
        return participantId;
    }

    /** Records (or replaces) a participant's rating of a touchpoint; refusals are thrown at once. */
    CompletableFuture<Void> answer(String participantId, String touchpointId, String segmentId, int rating) {
        rules.requireOpen(voting.get(), touchpointId);
        String segment = rules.segment(segmentId);
        rules.requireOnScale(rating);
        return committed(writer.submit(new WorkshopRow.Answer(participantId, touchpointId, segment, rating,
                clock.instant())));
    }

    /** Records a participant's pain point or idea; completes with its id once stored. */
    CompletableFuture<String> comment(String participantId, String touchpointId, String segmentId, LiveComment.Kind kind, String text) {
        rules.requireOpen(voting.get(), touchpointId);
        String segment = rules.segment(segmentId);
        String trimmed = rules.commentText(text);
        String id = Secrets.id();
        return committed(writer.submit(new WorkshopRow.Comment(id, participantId, touchpointId, segment, kind.name(),
                trimmed, clock.instant(), false))).thenApply(done -> id);
    }

    /** Sets how many of a participant's dots lie on one opportunity; refusals are thrown at once. */
    void placeDots(String participantId, String opportunityId, int count) {
        rules.requireRunning(voting.get());
        dots.set(participantId, opportunityId, count);
    }

    Map<String, Integer> dotsOf(String participantId) {
        return dots.mine(participantId);
    }

    int dotsLeft(String participantId) {
        return dots.left(participantId);
    }

    /** What one participant's phone needs to know now. */
    Voting voting() {
        return voting.get();
    }

    Map<String, Integer> answersOf(String participantId) {
        return tally.answersOf(participantId);
    }

    Map<String, Double> means() {
        return tally.means();
    }

    private void committed(List<WorkshopRow> rows) {
        for (WorkshopRow row : rows) {
            if (row instanceof WorkshopRow.Answer answer) {
                tally.add(answer);
            } else if (row instanceof WorkshopRow.Joined) {
                participants.incrementAndGet();
            } else if (row instanceof WorkshopRow.Comment c) {
                synchronized (comments) {
                    comments.put(c.id(), new LiveComment(c.id(), c.touchpointId(), c.segmentId(),
                            LiveComment.Kind.valueOf(c.kind()), c.text(), c.at()));
                }
            }
        }
        broadcaster.changed();
    }

    private void changeVoting(java.util.function.UnaryOperator<Voting> change) {
        Voting before = voting.getAndUpdate(v -> v.ended() ? v : change.apply(v));
        if (before.ended()) {
            throw new IllegalStateException(Messages.text("workshop.ended"));
        }
        broadcaster.changed();
    }

    private void changeDots(Runnable change) {
        if (voting.get().ended()) {
            throw new IllegalStateException(Messages.text("workshop.ended"));
        }
        change.run();
        broadcaster.changed();
    }

    private Set<String> allStageIds() {
        Set<String> ids = new HashSet<>();
        for (Stage stage : map.stages()) {
            ids.add(stage.id());
        }
        return ids;
    }

    /**
     * The write's outcome as the phone should hear it: done, or a {@link ClientError} saying to try again. A request
     * waits for its commit without holding a server thread, so 200 phones answering at once share commits.
     */
    private static CompletableFuture<Void> committed(CompletableFuture<Void> write) {
        return write.orTimeout(COMMIT_WAIT_SECONDS, TimeUnit.SECONDS).handle((done, failure) -> {
            if (failure == null) {
                return null;
            }
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            if (cause instanceof ClientError refused) {
                throw refused;
            }
            if (cause instanceof TimeoutException) {
                throw ClientError.of(503, "phone.errorBusy");
            }
            throw ClientError.of(503, "phone.errorNotSaved");
        });
    }

}

package org.journeystudio.store;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.journeystudio.edit.DocumentChange;
import org.journeystudio.edit.DocumentListener;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;

/**
 * Where each rating of the open map came from (typed by hand, imported, live) and when, kept in step with the map.
 *
 * <p><b>The origin follows the map's state, not the history of clicks.</b> Every map the document has been in
 * (the one opened, and each one a change produced) keeps the origins it had. Undo and redo go back to such a
 * map, so they bring back exactly the origins that map had: undoing a hand-typed rating over an imported one
 * shows "imported" again, redoing it shows "typed by hand" with the time it was first typed. A rating that
 * disappears (cleared, its segment or card deleted) loses its origin; a rating changed by something else than
 * typing (rescaling to another rating scale) keeps the origin it had. Only the edits run through
 * {@link #typedByHand} are recorded as {@link RatingSource#MANUAL}; imports tell the ledger what they recorded
 * through {@link #recorded}.
 *
 * <p>Every difference is written to the library's {@code rating_origin} table at once when a
 * {@link RatingOriginStore} is given, so the table always describes the map as it is. Use from one thread.
 */
public final class RatingOriginLedger implements DocumentListener {
    /** How many earlier map states keep their origins; the undo history keeps 200 steps. */
    private static final int STATES_KEPT = 256;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    /** A rating's place: one touchpoint's rating by one segment. */
    private record Key(String touchpointId, String segmentId) {
    }

    private final String projectId;
    private final RatingOriginStore store;
    private final Clock clock;
    private final Map<JourneyMap, Map<Key, RatingOrigin>> byState = new IdentityHashMap<>();
    private final List<JourneyMap> statesInOrder = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, String> importNames = new HashMap<>();
    private Map<Key, RatingOrigin> current;
    /** Where ratings set by the edit now running come from; null outside {@link #setBy}. */
    private RatingSource settingSource;

    private RatingOriginLedger(JourneyMap opened, RatingOriginStore store, Clock clock) {
        this.projectId = opened.id();
        this.store = store;
        this.clock = Objects.requireNonNull(clock, "clock");
        Map<Key, RatingOrigin> known = new LinkedHashMap<>();
        if (store != null) {
            for (RatingOrigin origin : store.origins(projectId)) {
                known.put(new Key(origin.touchpointId(), origin.segmentId()), origin);
            }
            importNames.putAll(store.importNames(projectId));
        }
        this.current = Map.copyOf(onlyRated(known, opened));
        remember(opened, current);
    }

    /** A ledger that reads and writes the origins of {@code opened} in {@code store}. */
    public static RatingOriginLedger stored(JourneyMap opened, RatingOriginStore store, Clock clock) {
        return new RatingOriginLedger(opened, Objects.requireNonNull(store, "store"), clock);
    }

    /** A ledger that keeps origins in memory only (a library without a rating_origin table, tests). */
    public static RatingOriginLedger inMemory(JourneyMap opened, Clock clock) {
        return new RatingOriginLedger(opened, null, clock);
    }

    /**
     * Runs {@code edit} (which executes commands on the document) as typing by hand: every rating it sets is
     * recorded as {@link RatingSource#MANUAL} at the clock's time.
     */
    public void typedByHand(Runnable edit) {
        setBy(RatingSource.MANUAL, edit);
    }

    /**
     * Runs {@code edit} (which executes commands on the document) and records every rating it sets as coming
     * from {@code source} at the clock's time: MANUAL for typing, LIVE for a workshop's results.
     */
    public void setBy(RatingSource source, Runnable edit) {
        RatingSource was = settingSource;
        settingSource = Objects.requireNonNull(source, "source");
        try {
            edit.run();
        } finally {
            settingSource = was;
        }
    }

    /** Takes note of origins someone else recorded for the current map (a survey import writes its own). */
    public void recorded(JourneyMap map, List<RatingOrigin> origins) {
        Map<Key, RatingOrigin> next = new LinkedHashMap<>(current);
        for (RatingOrigin origin : origins) {
            next.put(new Key(origin.touchpointId(), origin.segmentId()), origin);
            if (origin.importId() != null && !importNames.containsKey(origin.importId()) && store != null) {
                importNames.putAll(store.importNames(projectId));
            }
        }
        current = Map.copyOf(onlyRated(next, map));
        remember(map, current);
        listeners.forEach(Runnable::run);
    }

    @Override
    public void documentChanged(DocumentChange change) {
        Map<Key, RatingOrigin> saved = change.kind() == DocumentChange.Kind.UNDONE
                || change.kind() == DocumentChange.Kind.REDONE ? byState.get(change.map()) : null;
        Map<Key, RatingOrigin> next = saved != null ? saved : derived(change);
        if (next.equals(current)) {
            next = current; // most edits leave ratings alone: states share one map
        }
        write(current, next);
        current = next;
        remember(change.map(), next);
        listeners.forEach(Runnable::run);
    }

    /** The origin of one rating, if known. */
    public Optional<RatingOrigin> origin(String touchpointId, String segmentId) {
        return Optional.ofNullable(current.get(new Key(touchpointId, segmentId)));
    }

    /**
     * What the inspector shows beside a rating: "typed by hand · 23 Nov 2026 14:05", "imported from survey.csv ·
     * …" or "live workshop · …", in {@code zone}; empty when the origin is not known.
     */
    public Optional<String> describe(String touchpointId, String segmentId, ZoneId zone) {
        return origin(touchpointId, segmentId).map(o -> describe(o, zone));
    }

    /** The words for one origin (see {@link #describe(String, String, ZoneId)}). */
    public String describe(RatingOrigin origin, ZoneId zone) {
        String how = switch (origin.source()) {
            case MANUAL -> "typed by hand";
            case IMPORTED -> origin.importId() != null && importNames.containsKey(origin.importId())
                    ? "imported from " + importNames.get(origin.importId()) : "imported";
            case LIVE -> "live workshop";
        };
        return how + " · " + WHEN.format(origin.recordedAt().atZone(zone));
    }

    /** Calls {@code listener} after every change of the origins. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** The origins after {@code change}, worked out from the ones before it. */
    private Map<Key, RatingOrigin> derived(DocumentChange change) {
        Map<Key, RatingOrigin> next = new LinkedHashMap<>(current);
        Map<String, Touchpoint> before = new HashMap<>();
        change.previous().touchpoints().forEach(t -> before.put(t.id(), t));
        for (Touchpoint after : change.map().touchpoints()) {
            Touchpoint old = before.get(after.id());
            if (old != null && old.satisfaction().equals(after.satisfaction())) {
                continue;
            }
            if (old == null && !after.origin().isEmpty()) {
                copiedWith(after, next); // a new scenario's copy: its ratings came from where its original's did
            }
            for (Map.Entry<String, Double> rating : after.satisfaction().entrySet()) {
                Double was = old == null ? null : old.satisfaction().get(rating.getKey());
                if (settingSource != null && change.kind() == DocumentChange.Kind.EXECUTED
                        && !rating.getValue().equals(was)) {
                    next.put(new Key(after.id(), rating.getKey()),
                            new RatingOrigin(after.id(), rating.getKey(), settingSource, clock.instant(), null));
                }
            }
        }
        return Map.copyOf(onlyRated(next, change.map()));
    }

    private void copiedWith(Touchpoint copy, Map<Key, RatingOrigin> next) {
        copy.satisfaction().keySet().forEach(segment -> {
            RatingOrigin original = current.get(new Key(copy.origin(), segment));
            if (original != null && !next.containsKey(new Key(copy.id(), segment))) {
                next.put(new Key(copy.id(), segment), new RatingOrigin(copy.id(), segment, original.source(),
                        original.recordedAt(), original.importId()));
            }
        });
    }

    /**
     * Origins of ratings the map has, in any of its scenarios (those not shown keep theirs); the others (cleared,
     * deleted) are gone.
     */
    private static Map<Key, RatingOrigin> onlyRated(Map<Key, RatingOrigin> origins, JourneyMap map) {
        Map<String, Touchpoint> byId = new HashMap<>();
        map.scenarios().list().forEach(s -> map.touchpointsOf(s.id()).forEach(t -> byId.put(t.id(), t)));
        Map<Key, RatingOrigin> kept = new LinkedHashMap<>();
        origins.forEach((key, origin) -> {
            Touchpoint t = byId.get(key.touchpointId());
            if (t != null && t.satisfaction().containsKey(key.segmentId())) {
                kept.put(key, origin);
            }
        });
        return kept;
    }

    private void write(Map<Key, RatingOrigin> before, Map<Key, RatingOrigin> after) {
        if (store == null) {
            return;
        }
        List<RatingOrigin> recorded = new ArrayList<>();
        List<RatingOrigin> forgotten = new ArrayList<>();
        after.forEach((key, origin) -> {
            if (!origin.equals(before.get(key))) {
                recorded.add(origin);
            }
        });
        before.forEach((key, origin) -> {
            if (!after.containsKey(key)) {
                forgotten.add(origin);
            }
        });
        if (!recorded.isEmpty() || !forgotten.isEmpty()) {
            store.updateOrigins(projectId, recorded, forgotten);
        }
    }

    private void remember(JourneyMap map, Map<Key, RatingOrigin> origins) {
        if (byState.put(map, origins) == null) {
            statesInOrder.add(map);
            if (statesInOrder.size() > STATES_KEPT) {
                byState.remove(statesInOrder.remove(0));
            }
        }
    }
}

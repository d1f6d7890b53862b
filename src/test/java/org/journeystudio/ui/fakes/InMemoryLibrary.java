package org.journeystudio.ui.fakes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.MapValidator;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.ProjectSummary;

/** A {@link ProjectLibrary} in memory, for UI tests that should not depend on H2. Thread-safe like the real one. */
public final class InMemoryLibrary implements ProjectLibrary {
    private final Map<String, JourneyMap> projects = new LinkedHashMap<>();
    private Instant clock = Instant.parse("2026-11-01T09:00:00Z");
    private boolean closed;
    private volatile Duration saveTime = Duration.ZERO;

    @Override
    public synchronized List<ProjectSummary> list() {
        List<ProjectSummary> all = new ArrayList<>();
        for (JourneyMap map : projects.values()) {
            all.add(new ProjectSummary(map.id(), map.title(), map.modified(), map.touchpoints().size()));
        }
        all.sort(Comparator.comparing(ProjectSummary::modified).reversed());
        return all;
    }

    @Override
    public synchronized void create(JourneyMap map) {
        if (projects.containsKey(map.id())) {
            throw new LibraryException("A project with id " + map.id() + " already exists");
        }
        MapValidator.requireValid(map);
        projects.put(map.id(), map.withTimes(map.created(), tick()));
    }

    @Override
    public synchronized Optional<JourneyMap> load(String projectId) {
        return Optional.ofNullable(projects.get(projectId));
    }

    /** From now on every save takes {@code time} (a slow disk); reads meanwhile still answer at once. */
    public void slowSaves(Duration time) {
        saveTime = time;
    }

    @Override
    public void save(JourneyMap map) {
        try {
            Thread.sleep(saveTime.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LibraryException("Interrupted while saving " + map.id());
        }
        synchronized (this) {
            require(map.id());
            projects.put(map.id(), map.withTimes(map.created(), tick()));
        }
    }

    @Override
    public synchronized void rename(String projectId, String newTitle) {
        JourneyMap map = require(projectId);
        projects.put(projectId, map.withTitle(newTitle).withTimes(map.created(), tick()));
    }

    @Override
    public synchronized JourneyMap duplicate(String projectId, String newTitle) {
        JourneyMap copy = require(projectId).withId(Ids.next("map")).withTitle(newTitle);
        create(copy);
        return projects.get(copy.id());
    }

    @Override
    public synchronized void delete(String projectId) {
        require(projectId);
        projects.remove(projectId);
    }

    @Override
    public String location() {
        return "memory";
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    public synchronized List<String> titles() {
        return list().stream().map(ProjectSummary::title).toList();
    }

    private JourneyMap require(String projectId) {
        JourneyMap map = projects.get(projectId);
        if (map == null) {
            throw new LibraryException("No project with id " + projectId);
        }
        return map;
    }

    /** Each change is a minute later than the one before, so "most recently modified first" is testable. */
    private Instant tick() {
        clock = clock.plusSeconds(60);
        return clock;
    }
}

package org.journeystudio.editing;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.ProjectSummary;

/** A library whose saves wait until the test releases them, so later maps queue up behind the first. */
public final class HeldLibrary implements ProjectLibrary {
    public final CountDownLatch started = new CountDownLatch(1);
    public final CountDownLatch release = new CountDownLatch(1);
    public final List<JourneyMap> saved = new CopyOnWriteArrayList<>();
    public final List<String> savingThreads = new CopyOnWriteArrayList<>();
    public volatile String failWith;

    @Override
    public void save(JourneyMap map) {
        started.countDown();
        try {
            release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        savingThreads.add(Thread.currentThread().getName());
        if (failWith != null) {
            throw new IllegalStateException(failWith);
        }
        saved.add(map);
    }

    @Override
    public List<ProjectSummary> list() {
        return List.of();
    }

    @Override
    public void create(JourneyMap map) {
    }

    @Override
    public Optional<JourneyMap> load(String projectId) {
        return Optional.empty();
    }

    @Override
    public void rename(String projectId, String newTitle) {
    }

    @Override
    public JourneyMap duplicate(String projectId, String newTitle) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void delete(String projectId) {
    }

    @Override
    public String location() {
        return "memory";
    }

    @Override
    public void close() {
    }
}

package org.journeystudio.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.journeystudio.store.WorkshopAnswers;
import org.journeystudio.store.WorkshopRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the room's answers to the library on one thread, as many as have arrived in one transaction (a group
 * commit): each commit waits for the disk, so 200 phones answering at once share commits instead of queueing for
 * one each. A request is answered only after its row is committed; then {@code onCommitted} counts it in memory,
 * in the same order, so the live counts never show an answer the library does not have.
 */
final class AnswerWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerWriter.class);
    private static final int MOST_PER_COMMIT = 1000;
    private static final Pending END = new Pending(null, null);
    private static final int REPLY_THREADS = 4;

    private final String sessionId;
    private final WorkshopAnswers store;
    private final Consumer<List<WorkshopRow>> onCommitted;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    /**
     * Completing a request's future writes its HTTP reply on the completing thread; these threads do that, so the
     * writer goes straight back to the next commit instead of answering a batch's phones one after another.
     */
    private final ExecutorService replies;
    private volatile boolean closing;

    AnswerWriter(String sessionId, WorkshopAnswers store, Consumer<List<WorkshopRow>> onCommitted) {
        this.sessionId = sessionId;
        this.store = store;
        this.onCommitted = onCommitted;
        AtomicInteger replyThreads = new AtomicInteger();
        this.replies = Executors.newFixedThreadPool(REPLY_THREADS, r -> {
            Thread t = new Thread(r, "workshop-replies-" + sessionId + "-" + replyThreads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.thread = new Thread(this::run, "workshop-writer-" + sessionId);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a row; the future completes once it is committed (or fails with the reason it was not). */
    CompletableFuture<Void> submit(WorkshopRow row) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (closing) {
            done.completeExceptionally(ClientError.of(410, "phone.errorEndedShort"));
            return done;
        }
        queue.add(new Pending(row, done));
        return done;
    }

    /** Writes what is queued, then stops the thread. */
    @Override
    public void close() {
        closing = true;
        queue.add(END);
        try {
            thread.join();
            replies.shutdown();
            replies.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        boolean ended = false;
        while (!ended) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                // Only close() should stop this thread; it does so through END, so keep writing.
                continue;
            }
            queue.drainTo(batch, MOST_PER_COMMIT - 1);
            ended = batch.remove(END);
            write(batch);
            batch.clear();
        }
        List<Pending> late = new ArrayList<>();
        queue.drainTo(late);
        write(late);
    }

    private void write(List<Pending> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<WorkshopRow> rows = batch.stream().map(Pending::row).toList();
        try {
            store.write(sessionId, rows);
        } catch (RuntimeException e) {
            LOG.error("Workshop {}: {} answers could not be saved", sessionId, rows.size(), e);
            complete(batch, e);
            return;
        }
        try {
            onCommitted.accept(rows);
        } finally {
            complete(batch, null);
        }
    }

    /** Hands the batch's replies to the reply threads, a share each. */
    private void complete(List<Pending> batch, RuntimeException failure) {
        int share = Math.max(1, (batch.size() + REPLY_THREADS - 1) / REPLY_THREADS);
        for (int from = 0; from < batch.size(); from += share) {
            List<Pending> part = List.copyOf(batch.subList(from, Math.min(batch.size(), from + share)));
            replies.execute(() -> part.forEach(p -> {
                if (failure == null) {
                    p.done().complete(null);
                } else {
                    p.done().completeExceptionally(failure);
                }
            }));
        }
    }

    /** A row waiting for its commit. */
    private record Pending(WorkshopRow row, CompletableFuture<Void> done) {
    }
}

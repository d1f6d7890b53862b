package org.journeystudio.workshop;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Added to a server's HTTP configuration (as a customizer) and to the server itself (as a life-cycle listener, which
 * then watches every connector). Closes a connection that has not finished sending a request's headers within the header timeout after it opened
 * or after its last reply. Jetty's idle timeout alone restarts with every byte, so a client sending its headers a
 * byte at a time (slowloris) could hold a connection, and a server thread's worth of attention, for hours. A
 * connection busy with a request (its headers in, its reply not yet sent) is never closed by this guard.
 */
final class SlowClientGuard implements Connection.Listener, HttpConfiguration.Customizer, LifeCycle.Listener {
    private final long timeoutNanos;
    private final long tickMillis;
    private final Map<Connection, Watch> watched = new ConcurrentHashMap<>();
    private ScheduledExecutorService ticks;

    SlowClientGuard(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
        this.tickMillis = Math.max(20, timeout.toMillis() / 10);
    }

    /** The longest a slow client keeps a connection: the timeout plus one check interval. */
    Duration bound() {
        return Duration.ofNanos(timeoutNanos).plusMillis(tickMillis);
    }

    @Override
    public void lifeCycleStarting(LifeCycle event) {
        if (event instanceof Server server) {
            for (Connector connector : server.getConnectors()) {
                connector.addEventListener(this);
            }
            ticks = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "workshop-slow-clients");
                thread.setDaemon(true);
                return thread;
            });
            ticks.scheduleAtFixedRate(this::closeSlowOnes, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void lifeCycleStopped(LifeCycle event) {
        if (event instanceof Server && ticks != null) {
            ticks.shutdownNow();
        }
    }

    @Override
    public void onOpened(Connection connection) {
        watched.put(connection, new Watch(System.nanoTime()));
    }

    @Override
    public void onClosed(Connection connection) {
        watched.remove(connection);
    }

    /** Called by Jetty once a request's headers are in: the connection is busy until its reply is complete. */
    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        Watch watch = watched.get(request.getConnectionMetaData().getConnection());
        if (watch != null) {
            watch.requests.incrementAndGet();
            Request.addCompletionListener(request, failure -> watch.replied(System.nanoTime()));
        }
        return request;
    }

    private void closeSlowOnes() {
        long now = System.nanoTime();
        watched.forEach((connection, watch) -> {
            if (watch.requests.get() == 0 && now - watch.since > timeoutNanos) {
                connection.getEndPoint().close();
            }
        });
    }

    /** Requests under way on one connection, and when it last became free (opened, or its last reply sent). */
    private static final class Watch {
        final AtomicInteger requests = new AtomicInteger();
        volatile long since;

        Watch(long since) {
            this.since = since;
        }

        void replied(long now) {
            since = now;
            requests.decrementAndGet();
        }
    }
}

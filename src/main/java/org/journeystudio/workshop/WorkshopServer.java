package org.journeystudio.workshop;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.WorkshopAnswers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts workshop sessions on Javalin (Jetty 12): one server for the phones on every interface (or the set
 * address), one for the
 * control endpoints on 127.0.0.1 only. A running session is also stopped by a JVM shutdown hook, so the port and
 * the library file are released even if the studio exits without closing it; the studio should still close it.
 */
public final class WorkshopServer implements WorkshopLauncher, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkshopServer.class);

    private final H2Library library;
    private final WorkshopSettings settings;
    private final Clock clock;
    /** Told how long each participant request took inside the server, in ms; only the load benchmark listens. */
    private java.util.function.DoubleConsumer participantRequestTimes;
    /** The rate limiters' clock; tests put time forward instead of sleeping. */
    private java.util.function.LongSupplier nanoClock = System::nanoTime;
    /** The workshops this server started, closed with it (the studio switching to another library). */
    private final List<LiveWorkshop> started = new java.util.concurrent.CopyOnWriteArrayList<>();

    public WorkshopServer(H2Library library, WorkshopSettings settings) {
        this(library, settings, Clock.systemUTC());
    }

    public WorkshopServer(H2Library library) {
        this(library, WorkshopSettings.standard());
    }

    WorkshopServer(H2Library library, WorkshopSettings settings, Clock clock) {
        this.library = library;
        this.settings = settings;
        this.clock = clock;
    }

    /** Lets the load benchmark tell the server's share of a request's time from the network's and the client's. */
    WorkshopServer timingParticipantRequests(java.util.function.DoubleConsumer millis) {
        this.participantRequestTimes = millis;
        return this;
    }

    /** Lets tests run the rate limiters on a clock they move. */
    WorkshopServer withRateClock(java.util.function.LongSupplier nanos) {
        this.nanoClock = nanos;
        return this;
    }

    @Override
    public WorkshopSession start(String projectId, JourneyMap map) {
        return startLive(projectId, map);
    }

    /** As {@link #start}, with the package's view of the session (control address and secret) for tests. */
    LiveWorkshop startLive(String projectId, JourneyMap map) {
        if (map.customerTouchpoints().isEmpty()) {
            throw new WorkshopException(Messages.text("phone.noTouchpointsToRate", map.title()));
        }
        WorkshopAnswers answers;
        LiveWorkshop workshop;
        try {
            answers = library.workshopAnswers();
            workshop = new LiveWorkshop(projectId, map, answers, settings, clock);
        } catch (RuntimeException e) {
            throw new WorkshopException(Messages.text("phone.notRecorded", e.getMessage()), e);
        }
        Javalin phones = null;
        Javalin control = null;
        try {
            // Without a set address the phones' server listens on every interface, so whichever of the room
            // addresses the facilitator shows (or one that comes up later) reaches it without a restart.
            String host = settings.bindAddress();
            List<RoomAddress> rooms = RoomNetworks.ofThisLaptop().stream()
                    .filter(a -> host == null || a.host().equals(host)).toList();
            ParticipantApi api = new ParticipantApi(workshop, nanoClock);
            java.util.function.DoubleConsumer timing = participantRequestTimes;
            phones = startOn(host, settings.port(), config -> {
                api.register(config);
                if (timing != null) {
                    config.requestLogger.http((ctx, millis) -> timing.accept(millis));
                }
            });
            control = startOn("127.0.0.1", 0, new ControlApi(workshop)::register);
            Thread hook = new Thread(workshop::close, "workshop-shutdown-" + workshop.sessionId());
            Runtime.getRuntime().addShutdownHook(hook);
            Javalin phoneServer = phones;
            Javalin controlServer = control;
            int port = phones.port();
            URI shown = rooms.isEmpty() ? address(host == null ? InetAddress.getLoopbackAddress()
                    : InetAddress.getByName(host), port) : rooms.get(0).link(port);
            workshop.listening(shown, rooms, address(InetAddress.getLoopbackAddress(), control.port()),
                    List.of(phoneServer::stop, controlServer::stop), () -> removeHook(hook));
            LOG.info("Workshop {} for '{}' listening on {}", workshop.sessionId(), map.title(),
                    workshop.participantAddress());
            started.add(workshop);
            return workshop;
        } catch (Exception e) {
            stopQuietly(phones);
            stopQuietly(control);
            workshop.close();
            throw new WorkshopException(Messages.text("phone.serverNotStarted", e.getMessage()), e);
        }
    }

    private Javalin startOn(String host, int port, Consumer<JavalinConfig> routes) {
        try {
            return start(create(routes), host, port);
        } catch (RuntimeException e) {
            if (port == 0) {
                throw e;
            }
            // The usual port is taken (another studio, another app): any free port works as well for the room.
            return start(create(routes), host, 0);
        }
    }

    /** Starts {@code server} on {@code host}, or on every interface when it is {@code null}. */
    private static Javalin start(Javalin server, String host, int port) {
        return host == null ? server.start(port) : server.start(host, port);
    }

    private Javalin create(Consumer<JavalinConfig> routes) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            SlowClientGuard slowClients = new SlowClientGuard(settings.headerTimeout());
            config.jetty.modifyHttpConfiguration(http -> http.addCustomizer(slowClients));
            config.jetty.modifyServer(server -> server.addEventListener(slowClients));
            config.routes.exception(ClientError.class, (e, ctx) -> HttpExchange.refuse(ctx, e));
            config.routes.exception(IllegalStateException.class,
                    (e, ctx) -> HttpExchange.refuse(ctx, new ClientError(409, e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Workshop request {} {} failed", ctx.method(), ctx.path(), e);
                HttpExchange.refuse(ctx, ClientError.of(500, "phone.errorSomethingWrong"));
            });
            routes.accept(config);
        });
    }

    private static URI address(InetAddress address, int port) {
        String host = address.getHostAddress();
        if (address instanceof java.net.Inet6Address) {
            int zone = host.indexOf('%');
            host = "[" + (zone < 0 ? host : host.substring(0, zone)) + "]";
        }
        return URI.create("http://" + host + ":" + port + "/");
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is what is closing the session now.
        }
    }

    private static void stopQuietly(Javalin server) {
        if (server != null) {
            server.stop();
        }
    }

    /** Ends every workshop this server started that is still running: the phones' servers stop, answers are kept. */
    @Override
    public void close() {
        for (LiveWorkshop workshop : started) {
            workshop.close();
        }
        started.clear();
    }
}

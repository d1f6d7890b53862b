package org.journeystudio.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throw-away PostgreSQL server for the tests: {@code initdb} in a temporary folder, {@code pg_ctl start} on a free
 * loopback port (its Unix socket in the same folder), started once per test JVM on first use and stopped by a
 * shutdown hook. Each test takes a fresh database from {@link #newDatabase()}, so tests never see each other's rows.
 *
 * <p>The binaries come from {@code JOURNEY_STUDIO_PG_BIN}, else Debian's {@code /usr/lib/postgresql/NN/bin} (newest),
 * else the PATH. {@code initdb} refuses to run as root, so as root the cluster runs as the {@code postgres} user
 * that Debian's package creates ({@code runuser -u postgres}). A machine without PostgreSQL fails the tests with the
 * command that installs it, unless {@code -Dpostgres.tests=skip} is given: then they are skipped, never silently.
 */
public final class PostgresCluster {
    public static final String SKIP_PROPERTY = "postgres.tests";
    static final String FOLDER_PREFIX = "journey-studio-pg-";
    private static final String SUPERUSER = "studio_admin";
    private static final String INSTALL = "apt-get install -y postgresql (Debian/Ubuntu), or set JOURNEY_STUDIO_PG_BIN "
            + "to the folder holding initdb and pg_ctl; -D" + SKIP_PROPERTY + "=skip skips these tests instead";
    private static volatile PostgresCluster shared;

    private final Path folder;
    private final Path bin;
    private final int port;
    private final String password;
    private final boolean asPostgresUser;
    private final AtomicInteger databases = new AtomicInteger();

    /** A database of its own on the shared cluster: host, port, name and the credentials that reach it. */
    public record Database(String host, int port, String name, String user, String password) {
        /** The studio's {@code --library} form of this database. */
        public String libraryUrl() {
            return "postgresql://" + host + ":" + port + "/" + name;
        }

        public String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + name;
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl(), user, password);
        }
    }

    private PostgresCluster(Path folder, Path bin, int port, String password, boolean asPostgresUser) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
        this.password = password;
        this.asPostgresUser = asPostgresUser;
    }

    /** The JVM's one cluster, started on first call (a few seconds); fails or skips as the class comment says. */
    public static PostgresCluster shared() {
        PostgresCluster cluster = shared;
        if (cluster == null) {
            synchronized (PostgresCluster.class) {
                if (shared == null) {
                    shared = start();
                }
                cluster = shared;
            }
        }
        return cluster;
    }

    /** A new, empty database owned by the cluster's superuser. */
    public Database newDatabase() {
        String name = "library_" + databases.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", SUPERUSER, password);
             Statement statement = admin.createStatement()) {
            // A name we made ourselves, no user value: the one place the tests build SQL text.
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database: " + e.getMessage(), e);
        }
        return new Database("127.0.0.1", port, name, SUPERUSER, password);
    }

    public Path bin() {
        return bin;
    }

    private static PostgresCluster start() {
        Path bin = findBin();
        if (bin == null) {
            String message = "PostgreSQL (initdb, pg_ctl) not found; install it with: " + INSTALL;
            if ("skip".equalsIgnoreCase(System.getProperty(SKIP_PROPERTY))) {
                Assumptions.abort(message);
            }
            throw new AssertionError(message);
        }
        StaleClusters.stopAll(bin);
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path folder = Files.createTempDirectory(FOLDER_PREFIX);
            Files.writeString(folder.resolve(StaleClusters.OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
            Path data = folder.resolve("data");
            Path pwfile = folder.resolve("pw");
            String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
            Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
            if (root) {
                chownToPostgres(folder, pwfile);
            }
            int port = freePort();
            PostgresCluster cluster = new PostgresCluster(folder, bin, port, password, root);
            cluster.run(60, "initdb", "-D", data.toString(), "-U", SUPERUSER, "--pwfile=" + pwfile,
                    "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync");
            Files.deleteIfExists(pwfile);
            // Durability costs seconds the tests do not need: the cluster is thrown away.
            cluster.run(60, "pg_ctl", "-D", data.toString(), "-l", folder.resolve("server.log").toString(), "-w",
                    "-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off"
                            + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=60",
                    "start");
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "postgres-test-cluster-stop"));
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException("could not set up the test PostgreSQL cluster", e);
        }
    }

    private void stop() {
        try {
            run(30, "pg_ctl", "-D", folder.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        } catch (RuntimeException | IOException e) {
            System.err.println("test PostgreSQL cluster in " + folder + " did not stop: " + e.getMessage());
        }
        StaleClusters.delete(folder);
    }

    private void run(int seconds, String program, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("pg-command", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(program + " took over " + seconds + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue()
                        + "):\n" + Files.readString(output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(program + " was interrupted", e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static void chownToPostgres(Path... paths) throws IOException {
        UserPrincipalLookupService users = paths[0].getFileSystem().getUserPrincipalLookupService();
        try {
            for (Path path : paths) {
                Files.setOwner(path, users.lookupPrincipalByName("postgres"));
            }
        } catch (IOException e) {
            throw new IOException("running as root, the test cluster runs as the user 'postgres', which could not be "
                    + "used (" + e.getMessage() + "); install PostgreSQL with: " + INSTALL, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static Path findBin() {
        String configured = System.getenv("JOURNEY_STUDIO_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Path newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max((a, b) -> Integer.compare(major(a), major(b))).orElse(null);
                if (newest != null) {
                    return newest.resolve("bin");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String path = System.getenv("PATH");
        return path == null ? null : Stream.of(path.split(java.io.File.pathSeparator)).map(Path::of)
                .filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl")))
                .findFirst().orElse(null);
    }

    private static int major(Path versionFolder) {
        try {
            return Integer.parseInt(versionFolder.getFileName().toString().replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

package org.journeystudio.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.postgresql.jdbcurlresolver.PgPassParser;
import org.journeystudio.i18n.Messages;

/**
 * Where a team library lives: {@code postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=MODE]}, as given to
 * {@code --library}. It never holds a password: that comes, when the connection is made, from {@code PGPASSWORD} or
 * the user's {@code ~/.pgpass} (or {@code PGPASSFILE}), the PostgreSQL client's own conventions, so it is never
 * written into settings or logs. The user is the URL's, else {@code PGUSER}, else the login name, as for psql.
 */
public record TeamLibraryAddress(String host, int port, String database, String user, String sslMode) {
    public static final String SCHEME = "postgresql://";
    public static final int DEFAULT_PORT = 5432;
    /** How long a connection attempt may take before the host counts as unreachable. */
    public static final int CONNECT_TIMEOUT_SECONDS = 10;
    private static final Set<String> SSL_MODES =
            Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    /** Whether {@code library} (a {@code --library} value) names a team library rather than a folder. */
    public static boolean isTeamLibrary(String library) {
        return library != null && library.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /** Parses a {@code postgresql://} address ({@code environment} for PGUSER); refuses what it cannot use. */
    public static TeamLibraryAddress parse(String address, Map<String, String> environment) {
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            throw refused(address, "storage.team.address.invalid", e.getReason());
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw refused(address, "storage.team.address.noHost");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isBlank() || database.contains("/")) {
            throw refused(address, "storage.team.address.noDatabase");
        }
        String user = uri.getUserInfo();
        if (user != null && user.contains(":")) {
            throw refused(address, "storage.team.address.password");
        }
        if (user == null || user.isBlank()) {
            user = environment.getOrDefault("PGUSER", System.getProperty("user.name", ""));
        }
        String sslMode = sslMode(address, uri.getRawQuery());
        return new TeamLibraryAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database,
                user, sslMode);
    }

    public static TeamLibraryAddress parse(String address) {
        return parse(address, System.getenv());
    }

    private static String sslMode(String address, String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        String sslMode = null;
        for (String parameter : query.split("&")) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            String value = equals < 0 ? "" : URLDecoder.decode(parameter.substring(equals + 1), StandardCharsets.UTF_8);
            if (!"sslmode".equals(name)) {
                throw refused(address, "storage.team.address.unknownSetting", name);
            }
            if (!SSL_MODES.contains(value.toLowerCase(Locale.ROOT))) {
                throw refused(address, "storage.team.address.sslMode", value,
                        String.join(", ", SSL_MODES.stream().sorted().toList()));
            }
            sslMode = value.toLowerCase(Locale.ROOT);
        }
        return sslMode;
    }

    /** {@code key} names the whole sentence; its first argument is the address, a password masked. */
    private static LibraryException refused(String address, String key, Object... details) {
        Object[] arguments = new Object[details.length + 1];
        arguments[0] = withoutPassword(address);
        System.arraycopy(details, 0, arguments, 1, details.length);
        return new LibraryException(Messages.text(key, arguments));
    }

    /** The address as typed, a password in it masked: even a refusal must not write it into a log. */
    private static String withoutPassword(String address) {
        return address.replaceFirst("^(?i)(postgresql://[^/@:]*):[^/@]*@", "$1:***@");
    }

    /** The address as the user reads it: no password, ever. */
    @Override
    public String toString() {
        return SCHEME + user + "@" + host + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database
                + (sslMode == null ? "" : "?sslmode=" + sslMode);
    }

    /** Whether a password for this address comes without asking: from PGPASSWORD or a line of ~/.pgpass. */
    public boolean hasStoredPassword(Map<String, String> environment) {
        return connectionProperties(environment).containsKey("password");
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /**
     * The driver's connection properties: the user, the password from {@code PGPASSWORD} or else the pgpass file
     * (read by the driver's own parser, by libpq's rules), TLS mode and the connect time-out.
     */
    Properties connectionProperties(Map<String, String> environment) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        String password = environment.get("PGPASSWORD");
        if (password == null) {
            password = PgPassParser.getPassword(host, Integer.toString(port), database, user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        if (sslMode != null) {
            properties.setProperty("sslmode", sslMode);
        }
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("ApplicationName", "Journey Studio");
        return properties;
    }
}

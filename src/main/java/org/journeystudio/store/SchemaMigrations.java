package org.journeystudio.store;

import java.util.Arrays;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The library schema's versioned migrations, run by Flyway, whose history table records the schema version inside
 * every library. One schema for H2 and PostgreSQL: the scripts both run are in src/main/resources/db/migration;
 * a script whose SQL really differs (binary and long-text types) has one copy per database under
 * db/vendor/h2 and db/vendor/postgresql, with the same version and the same tables.
 */
final class SchemaMigrations {
    static final String LOCATION = "classpath:db/migration";
    static final String H2_LOCATION = "classpath:db/vendor/h2";
    static final String POSTGRESQL_LOCATION = "classpath:db/vendor/postgresql";
    static final String HISTORY_TABLE = "flyway_schema_history";
    /** The embedded library's migrations, whose history {@link ShippedHistory} knows. */
    static final SchemaMigrations STANDARD = new SchemaMigrations(LOCATION, H2_LOCATION);
    static final SchemaMigrations POSTGRESQL = new SchemaMigrations(LOCATION, POSTGRESQL_LOCATION);

    private final String[] locations;

    private SchemaMigrations(String... locations) {
        this.locations = locations.clone();
    }

    /** These migrations and those in {@code location}: tests add one to play a later version of the app. */
    SchemaMigrations with(String location) {
        return new SchemaMigrations(Stream.concat(Arrays.stream(locations), Stream.of(location))
                .toArray(String[]::new));
    }

    /** Whether these are the shipped H2 migrations only, whose history {@link ShippedHistory} knows. */
    boolean shipped() {
        return Arrays.equals(locations, STANDARD.locations);
    }

    /**
     * Flyway set up for the library. A database without history is never baselined: it is not ours, and
     * migrating it would write into someone else's database.
     */
    FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(false)
                .cleanDisabled(true)
                .validateMigrationNaming(true)
                .failOnMissingLocations(true);
    }
}

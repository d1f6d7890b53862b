package org.journeystudio.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The library schema's versioned migrations (src/main/resources/db/migration, V1__…, V2__…), run by Flyway,
 * whose history table records the schema version inside every library file.
 */
final class SchemaMigrations {
    static final String LOCATION = "classpath:db/migration";
    static final String HISTORY_TABLE = "flyway_schema_history";
    static final SchemaMigrations STANDARD = new SchemaMigrations(LOCATION);

    private final String[] locations;

    /** Migrations from the given classpath locations; tests add one to play a later version of the app. */
    SchemaMigrations(String... locations) {
        this.locations = locations.clone();
    }

    /** Whether these are the shipped migrations only, whose history {@link ShippedHistory} knows. */
    boolean shipped() {
        return locations.length == 1 && LOCATION.equals(locations[0]);
    }

    /**
     * Flyway set up for the library. A database without history is never baselined: it is not ours, and
     * migrating it would write into someone else's file.
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

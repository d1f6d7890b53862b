package org.journeystudio.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.journeystudio.testing.NewLibraries;
import org.journeystudio.testing.PostgresCluster;

/**
 * The two kinds of library the storage tests run on, so that the local (H2) and the team (PostgreSQL) library can
 * never drift apart: a test class is a {@code @ParameterizedClass} over this enum and opens its libraries through
 * {@link #newPlace}, which gives each test a library of its own (a folder, or a fresh database on the test cluster).
 * Public for the use cases' tests that move work between the two kinds ({@code usecase.CopyProjectTest}).
 */
public enum LibraryKind {
    H2 {
        @Override
        public Place newPlace(Path folder) {
            NewLibraries.seed(folder);
            return clock -> H2Library.open(folder, clock);
        }
    },
    POSTGRESQL {
        @Override
        public Place newPlace(Path folder) {
            PostgresCluster.Database database = PostgresCluster.shared().newDatabase();
            TeamLibraryAddress address = TeamLibraryAddress.parse(database.libraryUrl(),
                    Map.of("PGUSER", database.user()));
            Map<String, String> environment = Map.of("PGPASSWORD", database.password());
            return clock -> PostgresLibrary.open(address, environment, clock, SchemaMigrations.POSTGRESQL);
        }
    };

    /** Where one test keeps its library; {@code folder} is the test's own temporary folder (H2 keeps it there). */
    public abstract Place newPlace(Path folder);

    /** One test's library, opened (again) as often as the test wants. */
    @FunctionalInterface
    public interface Place {
        JdbcLibrary open(Clock clock);

        default JdbcLibrary open() {
            return open(Clock.systemUTC());
        }
    }
}

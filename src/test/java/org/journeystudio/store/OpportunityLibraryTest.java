package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Kpi;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.OpportunityStatus;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.PostgresCluster;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Opportunities in the library (schema 11), on H2 and PostgreSQL: every field and link read back as saved, each
 * change saved by rows, and the notes of a library from before schema 11 migrated into opportunities.
 */
@FastTest
@ParameterizedClass
@EnumSource(LibraryKind.class)
class OpportunityLibraryTest {
    @Parameter
    LibraryKind kind;

    @TempDir
    Path folder;

    /** The rich sample (two opportunities, one with every field) with a pain point linked to one of them. */
    private static JourneyMap planned() {
        JourneyMap map = SampleMaps.rich("map-plan");
        Touchpoint pay = map.touchpoint("tp-9").orElseThrow();
        Touchpoint linked = pay.toBuilder().painPoints(List.of(
                pay.painPoints().get(0).withOpportunityIds(List.of("opp-card")), pay.painPoints().get(1))).build();
        List<Opportunity> plan = new ArrayList<>(map.opportunities());
        plan.add(new Opportunity("opp-loose", "Not linked yet", "", "", OpportunityStatus.DROPPED, null, 5, null, 1,
                Kpi.NONE, Evidence.ASSUMED));
        return map.withTouchpoint(linked).withOpportunities(plan);
    }

    @Test
    void everyFieldAndLinkReadsBackAndEachEditIsSaved() {
        JourneyMap map = planned();
        LibraryKind.Place place = kind.newPlace(folder);
        try (JdbcLibrary library = place.open()) {
            library.create(map);
        }
        try (JdbcLibrary library = place.open()) {
            assertThat(library.load(map.id()).orElseThrow()).usingRecursiveComparison().ignoringFields("created", "modified").isEqualTo(map);

            Opportunity total = map.opportunity("opp-total").orElseThrow();
            JourneyMap edited = map.withOpportunities(List.of(
                    total.withOwner("Checkout squad").withStatus(OpportunityStatus.DONE).withEffort(null)
                            .withDue(LocalDate.parse("2027-01-15")),
                    map.opportunities().get(2), map.opportunities().get(1)));
            library.save(edited);
            assertThat(library.load(map.id()).orElseThrow()).usingRecursiveComparison().ignoringFields("created", "modified").isEqualTo(edited);

            Touchpoint pay = edited.touchpoint("tp-9").orElseThrow();
            JourneyMap unlinked = edited.withTouchpoint(pay.toBuilder().opportunityIds(List.of("opp-card"))
                    .painPoints(pay.painPoints().stream().map(p -> p.withOpportunityIds(List.of())).toList()).build())
                    .withOpportunities(List.of(edited.opportunities().get(0), edited.opportunities().get(2)));
            library.save(unlinked);
            assertThat(library.load(map.id()).orElseThrow()).usingRecursiveComparison().ignoringFields("created", "modified").isEqualTo(unlinked);
            assertThat(LibraryTables.rowCount(library, "opportunity")).isEqualTo(2);
        }
    }

    @Test
    void theNotesOfALibraryBeforeSchemaElevenBecomeOpportunitiesLinkedToTheirTouchpoints() throws SQLException {
        Opened opened = kind == LibraryKind.H2 ? h2AtVersionNine() : postgresAtVersionNine();

        try (JdbcLibrary library = opened.open()) {
            JourneyMap map = library.load("p1").orElseThrow();

            assertThat(map.opportunities()).containsExactly(
                    Opportunity.idea("opp-tp-a-1", "One-click pay", Evidence.PROPOSED),
                    Opportunity.idea("opp-tp-a-2", "Explain declines", Evidence.ASSUMED),
                    Opportunity.idea("opp-tp-b-1", "Track the parcel", Evidence.OBSERVED));
            assertThat(map.touchpoint("tp-a").orElseThrow().opportunityIds()).containsExactly("opp-tp-a-1", "opp-tp-a-2");
            assertThat(map.touchpoint("tp-b").orElseThrow().opportunityIds()).containsExactly("opp-tp-b-1");
            assertThat(org.journeystudio.model.MapValidator.validate(map)).isEmpty();
        }
    }

    /** Opens the migrated library; the clock is the system's. */
    @FunctionalInterface
    private interface Opened {
        JdbcLibrary open();
    }

    private Opened h2AtVersionNine() throws SQLException {
        Path library = folder.toAbsolutePath().normalize();
        withNotes(LibraryOpener.dataSource(library), SchemaMigrations.STANDARD);
        return () -> H2Library.open(library, Clock.systemUTC());
    }

    private Opened postgresAtVersionNine() throws SQLException {
        PostgresCluster.Database database = PostgresCluster.shared().newDatabase();
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(database.jdbcUrl());
        source.setUser(database.user());
        source.setPassword(database.password());
        withNotes(source, SchemaMigrations.POSTGRESQL);
        TeamLibraryAddress address = TeamLibraryAddress.parse(database.libraryUrl(), Map.of("PGUSER", database.user()));
        return () -> PostgresLibrary.open(address, Map.of("PGPASSWORD", database.password()), Clock.systemUTC(),
                SchemaMigrations.POSTGRESQL);
    }

    /** The schema as Journey Studio left it before opportunities had rows, with a project holding three notes. */
    private static void withNotes(DataSource source, SchemaMigrations migrations) throws SQLException {
        migrations.configure(source).target("9").load().migrate();
        try (Connection connection = source.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO project (id, title, description, scenario, created_at, modified_at, rating_scale) "
                    + "VALUES ('p1', 'Shop', '', '', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', "
                    + "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', '1-5')");
            sql.execute("INSERT INTO stage (project_id, id, position, name, description, width_hint) "
                    + "VALUES ('p1', 'st-1', 0, 'Buy', '', 240)");
            sql.execute("INSERT INTO lane (project_id, id, position, kind, title, visible) "
                    + "VALUES ('p1', 'ln-tp', 0, 'TOUCHPOINTS', 'Touchpoints', TRUE)");
            for (String[] card : new String[][] {{"tp-a", "0", "Pay"}, {"tp-b", "1", "Deliver"}}) {
                sql.execute("INSERT INTO touchpoint (project_id, id, position, stage_id, lane_id, order_in_cell, title, "
                        + "description, channel_kind, channel_detail, owner, emotion_score, emotion_label, "
                        + "component_emotional, component_functional, component_accessible, evidence) VALUES ('p1', '"
                        + card[0] + "', " + card[1] + ", 'st-1', 'ln-tp', " + card[1] + ", '" + card[2]
                        + "', '', 'WEB', '', '', 0, '', FALSE, FALSE, FALSE, 'ASSUMED')");
            }
            sql.execute("INSERT INTO touchpoint_opportunity (project_id, touchpoint_id, position, body, evidence) VALUES "
                    + "('p1', 'tp-b', 0, 'Track the parcel', 'OBSERVED'), ('p1', 'tp-a', 0, 'One-click pay', 'PROPOSED'), "
                    + "('p1', 'tp-a', 1, 'Explain declines', 'ASSUMED')");
        }
    }
}

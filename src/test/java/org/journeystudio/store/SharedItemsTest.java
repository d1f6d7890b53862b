package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.OpportunityStatus;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Persona;
import org.journeystudio.model.SharedKind;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Personas, pain points and opportunities shared between projects (schema 13), on H2 and PostgreSQL: shared into
 * another project, edited once and seen in both, merged from duplicates, removed here or everywhere.
 */
@FastTest
@ParameterizedClass
@EnumSource(LibraryKind.class)
class SharedItemsTest {
    private static final String AD = SampleMaps.cardId("Ad");
    private static final String SEARCH = SampleMaps.cardId("Search box");
    private static final String SIMPLIFY_AD = Opportunity.noteId(AD, 1);

    @Parameter
    LibraryKind kind;

    @TempDir
    Path folder;

    private static JourneyMap project(String id, String title) {
        return SampleMaps.retailer().withId(id).withTitle(title);
    }

    private static LibraryItem item(SharedItems shared, SharedKind kind, String projectId, String text) {
        return shared.list().stream().filter(i -> i.kind() == kind && i.projectId().equals(projectId)
                && i.text().equals(text)).findFirst().orElseThrow();
    }

    private static LibraryItem opportunity(SharedItems shared, String projectId, String id) {
        return shared.list().stream().filter(i -> i.kind() == SharedKind.OPPORTUNITY
                && i.projectId().equals(projectId) && i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aSharedItemEditedInOneProjectIsSeenInTheOther() {
        try (JdbcLibrary library = kind.newPlace(folder).open()) {
            library.create(project("map-a", "Shoes"));
            library.create(SampleMaps.withoutActionPlan(project("map-b", "Bags")).withPersonas(List.of()));
            SharedItems shared = library.sharedItems().orElseThrow();

            LibraryItem ana = shared.shareInto(item(shared, SharedKind.PERSONA, "map-a", "Ana"), "map-b", null);
            LibraryItem plan = shared.shareInto(opportunity(shared, "map-a", SIMPLIFY_AD), "map-b", null);
            LibraryItem slow = shared.shareInto(item(shared, SharedKind.PAIN_POINT, "map-a", "Slow"), "map-b",
                    SEARCH);

            JourneyMap a = library.load("map-a").orElseThrow();
            Persona anaHere = a.personas().get(0);
            assertThat(anaHere.sharedId()).isEqualTo(ana.sharedId()).isNotNull();
            JourneyMap b = library.load("map-b").orElseThrow();
            assertThat(b.personas()).singleElement().satisfies(p -> {
                assertThat(p.name()).isEqualTo("Ana");
                assertThat(p.segmentId()).as("a segment is each map's own").isNull();
                assertThat(p.sharedId()).isEqualTo(ana.sharedId());
            });
            assertThat(b.touchpoint(SEARCH).orElseThrow().painPoints()).last()
                    .extracting(PainPoint::text, PainPoint::sharedId).containsExactly("Slow", slow.sharedId());

            // Edited once, in the first project, through the normal save.
            Touchpoint ad = a.touchpoint(AD).orElseThrow();
            Opportunity simplify = a.opportunity(SIMPLIFY_AD).orElseThrow();
            library.save(a.withPersonas(List.of(anaHere.withName("Ana Lopez").withQuote("Just let me pay"),
                            a.personas().get(1)))
                    .withOpportunities(plus(a.opportunities().subList(1, a.opportunities().size()),
                            simplify.withOwner("Web team").withStatus(OpportunityStatus.PLANNED)))
                    .withTouchpoint(ad.toBuilder().painPoints(List.of(ad.painPoints().get(0).withSharedContentOf(
                            new PainPoint("Slow to load", 3, null, List.of(), slow.sharedId())))).build()));

            JourneyMap seen = library.load("map-b").orElseThrow();
            assertThat(seen.personas().get(0)).extracting(Persona::name, Persona::quote, Persona::segmentId)
                    .containsExactly("Ana Lopez", "Just let me pay", null);
            assertThat(seen.opportunity(plan.id()).orElseThrow())
                    .extracting(Opportunity::owner, Opportunity::status, Opportunity::sharedId)
                    .containsExactly("Web team", OpportunityStatus.PLANNED, plan.sharedId());
            assertThat(seen.touchpoint(SEARCH).orElseThrow().painPoints()).last()
                    .extracting(PainPoint::text, PainPoint::severity).containsExactly("Slow to load", 3);
            assertThat(library.load("map-a").orElseThrow().personas().get(0).segmentId())
                    .as("a segment stays each map's own").isEqualTo(SampleMaps.NEW_CUSTOMERS);
            assertThat(shared.projectsUsing(SharedKind.PERSONA, ana.sharedId())).containsExactly("Bags", "Shoes");
        }
    }

    @Test
    void aTeamSaveOfASharedItemRaisesTheOtherProjectsVersionSoItsEditorsReload() {
        try (JdbcLibrary library = kind.newPlace(folder).open()) {
            library.create(project("map-a", "Shoes"));
            library.create(project("map-b", "Bags").withPersonas(List.of()));
            SharedItems shared = library.sharedItems().orElseThrow();
            shared.shareInto(item(shared, SharedKind.PERSONA, "map-a", "Ben"), "map-b", null);
            LoadedProject base = library.loadWithVersions("map-a").orElseThrow();
            long before = library.projectVersion("map-b").orElseThrow();

            JourneyMap mine = base.map().withPersonas(List.of(base.map().personas().get(0),
                    base.map().personas().get(1).withDescription("Orders every Friday")));
            assertThat(library.save(base, mine)).isInstanceOf(SaveOutcome.Saved.class);

            assertThat(library.projectVersion("map-b").orElseThrow()).isGreaterThan(before);
            assertThat(library.load("map-b").orElseThrow().personas().get(0).description())
                    .isEqualTo("Orders every Friday");
        }
    }

    @Test
    void duplicatesFromTwoProjectsMergeIntoOneItemWithTheChosenText() {
        try (JdbcLibrary library = kind.newPlace(folder).open()) {
            JourneyMap b = project("map-b", "Bags");
            library.create(project("map-a", "Shoes"));
            library.create(b.withPersonas(List.of(b.personas().get(0).withName("Ana K.").withDescription("Buys bags"),
                    b.personas().get(1))));
            SharedItems shared = library.sharedItems().orElseThrow();
            LibraryItem chosen = item(shared, SharedKind.PERSONA, "map-a", "Ana");
            LibraryItem other = item(shared, SharedKind.PERSONA, "map-b", "Ana K.");

            String sharedId = shared.merge(List.of(chosen, other), chosen);

            for (String id : List.of("map-a", "map-b")) {
                assertThat(library.load(id).orElseThrow().personas().get(0))
                        .extracting(Persona::name, Persona::description, Persona::segmentId, Persona::sharedId)
                        .containsExactly("Ana", "First order", SampleMaps.NEW_CUSTOMERS, sharedId);
            }
            assertThat(shared.list().stream().filter(i -> sharedId.equals(i.sharedId())))
                    .extracting(LibraryItem::projectTitle).containsExactlyInAnyOrder("Shoes", "Bags");
            assertThatThrownBy(() -> shared.merge(List.of(chosen, item(shared, SharedKind.PERSONA, "map-a", "Ben")),
                    chosen)).isInstanceOf(LibraryException.class).hasMessageContaining("both in “Shoes”");
        }
    }

    @Test
    void removedHereTheOthersKeepItRemovedEverywhereEveryProjectLosesItAndItsLinks() {
        try (JdbcLibrary library = kind.newPlace(folder).open()) {
            library.create(project("map-a", "MAP-A"));
            library.create(SampleMaps.withoutActionPlan(project("map-b", "MAP-B")));
            library.create(SampleMaps.withoutActionPlan(project("map-c", "MAP-C")));
            SharedItems shared = library.sharedItems().orElseThrow();
            LibraryItem simplify = opportunity(shared, "map-a", SIMPLIFY_AD);
            LibraryItem inB = shared.shareInto(simplify, "map-b", null);
            shared.shareInto(inB, "map-c", null);
            JourneyMap c = library.load("map-c").orElseThrow();
            String linked = c.opportunities().get(0).id();
            Touchpoint search = c.touchpoint(SEARCH).orElseThrow();
            library.save(c.withTouchpoint(search.toBuilder().opportunityIds(List.of(linked)).build()));

            JourneyMap b = library.load("map-b").orElseThrow();
            library.save(b.withOpportunities(List.of()));
            assertThat(library.load("map-c").orElseThrow().opportunities()).as("removed in B only").hasSize(1);

            assertThat(shared.removeEverywhere(SharedKind.OPPORTUNITY, inB.sharedId()))
                    .containsExactlyInAnyOrder("MAP-A", "MAP-C");
            JourneyMap left = library.load("map-c").orElseThrow();
            assertThat(left.opportunities()).isEmpty();
            assertThat(left.touchpoint(SEARCH).orElseThrow().opportunityIds()).as("its link went with it").isEmpty();
            assertThat(library.load("map-a").orElseThrow().opportunities()).extracting(Opportunity::sharedId)
                    .doesNotContain(inB.sharedId()).hasSize(project("x", "").opportunities().size() - 1);
        }
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> more = new java.util.ArrayList<>(list);
        more.add(item);
        return more;
    }
}

package org.journeystudio.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Persona;
import org.journeystudio.model.SharedKind;
import org.journeystudio.store.JdbcLibrary;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.LibraryKind;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.usecase.SharedLibrary.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Library view's work without the view, on H2 and PostgreSQL: one entry per item with the journeys using it,
 * filtered by kind and text, and the undoable edit that adds a linked copy to the journey an editor has open.
 */
@FastTest
@ParameterizedClass
@EnumSource(LibraryKind.class)
class SharedLibraryTest {
    private static final String SEARCH = SampleMaps.cardId("Search box");

    @Parameter
    LibraryKind kind;

    @TempDir
    Path folder;

    @Test
    void entriesGroupTheUsesOfASharedItemAndFilterByKindAndText() {
        try (JdbcLibrary library = kind.newPlace(folder).open()) {
            library.create(SampleMaps.retailer().withId("map-shoes").withTitle("Shoes"));
            library.create(SampleMaps.withoutActionPlan(SampleMaps.retailer()).withId("map-bags").withTitle("Bags")
                    .withPersonas(List.of()));
            SharedLibrary shared = SharedLibrary.of(library).orElseThrow();
            shared.shareInto(shared.entries(SharedKind.PERSONA, "Ana").get(0), "map-bags", null);

            assertThat(shared.entries(SharedKind.PERSONA, "")).extracting(Entry::text, Entry::projects)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana", List.of("Bags", "Shoes")),
                            org.assertj.core.groups.Tuple.tuple("Ben", List.of("Shoes")));
            assertThat(shared.entries(null, "bags")).as("a journey's title matches too")
                    .extracting(Entry::text).contains("Ana").doesNotContain("Ben");
            assertThat(shared.entries(SharedKind.PAIN_POINT, "slow")).extracting(Entry::text).containsOnly("Slow");
            Entry ana = shared.entries(SharedKind.PERSONA, "Ana").get(0);
            assertThat(shared.otherJourneys(SharedKind.PERSONA, ana.sharedId(), "map-shoes")).containsExactly("Bags");
            assertThatThrownBy(() -> shared.merge(List.of(ana), ana)).isInstanceOf(LibraryException.class)
                    .hasMessage("Select two or more items to merge.");
        }
    }

    @Test
    void addingToTheOpenJourneyIsOneEditWithALinkedCopyAndSharesTheSourceInItsOwnJourney() {
        try (JdbcLibrary library = kind.newPlace(folder).open()) {
            library.create(SampleMaps.retailer().withId("map-shoes").withTitle("Shoes"));
            JourneyMap open = SampleMaps.withoutActionPlan(SampleMaps.retailer()).withId("map-bags").withTitle("Bags")
                    .withPersonas(List.of());
            library.create(open);
            SharedLibrary shared = SharedLibrary.of(library).orElseThrow();

            MapCommand addBen = shared.addTo(open, shared.entries(SharedKind.PERSONA, "Ben").get(0), null);
            JourneyMap withBen = addBen.apply(open);
            Persona ben = withBen.personas().get(0);
            assertThat(ben.name()).isEqualTo("Ben");
            assertThat(ben.segmentId()).isNull();
            assertThat(ben.sharedId()).isNotNull()
                    .isEqualTo(library.load("map-shoes").orElseThrow().personas().get(1).sharedId());

            Entry slow = shared.entries(SharedKind.PAIN_POINT, "Slow").stream()
                    .filter(e -> !e.usedIn("map-bags")).findFirst().orElseThrow();
            assertThatThrownBy(() -> shared.addTo(withBen, slow, null)).isInstanceOf(LibraryException.class)
                    .hasMessageContaining("Select the card");
            JourneyMap withSlow = shared.addTo(withBen, slow, SEARCH).apply(withBen);
            assertThat(withSlow.touchpoint(SEARCH).orElseThrow().painPoints()).last()
                    .extracting(PainPoint::text, PainPoint::opportunityIds).containsExactly("Slow", List.of());

            library.save(withSlow);
            Entry benNow = shared.entries(SharedKind.PERSONA, "Ben").get(0);
            assertThat(benNow.projects()).containsExactly("Bags", "Shoes");
            assertThatThrownBy(() -> shared.addTo(withSlow, benNow, null)).isInstanceOf(LibraryException.class)
                    .hasMessage("“Ben” is already in this journey.");
        }
    }
}

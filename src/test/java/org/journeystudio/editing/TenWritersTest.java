package org.journeystudio.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.JdbcLibrary;
import org.journeystudio.store.LibraryKind;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten studios on ten connections each make 1,000 edits to one project, each to cards of its own (ten, as a card holds
 * at most 100 expectations), saving as they go and taking in the others' saves: afterwards the library holds every
 * edit exactly once, in order.
 */
@SlowTest
class TenWritersTest {
    private static final int WRITERS = 10;
    private static final int EDITS = 1_000;
    private static final int PER_CARD = 100;

    @TempDir
    Path folder;

    @Test
    void tenWritersTimesAThousandEditsAreAllThereExactlyOnce() throws Exception {
        LibraryKind.Place place = LibraryKind.POSTGRESQL.newPlace(folder);
        JourneyMap start = withCards(SampleMaps.rich("map-1"));
        try (JdbcLibrary setUp = place.open()) {
            setUp.create(start);
        }
        List<TeamEditingTest.Studio> studios = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            studios.add(new TeamEditingTest.Studio(place, "writer-" + i));
        }
        long began = System.nanoTime();
        try {
            List<CompletableFuture<Void>> writing = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                TeamEditingTest.Studio studio = studios.get(w);
                int writer = w;
                writing.add(CompletableFuture.runAsync(() -> {
                    for (int e = 0; e < EDITS; e++) {
                        String expectation = "w" + writer + "-e" + e;
                        String card = card(writer, e / PER_CARD);
                        studio.thread.execute(() -> studio.document.execute(append(card, expectation)));
                    }
                }));
            }
            CompletableFuture.allOf(writing.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
            for (TeamEditingTest.Studio studio : studios) {
                studio.thread.submit(() -> null).get(60, TimeUnit.SECONDS);
                studio.saves.drained().get(60, TimeUnit.SECONDS);
            }
            // A save that came back as a conflict is merged and saved again by the next round.
            for (TeamEditingTest.Studio studio : studios) {
                studio.thread.submit(() -> null).get(60, TimeUnit.SECONDS);
                studio.saves.drained().get(60, TimeUnit.SECONDS);
            }
            try (JdbcLibrary check = place.open()) {
                JourneyMap stored = check.load("map-1").orElseThrow();
                for (int w = 0; w < WRITERS; w++) {
                    for (int c = 0; c < EDITS / PER_CARD; c++) {
                        int writer = w;
                        List<String> expected = IntStream.range(c * PER_CARD, (c + 1) * PER_CARD)
                                .mapToObj(e -> "w" + writer + "-e" + e).toList();
                        assertThat(stored.touchpoint(card(w, c)).orElseThrow().expectations())
                                .as("writer %d's edits on card %d", w, c).isEqualTo(expected);
                    }
                }
                assertThat(stored.touchpoints()).hasSize(start.touchpoints().size());
            }
            assertThat(studios).allSatisfy(s -> assertThat(s.conflicts).isEmpty());
        } finally {
            for (TeamEditingTest.Studio studio : studios) {
                studio.close();
            }
        }
        System.out.printf("10 writers x 1,000 edits: %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
    }

    private static JourneyMap withCards(JourneyMap map) {
        List<Touchpoint> cards = new ArrayList<>(map.touchpoints());
        Touchpoint model = map.touchpoints().get(0);
        for (int w = 0; w < WRITERS; w++) {
            for (int c = 0; c < EDITS / PER_CARD; c++) {
                cards.add(Touchpoint.builder(card(w, c), model.stageId(), model.laneId()).order(100 + cards.size())
                        .title("Writer " + w + ", card " + c).build());
            }
        }
        return map.withTouchpoints(cards);
    }

    private static String card(int writer, int number) {
        return "tp-w" + writer + "-c" + number;
    }

    private static MapCommand append(String card, String expectation) {
        return new MapCommand() {
            @Override
            public JourneyMap apply(JourneyMap map) {
                Touchpoint t = map.touchpoint(card).orElseThrow();
                List<String> expectations = new ArrayList<>(t.expectations());
                expectations.add(expectation);
                return map.withTouchpoint(t.toBuilder().expectations(expectations).build());
            }

            @Override
            public String description() {
                return "Add " + expectation;
            }
        };
    }
}

package org.journeystudio.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.journeystudio.edit.command.SetRatingScale;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** Properties of a comparison over many seeded maps and edit sequences made with the editor's commands. */
@FastTest
class MapComparisonPropertiesTest {
    private static final int SEEDS = 200;

    /** A realistic map of a few stages and cards, its size, scale and details from the seed. */
    static JourneyMap randomMap(long seed) {
        Random random = new Random(seed);
        JourneyMap map = SampleMaps.longMap(1 + random.nextInt(8), random.nextInt(40), seed);
        RatingScale scale = RatingScale.values()[random.nextInt(RatingScale.values().length)];
        return scale == map.scale() ? map : new SetRatingScale(scale, true, "").apply(map);
    }

    @Test
    void aMapComparedWithItselfListsNothing() {
        for (long seed = 0; seed < SEEDS; seed++) {
            JourneyMap map = randomMap(seed);

            MapComparison same = MapComparison.of(map, map);

            assertThat(same.added()).as("seed %d", seed).isEmpty();
            assertThat(same.removed()).as("seed %d", seed).isEmpty();
            assertThat(same.changed()).as("seed %d", seed).isEmpty();
            assertThat(same.unchanged()).as("seed %d", seed).isEqualTo(map.touchpoints().size());
            assertThat(same.scaleNote()).isEmpty();
            assertThat(same.stages()).hasSize(map.stages().size())
                    .allSatisfy(s -> assertThat(s.delta() == null || s.delta() == 0).as(s.stage()).isTrue());
            assertThat(same.satisfaction()).allSatisfy(d -> assertThat(d.delta()).isZero());
            long rated = map.touchpoints().stream().mapToLong(t -> t.satisfaction().size()).sum();
            assertThat(same.satisfaction()).hasSize((int) rated);
        }
    }

    @Test
    void aComparisonListsExactlyTheEditsMade() {
        for (long seed = 0; seed < SEEDS; seed++) {
            JourneyMap before = randomMap(seed);
            RandomEdits edits = new RandomEdits(before, seed * 31 + 7);
            JourneyMap after = edits.apply(1 + (int) (seed % 25));

            MapComparison comparison = MapComparison.of(before, after);

            assertThat(ids(comparison.added())).as("seed %d", seed).isEqualTo(edits.added);
            assertThat(ids(comparison.removed())).as("seed %d", seed).isEqualTo(edits.removed);
            Map<String, Set<String>> changed = new HashMap<>();
            comparison.changed().forEach(c -> changed.put(c.id(), new HashSet<>(c.fieldNames())));
            assertThat(changed).as("seed %d", seed).isEqualTo(edits.changed);
            assertThat(comparison.changed()).allSatisfy(c -> assertThat(c.match()).isEqualTo(MatchKind.ID));
            assertThat(comparison.unchanged()).as("seed %d", seed).isEqualTo(edits.unchanged());

            MapComparison back = MapComparison.of(after, before);
            assertThat(ids(back.added())).as("seed %d", seed).isEqualTo(edits.removed);
            assertThat(ids(back.removed())).as("seed %d", seed).isEqualTo(edits.added);
            assertThat(back.changed()).hasSameSizeAs(comparison.changed());
        }
    }

    @Test
    void theDeltaHeatmapIsTheDifferenceOfTheTwoMapsRatingsOnTheWiderScale() {
        for (long seed = 0; seed < SEEDS; seed++) {
            JourneyMap before = randomMap(seed);
            JourneyMap edited = new RandomEdits(before, seed + 1000).apply(10);
            RatingScale other = RatingScale.values()[(int) (seed % 3)];
            JourneyMap after = other == edited.scale() ? edited : new SetRatingScale(other, true, "").apply(edited);
            RatingScale wider = width(before.scale()) >= width(after.scale()) ? before.scale() : after.scale();

            MapComparison comparison = MapComparison.of(before, after);

            assertThat(comparison.scale()).as("seed %d", seed).isEqualTo(wider);
            Map<String, Double> expected = new LinkedHashMap<>();
            Map<String, Double> olds = new HashMap<>();
            Map<String, Double> news = new HashMap<>();
            Set<String> both = after.touchpoints().stream().map(Touchpoint::id)
                    .filter(id -> before.touchpoint(id).isPresent()).collect(Collectors.toSet());
            for (String id : both) {
                before.touchpoint(id).orElseThrow().satisfaction().forEach((segment, rating) ->
                        olds.put(id + "/" + segment, before.scale().convert(rating, wider)));
                after.touchpoint(id).orElseThrow().satisfaction().forEach((segment, rating) ->
                        news.put(id + "/" + segment, after.scale().convert(rating, wider)));
            }
            Set<String> cells = new HashSet<>(olds.keySet());
            cells.addAll(news.keySet());
            cells.forEach(cell -> expected.put(cell, olds.containsKey(cell) && news.containsKey(cell)
                    ? news.get(cell) - olds.get(cell) : null));

            assertThat(comparison.satisfaction()).as("seed %d", seed).hasSize(cells.size());
            for (SatisfactionDelta delta : comparison.satisfaction()) {
                String cell = delta.touchpointId() + "/" + delta.segmentId();
                assertThat(cells).contains(cell);
                if (expected.get(cell) == null) {
                    assertThat(delta.delta()).isNull();
                } else {
                    assertThat(delta.delta()).as(cell).isCloseTo(expected.get(cell), within(1e-9));
                }
                assertThat(delta.nBefore()).isNull();
                assertThat(delta.apart()).isNull();
            }
        }
    }

    private static int width(RatingScale scale) {
        return scale.max() - scale.min();
    }

    private static Set<String> ids(List<TouchpointChange> changes) {
        return changes.stream().map(TouchpointChange::id).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}

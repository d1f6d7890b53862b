package org.journeystudio.edit.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** Random edits on two copies of one map: the merge loses no edit and finds conflicts exactly where both changed. */
@FastTest
class FieldMergeTest {
    private static final JourneyMap BASE = SampleMaps.rich("map-1");

    /** A field of one element and the values a random edit may give it. */
    private record Place(ElementKind kind, String id, String field, List<Object> values) {
        Object in(JourneyMap map) {
            Record element = element(map);
            return element == null ? null : RecordFields.value(component(element), element);
        }

        JourneyMap set(JourneyMap map, Object value) {
            return FieldMerge.with(map, new FieldConflict(kind, id, field, null, null, null), value);
        }

        private Record element(JourneyMap map) {
            if (kind == ElementKind.PROJECT) {
                return map;
            }
            return kind.of(map).stream().filter(e -> kind.idOf(e).equals(id)).findFirst().orElse(null);
        }

        private java.lang.reflect.RecordComponent component(Record element) {
            for (var component : element.getClass().getRecordComponents()) {
                if (component.getName().equals(field)) {
                    return component;
                }
            }
            throw new IllegalArgumentException(field);
        }
    }

    private static List<Place> places() {
        List<Place> places = new ArrayList<>();
        for (Touchpoint t : BASE.touchpoints()) {
            places.add(new Place(ElementKind.TOUCHPOINT, t.id(), "title", List.of("Alpha", "Beta", "Gamma")));
            places.add(new Place(ElementKind.TOUCHPOINT, t.id(), "owner", List.of("Sales", "Support")));
            places.add(new Place(ElementKind.TOUCHPOINT, t.id(), "failPoint", List.of(true, false)));
        }
        BASE.stages().forEach(s -> places.add(new Place(ElementKind.STAGE, s.id(), "name", List.of("One", "Two"))));
        BASE.lanes().forEach(l -> places.add(new Place(ElementKind.LANE, l.id(), "title", List.of("Row", "Line"))));
        places.add(new Place(ElementKind.PROJECT, BASE.id(), "title", List.of("Mine", "Theirs")));
        return places;
    }

    @Test
    void randomEditsOnTwoCopiesLoseNothingAndConflictExactlyWhereBothChangedOneField() {
        List<Place> places = places();
        Random random = new Random(24);
        for (int round = 0; round < 300; round++) {
            JourneyMap mine = edited(BASE, places, random);
            JourneyMap theirs = edited(BASE, places, random);

            FieldMerge.Result result = FieldMerge.merge(BASE, mine, theirs);

            Set<String> expectedConflicts = new HashSet<>();
            JourneyMap allMine = result.merged();
            for (Place place : places) {
                Object b = place.in(BASE);
                Object m = place.in(mine);
                Object t = place.in(theirs);
                boolean both = !Objects.equals(m, b) && !Objects.equals(t, b) && !Objects.equals(m, t);
                if (both) {
                    expectedConflicts.add(place.kind() + " " + place.id() + " " + place.field());
                }
                Object expected = !Objects.equals(m, b) && !both ? m : t;
                assertThat(place.in(result.merged())).as("round %d, %s", round, place).isEqualTo(expected);
            }
            Set<String> found = new HashSet<>();
            for (FieldConflict conflict : result.conflicts()) {
                found.add(conflict.kind() + " " + conflict.elementId() + " " + conflict.field());
                allMine = FieldMerge.with(allMine, conflict, conflict.mine());
            }
            assertThat(found).as("round %d", round).isEqualTo(expectedConflicts);
            assertThat(result.conflicts()).hasSize(expectedConflicts.size());
            for (Place place : places) {
                if (!Objects.equals(place.in(mine), place.in(BASE))) {
                    assertThat(place.in(allMine)).as("my edit of %s after picking mine", place).isEqualTo(place.in(mine));
                }
            }
        }
    }

    @Test
    void cardsAddedOnBothSidesAreBothKeptAndACardDeletedThereButChangedHereIsAsked() {
        Touchpoint first = BASE.touchpoints().get(0);
        Touchpoint second = BASE.touchpoints().get(1);
        Touchpoint mineNew = first.toBuilder().id("tp-mine").title("Mine").build();
        Touchpoint theirsNew = first.toBuilder().id("tp-theirs").title("Theirs").build();
        List<Touchpoint> mineList = new ArrayList<>(BASE.touchpoints());
        mineList.add(mineNew);
        mineList.set(1, second.withTitle("Changed here"));
        List<Touchpoint> theirsList = new ArrayList<>(BASE.touchpoints());
        theirsList.add(theirsNew);
        theirsList.remove(1);
        theirsList.remove(0);

        FieldMerge.Result result = FieldMerge.merge(BASE, BASE.withTouchpoints(mineList),
                BASE.withTouchpoints(theirsList));

        assertThat(result.merged().touchpoints()).extracting(Touchpoint::id)
                .contains("tp-mine", "tp-theirs").doesNotContain(first.id(), second.id());
        assertThat(result.conflicts()).containsExactly(new FieldConflict(ElementKind.TOUCHPOINT, second.id(),
                FieldConflict.WHOLE, second, second.withTitle("Changed here"), null));
        JourneyMap kept = FieldMerge.with(result.merged(), result.conflicts().get(0), result.conflicts().get(0).mine());
        assertThat(kept.touchpoints()).contains(second.withTitle("Changed here"));
    }

    @Test
    void stagesReorderedHereKeepThatOrderWithAStageAddedThere() {
        var stages = new ArrayList<>(BASE.stages());
        java.util.Collections.reverse(stages);
        var theirs = new ArrayList<>(BASE.stages());
        var added = new org.journeystudio.model.Stage("st-added", "Added");
        theirs.add(1, added);

        FieldMerge.Result result = FieldMerge.merge(BASE, BASE.withStages(stages), BASE.withStages(theirs));

        List<Object> expected = new ArrayList<>(stages);
        expected.add(stages.indexOf(BASE.stages().get(0)) + 1, added);
        assertThat(result.merged().stages()).containsExactlyElementsOf(expected.stream()
                .map(org.journeystudio.model.Stage.class::cast).toList());
        assertThat(result.conflicts()).isEmpty();
    }

    private static JourneyMap edited(JourneyMap map, List<Place> places, Random random) {
        JourneyMap edited = map;
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits; i++) {
            Place place = places.get(random.nextInt(places.size()));
            edited = place.set(edited, place.values().get(random.nextInt(place.values().size())));
        }
        return edited;
    }
}

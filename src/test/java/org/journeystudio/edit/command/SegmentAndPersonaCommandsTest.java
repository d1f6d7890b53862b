package org.journeystudio.edit.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.journeystudio.edit.CommandFailedException;
import org.journeystudio.edit.Document;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Persona;
import org.journeystudio.model.Segment;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

@FastTest
class SegmentAndPersonaCommandsTest {
    private final JourneyMap map = SampleMaps.retailer();

    @Test
    void addSegment() {
        Segment students = new Segment("seg-students", "Students", "", "#9467bd");
        JourneyMap after = UndoRoundTrip.check(map, AddSegment.of(students, AddSegment.AT_END));
        assertThat(after.segments()).endsWith(students);
        assertThatThrownBy(() -> AddSegment.of(students, 0).apply(after)).hasMessageContaining("already has a segment");
    }

    @Test
    void editSegmentKeepsItsIdAndMergesWhileTyping() {
        EditSegment edit = EditSegment.of(map, new Segment("seg-new", "First-timers", "", "#1f77b4"));
        assertThat(edit.description()).isEqualTo("Edit segment 'New customers'");
        JourneyMap after = UndoRoundTrip.check(map, edit);
        assertThat(after.segment("seg-new")).map(Segment::name).contains("First-timers");
        MapCommandAssert.mergesExactly(map, edit, EditSegment.of(map, new Segment("seg-new", "First", "", "#000000")));
        assertThat(edit.mergeWith(EditSegment.of(map, new Segment("seg-regular", "R", "", null)))).isEmpty();
    }

    @Test
    void removeSegmentTakesItsRatingsAndPersonaLinksAndUndoRestoresThem() {
        RemoveSegment remove = RemoveSegment.of(map, "seg-regular");
        assertThat(remove.description()).startsWith("Delete segment 'Regulars' and its ratings of ");
        JourneyMap after = UndoRoundTrip.check(map, remove);
        assertThat(after.segments()).extracting(Segment::id).containsExactly("seg-new");
        assertThat(after.touchpoints()).allSatisfy(tp -> assertThat(tp.satisfaction()).containsOnlyKeys("seg-new"));
        assertThat(after.personas()).extracting(Persona::segmentId).containsExactly("seg-new", null);
    }

    @Test
    void addEditAndRemovePersona() {
        Persona cleo = new Persona("p-cleo", "Cleo", "Gift buyer", "#17becf", "seg-new");
        JourneyMap added = UndoRoundTrip.check(map, AddPersona.of(cleo, 0));
        assertThat(added.personas().get(0)).isEqualTo(cleo);

        Persona renamed = new Persona("p-cleo", "Cleo B.", "Gift buyer", "#17becf", "seg-regular");
        JourneyMap edited = UndoRoundTrip.check(added, EditPersona.of(added, renamed));
        assertThat(edited.personas().get(0)).isEqualTo(renamed);

        RemovePersona remove = RemovePersona.of(edited, "p-cleo");
        assertThat(remove.description()).isEqualTo("Delete persona 'Cleo B.'");
        assertThat(UndoRoundTrip.check(edited, remove).personas()).isEqualTo(map.personas());
    }

    @Test
    void aPersonaMayNotStandForASegmentThatIsNotThere() {
        Document document = new Document(map);
        Persona lost = new Persona("p-ben", "Ben", "", null, "seg-none");
        assertThatThrownBy(() -> document.execute(EditPersona.of(map, lost)))
                .isInstanceOf(CommandFailedException.class).hasMessageContaining("segment 'seg-none'");
        assertThat(document.map()).isEqualTo(map);
    }

    @Test
    void segmentsAndPersonasAreReorderedAndRepeatedMovesAreOneStep() {
        MoveSegment move = MoveSegment.of(map, "seg-regular", 0);
        assertThat(move.description()).isEqualTo("Move segment 'Regulars'");
        assertThat(UndoRoundTrip.check(map, move).segments()).extracting(Segment::id)
                .containsExactly("seg-regular", "seg-new");
        MapCommandAssert.mergesExactly(map, move, MoveSegment.of(map, "seg-regular", 1));
        assertThatThrownBy(() -> MoveSegment.of(map, "seg-regular", 2).apply(map)).hasMessageContaining("use 0 to 1");

        MovePersona first = MovePersona.of(map, "p-ben", 0);
        assertThat(UndoRoundTrip.check(map, first).personas()).extracting(Persona::id).containsExactly("p-ben", "p-ana");
        assertThat(first.mergeWith(MovePersona.of(map, "p-ana", 1))).isEmpty();
    }

    @Test
    void removingASegmentKeepsTheDetailsOfThePersonaThatStoodForIt() {
        Persona ana = map.personas().get(0).withQuote("Quick, please").withGoals(java.util.List.of("Pay once"));
        JourneyMap detailed = EditPersona.of(map, ana).apply(map);
        JourneyMap after = UndoRoundTrip.check(detailed, RemoveSegment.of(detailed, "seg-new"));
        assertThat(after.personas().get(0)).isEqualTo(ana.withSegmentId(null));
    }
}

package org.journeystudio.edit.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.Persona;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/** The kinds of element a merge goes through, each with its list in a map. */
public enum ElementKind {
    PROJECT(null, null, null),
    SEGMENT(JourneyMap::segments, (map, list) -> map.withSegments(cast(list)), e -> ((Segment) e).id()),
    STAGE(JourneyMap::stages, (map, list) -> map.withStages(cast(list)), e -> ((Stage) e).id()),
    LANE(JourneyMap::lanes, (map, list) -> map.withLanes(cast(list)), e -> ((Lane) e).id()),
    PERSONA(JourneyMap::personas, (map, list) -> map.withPersonas(cast(list)), e -> ((Persona) e).id()),
    OPPORTUNITY(JourneyMap::opportunities, (map, list) -> map.withOpportunities(cast(list)),
            e -> ((Opportunity) e).id()),
    TOUCHPOINT(JourneyMap::touchpoints, (map, list) -> map.withTouchpoints(cast(list)), e -> ((Touchpoint) e).id());

    private final Function<JourneyMap, List<? extends Record>> list;
    private final BiFunction<JourneyMap, List<Record>, JourneyMap> withList;
    private final Function<Record, String> id;

    ElementKind(Function<JourneyMap, List<? extends Record>> list, BiFunction<JourneyMap, List<Record>, JourneyMap>
            withList, Function<Record, String> id) {
        this.list = list;
        this.withList = withList;
        this.id = id;
    }

    List<Record> of(JourneyMap map) {
        return new ArrayList<>(list.apply(map));
    }

    JourneyMap with(JourneyMap map, List<Record> elements) {
        return withList.apply(map, elements);
    }

    String idOf(Record element) {
        return id.apply(element);
    }

    /** The element kinds in the order a merge takes them: what others point at before what points at it. */
    static List<ElementKind> elements() {
        return List.of(SEGMENT, STAGE, LANE, PERSONA, OPPORTUNITY, TOUCHPOINT);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<Record> list) {
        return (List<T>) (List<?>) list;
    }
}

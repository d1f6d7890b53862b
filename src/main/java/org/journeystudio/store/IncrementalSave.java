package org.journeystudio.store;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.Persona;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * Brings a stored project up to date with a newer map by writing only the rows that differ. The order of
 * writes follows the foreign keys: elements others point at are added before and removed after their users.
 */
final class IncrementalSave {
    private final ProjectRows rows;

    IncrementalSave(ProjectRows rows) {
        this.rows = rows;
    }

    /** Writes {@code wanted} over {@code stored}; a {@code null} stored map means the project is new. */
    void write(JourneyMap stored, JourneyMap wanted) throws SQLException {
        if (stored == null) {
            rows.insertProject(wanted);
            stored = new JourneyMap(wanted.id(), wanted.title(), "", "", null, null, null,
                    null, null, null, null, null);
        } else if (projectRowDiffers(stored, wanted)) {
            rows.updateProject(wanted);
        }
        addOrChange(stored.segments(), wanted.segments(), Segment::id, rows.segments);
        addOrChange(stored.stages(), wanted.stages(), Stage::id, rows.stages);
        addOrChange(stored.lanes(), wanted.lanes(), Lane::id, rows.lanes);
        addOrChange(stored.personas(), wanted.personas(), Persona::id, rows.personas);
        List<Opportunity> storedOpportunities = rows.opportunities.inTable(stored.opportunities());
        addOrChange(storedOpportunities, wanted.opportunities(), Opportunity::id, rows.opportunities);
        removeMissing(stored.touchpoints(), wanted.touchpoints(), Touchpoint::id, rows.touchpoints);
        addOrChange(stored.touchpoints(), wanted.touchpoints(), Touchpoint::id, IncrementalSave::sameTouchpoint,
                rows.touchpoints);
        removeMissing(storedOpportunities, wanted.opportunities(), Opportunity::id, rows.opportunities);
        removeMissing(stored.personas(), wanted.personas(), Persona::id, rows.personas);
        removeMissing(stored.segments(), wanted.segments(), Segment::id, rows.segments);
        removeMissing(stored.stages(), wanted.stages(), Stage::id, rows.stages);
        removeMissing(stored.lanes(), wanted.lanes(), Lane::id, rows.lanes);
        if (!stored.scenarios().equals(wanted.scenarios())) {
            rows.replaceScenarios(wanted);
        }
    }

    private static boolean projectRowDiffers(JourneyMap stored, JourneyMap wanted) {
        return !(stored.title().equals(wanted.title())
                && stored.description().equals(wanted.description())
                && stored.scenario().equals(wanted.scenario())
                && stored.created().equals(wanted.created())
                && stored.modified().equals(wanted.modified())
                && stored.scale() == wanted.scale());
    }

    /** Equal touchpoints may still list their ratings in another order, which the library keeps too. */
    private static boolean sameTouchpoint(Touchpoint a, Touchpoint b) {
        return a.equals(b)
                && List.copyOf(a.satisfaction().entrySet()).equals(List.copyOf(b.satisfaction().entrySet()));
    }

    private static <T> void addOrChange(List<T> stored, List<T> wanted, Function<T, String> id, ElementRows<T> rows)
            throws SQLException {
        addOrChange(stored, wanted, id, Objects::equals, rows);
    }

    private static <T> void addOrChange(List<T> stored, List<T> wanted, Function<T, String> id,
                                        BiPredicate<T, T> same, ElementRows<T> rows) throws SQLException {
        Map<String, Integer> storedPositions = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            storedPositions.put(id.apply(stored.get(i)), i);
        }
        for (int position = 0; position < wanted.size(); position++) {
            T element = wanted.get(position);
            Integer oldPosition = storedPositions.get(id.apply(element));
            if (oldPosition == null) {
                rows.insert(position, element);
            } else {
                T old = stored.get(oldPosition);
                if (oldPosition != position || !same.test(old, element)) {
                    rows.update(oldPosition, position, old, element);
                }
            }
        }
    }

    private static <T> void removeMissing(List<T> stored, List<T> wanted, Function<T, String> id,
                                          ElementRows<T> rows) throws SQLException {
        Set<String> kept = new HashSet<>();
        for (T element : wanted) {
            kept.add(id.apply(element));
        }
        for (T element : stored) {
            if (!kept.contains(id.apply(element))) {
                rows.delete(id.apply(element));
            }
        }
    }
}

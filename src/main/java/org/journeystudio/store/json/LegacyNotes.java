package org.journeystudio.store.json;

import java.util.ArrayList;
import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.Touchpoint;

/**
 * The opportunity notes of touchpoints written before format 6, turned into the map's opportunities as they are
 * read: the {@code n}th note of touchpoint {@code t} becomes opportunity {@link Opportunity#noteId} with the note's
 * text as its title, linked to {@code t}.
 */
final class LegacyNotes {
    private final List<Opportunity> found = new ArrayList<>();

    /** The ids the touchpoint links to: those it named, then its notes' new ids. */
    List<String> ids(String touchpointId, OpportunitiesJson.Links links) {
        List<String> ids = new ArrayList<>(links.ids());
        for (int i = 0; i < links.notes().size(); i++) {
            OpportunitiesJson.Note note = links.notes().get(i);
            Opportunity o = Opportunity.idea(Opportunity.noteId(touchpointId, i + 1), note.text(), note.evidence());
            found.add(o);
            ids.add(o.id());
        }
        return ids;
    }

    /** {@code named} followed by every note read so far whose id it does not have. */
    List<Opportunity> after(List<Opportunity> named) {
        List<Opportunity> all = new ArrayList<>(named);
        for (Opportunity o : found) {
            if (all.stream().noneMatch(n -> n.id().equals(o.id()))) {
                all.add(o);
            }
        }
        return all;
    }

    List<Opportunity> found() {
        return List.copyOf(found);
    }

    /**
     * Whether the map's opportunities say no more than notes did, so the file can keep the layout earlier studios
     * read: each only a title and evidence, linked to one touchpoint as a whole under the id its note would get
     * there, in the order the file lists those touchpoints (the shown scenario's, then the others').
     */
    static boolean expressible(JourneyMap map) {
        if (!map.opportunities().stream().allMatch(LegacyNotes::bare)) {
            return false;
        }
        List<String> named = new ArrayList<>();
        List<Touchpoint> inFileOrder = new ArrayList<>(map.touchpoints());
        map.scenarios().stored().values().forEach(inFileOrder::addAll);
        for (Touchpoint t : inFileOrder) {
            if (t.painPoints().stream().anyMatch(p -> !p.opportunityIds().isEmpty())) {
                return false;
            }
            for (int i = 0; i < t.opportunityIds().size(); i++) {
                if (!t.opportunityIds().get(i).equals(Opportunity.noteId(t.id(), i + 1))) {
                    return false;
                }
                named.add(t.opportunityIds().get(i));
            }
        }
        return named.equals(map.opportunities().stream().map(Opportunity::id).toList());
    }

    private static boolean bare(Opportunity o) {
        return o.equals(Opportunity.idea(o.id(), o.title(), o.evidence()));
    }
}

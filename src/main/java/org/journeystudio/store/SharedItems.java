package org.journeystudio.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.journeystudio.edit.command.RemoveOpportunity;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Persona;
import org.journeystudio.model.SharedContent;
import org.journeystudio.model.SharedItem;
import org.journeystudio.model.SharedKind;
import org.journeystudio.model.Touchpoint;

/**
 * The library's shared personas, pain points and opportunities (schema 13): each use is a row of its project, and
 * rows with the same shared id are one item. Every call is one transaction of the library; what it changes in a
 * project is saved like any edit (row versions raised, other studios told), so open editors see it.
 */
public final class SharedItems {
    private final JdbcLibrary library;

    SharedItems(JdbcLibrary library) {
        this.library = library;
    }

    /** Every persona, pain point and opportunity of every project, shared or not, by kind, text and project. */
    public List<LibraryItem> list() {
        return library.inTransaction(Messages.text("storage.action.listItems"), () -> {
            List<LibraryItem> items = new ArrayList<>();
            read(items, SharedKind.PERSONA, "SELECT i.project_id, p.title, i.id, -1, i.name, '', i.shared_id "
                    + "FROM persona i JOIN project p ON p.id = i.project_id");
            read(items, SharedKind.PAIN_POINT, "SELECT i.project_id, p.title, i.touchpoint_id, i.position, i.body, "
                    + "t.title, i.shared_id FROM touchpoint_pain_point i JOIN project p ON p.id = i.project_id "
                    + "JOIN touchpoint t ON t.project_id = i.project_id AND t.id = i.touchpoint_id");
            read(items, SharedKind.OPPORTUNITY, "SELECT i.project_id, p.title, i.id, -1, i.title, '', i.shared_id "
                    + "FROM opportunity i JOIN project p ON p.id = i.project_id");
            items.sort(java.util.Comparator.comparing(LibraryItem::kind)
                    .thenComparing(i -> i.text().toLowerCase(java.util.Locale.ROOT))
                    .thenComparing(LibraryItem::projectTitle));
            return items;
        });
    }

    private void read(List<LibraryItem> into, SharedKind kind, String query) throws SQLException {
        PreparedStatement statement = library.statements().prepare(query);
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                into.add(new LibraryItem(kind, row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
                        row.getString(5), row.getString(6), row.getString(7)));
            }
        }
    }

    /** The titles of the projects that use the shared item, in title order. */
    public List<String> projectsUsing(SharedKind kind, String sharedId) {
        return library.inTransaction(Messages.text("storage.action.findUses." + key(kind)), () -> {
            List<String> titles = new ArrayList<>();
            for (String id : projectIdsUsing(kind, sharedId)) {
                titles.add(library.storedMap(id).title());
            }
            titles.sort(String.CASE_INSENSITIVE_ORDER);
            return titles;
        });
    }

    private List<String> projectIdsUsing(SharedKind kind, String sharedId) throws SQLException {
        String table = switch (kind) {
            case PERSONA -> "SELECT DISTINCT project_id FROM persona WHERE shared_id = ? ORDER BY project_id";
            case PAIN_POINT -> "SELECT DISTINCT project_id FROM touchpoint_pain_point WHERE shared_id = ? "
                    + "ORDER BY project_id";
            case OPPORTUNITY -> "SELECT DISTINCT project_id FROM opportunity WHERE shared_id = ? ORDER BY project_id";
        };
        PreparedStatement statement = library.statements().prepare(table);
        statement.setString(1, sharedId);
        List<String> ids = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                ids.add(row.getString(1));
            }
        }
        return ids;
    }

    /**
     * Puts a linked copy of {@code source} into another project: a persona or opportunity at the end of its list
     * (a persona without a segment, an opportunity without links: those are each map's own), a pain point at the
     * end of the card {@code touchpointId}. An item not shared yet becomes shared by this. Returns the copy.
     */
    public LibraryItem shareInto(LibraryItem source, String projectId, String touchpointId) {
        return library.inTransaction(Messages.text("storage.action.share." + key(source.kind()), source.text()), () -> {
            if (source.projectId().equals(projectId)) {
                throw new LibraryException(Messages.text("library.alreadyInJourney", source.text()));
            }
            JourneyMap from = library.storedMap(source.projectId());
            String sharedId = source.sharedId() != null ? source.sharedId() : SharedItem.newId();
            JourneyMap target = library.storedMap(projectId);
            if (source.sharedId() != null && projectIdsUsing(source.kind(), sharedId).contains(projectId)) {
                throw new LibraryException(Messages.text("library.alreadyUsedIn", source.text(), target.title()));
            }
            if (source.sharedId() == null) {
                library.rewrite(withSharedId(from, source, sharedId));
            }
            LibraryItem copy = switch (source.kind()) {
                case PERSONA -> {
                    Persona added = SharedContent.copy(persona(from, source).withSharedId(sharedId));
                    library.rewrite(target.withPersonas(plus(target.personas(), added)));
                    yield use(source, target, added.id(), -1, "", sharedId);
                }
                case OPPORTUNITY -> {
                    Opportunity added = SharedContent.copy(opportunity(from, source).withSharedId(sharedId));
                    library.rewrite(target.withOpportunities(plus(target.opportunities(), added)));
                    yield use(source, target, added.id(), -1, "", sharedId);
                }
                case PAIN_POINT -> {
                    PainPoint added = SharedContent.copy(painPoint(from, source).withSharedId(sharedId));
                    Touchpoint card = target.touchpoint(touchpointId == null ? "" : touchpointId).orElseThrow(
                            () -> new LibraryException(Messages.text("library.chooseCardIn", target.title(),
                                    source.text())));
                    library.rewrite(target.withTouchpoint(card.toBuilder()
                            .painPoints(plus(card.painPoints(), added)).build()));
                    yield use(source, target, card.id(), card.painPoints().size(), card.title(), sharedId);
                }
            };
            return copy;
        });
    }

    /**
     * The item as its project holds it, shared: one not shared yet gets a shared id in its project now. What a
     * studio adds to the journey it has open, as an undoable edit of its own, is a copy of this.
     */
    public Record sharedSource(LibraryItem item) {
        return library.inTransaction(Messages.text("storage.action.share." + key(item.kind()), item.text()), () -> {
            JourneyMap from = library.storedMap(item.projectId());
            String sharedId = item.sharedId();
            if (sharedId == null) {
                sharedId = SharedItem.newId();
                from = withSharedId(from, item, sharedId);
                library.rewrite(from);
            }
            return switch (item.kind()) {
                case PERSONA -> persona(from, item);
                case PAIN_POINT -> painPoint(from, item);
                case OPPORTUNITY -> opportunity(from, item);
            };
        });
    }

    private static LibraryItem use(LibraryItem source, JourneyMap target, String id, int position, String card,
                                   String sharedId) {
        return new LibraryItem(source.kind(), target.id(), target.title(), id, position, source.text(), card,
                sharedId);
    }

    /**
     * Makes the items one shared item, with the content of {@code chosen} (each keeps its project's own id, a
     * persona its segment, an opportunity and a pain point their links). Items already shared bring every other
     * use of theirs along. Returns the shared id.
     */
    public String merge(List<LibraryItem> items, LibraryItem chosen) {
        return library.inTransaction(Messages.text("storage.action.merge." + key(chosen.kind()), items.size()), () -> {
            if (items.stream().noneMatch(chosen::sameUse)) {
                throw new IllegalArgumentException("The chosen item must be one of those merged");
            }
            Set<String> projects = new LinkedHashSet<>();
            Set<String> formerIds = new LinkedHashSet<>();
            for (LibraryItem item : items) {
                if (item.kind() != chosen.kind()) {
                    throw new LibraryException(Messages.text("library.mergeOneKind"));
                }
                if (item.sharedId() != null) {
                    formerIds.add(item.sharedId());
                }
            }
            Map<String, List<String>> formerUses = new LinkedHashMap<>();
            for (String former : formerIds) {
                formerUses.put(former, projectIdsUsing(chosen.kind(), former));
                projects.addAll(formerUses.get(former));
            }
            for (LibraryItem item : items) {
                for (LibraryItem group : items) {
                    // A shared item brings all its uses: none may sit in the journey of another item merged.
                    if (group.sharedId() != null && !group.sharedId().equals(item.sharedId())
                            && formerUses.get(group.sharedId()).contains(item.projectId())) {
                        throw new LibraryException(Messages.text("library.mergeSameJourney", group.text(),
                                item.text(), item.projectTitle()));
                    }
                }
            }
            Map<String, LibraryItem> byProject = new LinkedHashMap<>();
            for (LibraryItem item : items) {
                LibraryItem other = byProject.put(item.projectId(), item);
                if ((other != null && !other.sameUse(item))) {
                    throw new LibraryException(Messages.text("library.mergeSameJourney", other.text(), item.text(),
                            item.projectTitle()));
                }
                projects.add(item.projectId());
            }
            String sharedId = chosen.sharedId() != null ? chosen.sharedId() : SharedItem.newId();
            JourneyMap chosenMap = library.storedMap(chosen.projectId());
            UnaryOperator<JourneyMap> merged = mergedInto(chosen, chosenMap, sharedId, formerIds, byProject);
            for (String projectId : projects) {
                library.rewrite(merged.apply(library.storedMap(projectId)));
            }
            return sharedId;
        });
    }

    /** A project's map with the merged items (listed ones and former shared ones) carrying the chosen content. */
    private UnaryOperator<JourneyMap> mergedInto(LibraryItem chosen, JourneyMap chosenMap, String sharedId,
                                                 Set<String> formerIds, Map<String, LibraryItem> byProject) {
        return map -> {
            JourneyMap marked = map;
            LibraryItem listed = byProject.get(map.id());
            if (listed != null) {
                marked = withSharedId(marked, listed, sharedId);
            }
            for (String former : formerIds) {
                marked = withSharedIdReplaced(marked, chosen.kind(), former, sharedId);
            }
            return switch (chosen.kind()) {
                case PERSONA -> SharedContent.spread(marked, persona(chosenMap, chosen).withSharedId(sharedId));
                case PAIN_POINT -> SharedContent.spread(marked, painPoint(chosenMap, chosen).withSharedId(sharedId));
                case OPPORTUNITY -> SharedContent.spread(marked,
                        opportunity(chosenMap, chosen).withSharedId(sharedId));
            };
        };
    }

    /**
     * Removes the shared item from every project that uses it (its links in each map go with it). Returns the
     * titles of the projects it was removed from.
     */
    public List<String> removeEverywhere(SharedKind kind, String sharedId) {
        return library.inTransaction(Messages.text("storage.action.removeShared." + key(kind)), () -> {
            List<String> titles = new ArrayList<>();
            for (String projectId : projectIdsUsing(kind, sharedId)) {
                JourneyMap map = library.storedMap(projectId);
                library.rewrite(without(map, kind, sharedId));
                titles.add(map.title());
            }
            return titles;
        });
    }

    /** {@code map} without the uses of the shared item; an opportunity's links go with it. */
    static JourneyMap without(JourneyMap map, SharedKind kind, String sharedId) {
        return switch (kind) {
            case PERSONA -> map.withPersonas(map.personas().stream()
                    .filter(p -> !sharedId.equals(p.sharedId())).toList());
            case PAIN_POINT -> map.withTouchpoints(map.touchpoints().stream().map(t -> t.toBuilder()
                    .painPoints(t.painPoints().stream().filter(p -> !sharedId.equals(p.sharedId())).toList())
                    .build()).toList());
            case OPPORTUNITY -> {
                JourneyMap left = map;
                for (Opportunity o : map.opportunities()) {
                    if (sharedId.equals(o.sharedId())) {
                        left = RemoveOpportunity.of(left, o.id()).apply(left);
                    }
                }
                yield left;
            }
        };
    }

    /**
     * Writes the shared items that the save from {@code before} to {@code after} edited into every other project
     * that uses them, in the save's transaction.
     */
    void spread(JourneyMap before, JourneyMap after) throws SQLException {
        SharedContent.Edited edited = SharedContent.edited(before, after);
        if (edited.isEmpty()) {
            return;
        }
        Map<String, UnaryOperator<JourneyMap>> changes = new LinkedHashMap<>();
        for (Persona p : edited.personas()) {
            plan(changes, after.id(), SharedKind.PERSONA, p.sharedId(), map -> SharedContent.spread(map, p));
        }
        for (PainPoint p : edited.painPoints()) {
            plan(changes, after.id(), SharedKind.PAIN_POINT, p.sharedId(), map -> SharedContent.spread(map, p));
        }
        for (Opportunity o : edited.opportunities()) {
            plan(changes, after.id(), SharedKind.OPPORTUNITY, o.sharedId(), map -> SharedContent.spread(map, o));
        }
        for (Map.Entry<String, UnaryOperator<JourneyMap>> change : changes.entrySet()) {
            library.rewrite(change.getValue().apply(library.storedMap(change.getKey())));
        }
    }

    private void plan(Map<String, UnaryOperator<JourneyMap>> changes, String savedId, SharedKind kind,
                      String sharedId, UnaryOperator<JourneyMap> change) throws SQLException {
        for (String projectId : projectIdsUsing(kind, sharedId)) {
            if (!projectId.equals(savedId)) {
                changes.merge(projectId, change, (first, second) -> map -> second.apply(first.apply(map)));
            }
        }
    }

    private static JourneyMap withSharedId(JourneyMap map, LibraryItem item, String sharedId) {
        return switch (item.kind()) {
            case PERSONA -> map.withPersonas(map.personas().stream()
                    .map(p -> p.id().equals(item.id()) ? p.withSharedId(sharedId) : p).toList());
            case OPPORTUNITY -> map.withOpportunities(map.opportunities().stream()
                    .map(o -> o.id().equals(item.id()) ? o.withSharedId(sharedId) : o).toList());
            case PAIN_POINT -> {
                Touchpoint card = card(map, item);
                List<PainPoint> pains = new ArrayList<>(card.painPoints());
                pains.set(item.position(), pains.get(item.position()).withSharedId(sharedId));
                yield map.withTouchpoint(card.toBuilder().painPoints(pains).build());
            }
        };
    }

    private static JourneyMap withSharedIdReplaced(JourneyMap map, SharedKind kind, String former, String now) {
        return switch (kind) {
            case PERSONA -> map.withPersonas(map.personas().stream()
                    .map(p -> former.equals(p.sharedId()) ? p.withSharedId(now) : p).toList());
            case OPPORTUNITY -> map.withOpportunities(map.opportunities().stream()
                    .map(o -> former.equals(o.sharedId()) ? o.withSharedId(now) : o).toList());
            case PAIN_POINT -> map.withTouchpoints(map.touchpoints().stream().map(t -> t.toBuilder()
                    .painPoints(t.painPoints().stream()
                            .map(p -> former.equals(p.sharedId()) ? p.withSharedId(now) : p).toList())
                    .build()).toList());
        };
    }

    private static Persona persona(JourneyMap map, LibraryItem item) {
        return map.personas().stream().filter(p -> p.id().equals(item.id())).findFirst()
                .orElseThrow(() -> gone(map, item));
    }

    private static Opportunity opportunity(JourneyMap map, LibraryItem item) {
        return map.opportunity(item.id()).orElseThrow(() -> gone(map, item));
    }

    private static PainPoint painPoint(JourneyMap map, LibraryItem item) {
        Touchpoint card = card(map, item);
        if (item.position() < 0 || item.position() >= card.painPoints().size()
                || !card.painPoints().get(item.position()).text().equals(item.text())) {
            throw gone(map, item);
        }
        return card.painPoints().get(item.position());
    }

    private static Touchpoint card(JourneyMap map, LibraryItem item) {
        return map.touchpoint(item.id()).orElseThrow(() -> gone(map, item));
    }

    private static LibraryException gone(JourneyMap map, LibraryItem item) {
        return new LibraryException(Messages.text("library.itemGone", item.text(), map.title()));
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(item);
        return more;
    }

    /** The last part of an action's key for a kind ({@code storage.action.share.pain_point}). */
    private static String key(SharedKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.journeystudio.edit.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.journeystudio.model.JourneyMap;

/**
 * The three-way merge of two edits of one map, element by element and field by field: a field only they changed is
 * theirs, one only I changed is mine, one both changed to the same value is that value, and one both changed to
 * different values is a {@link FieldConflict} that keeps their value until the user picks mine
 * ({@link #with(JourneyMap, FieldConflict, Object)}). An element one side deleted and the other changed is a conflict
 * about the whole element.
 */
public final class FieldMerge {
    private static final List<String> PROJECT_FIELDS = List.of("title", "description", "scenario", "scale",
            "scenarios");

    private FieldMerge() {
    }

    /** The merged map and the conflicts in it. */
    public record Result(JourneyMap merged, List<FieldConflict> conflicts) {
        public Result {
            conflicts = List.copyOf(conflicts);
        }
    }

    public static Result merge(JourneyMap base, JourneyMap mine, JourneyMap theirs) {
        List<FieldConflict> conflicts = new ArrayList<>();
        JourneyMap merged = theirs;
        for (String field : PROJECT_FIELDS) {
            Object b = value(base, field);
            Object m = value(mine, field);
            Object t = value(theirs, field);
            if (!Objects.equals(m, b) && !Objects.equals(m, t)) {
                if (Objects.equals(t, b)) {
                    merged = RecordFields.with(merged, field, m);
                } else {
                    conflicts.add(new FieldConflict(ElementKind.PROJECT, base.id(), field, b, m, t));
                }
            }
        }
        for (ElementKind kind : ElementKind.elements()) {
            List<Record> elements = ListMerge.merge(kind.of(base), kind.of(mine), kind.of(theirs), kind::idOf,
                    (b, m, t) -> element(kind, b, m, t, conflicts));
            merged = kind.with(merged, elements);
        }
        return new Result(merged, conflicts);
    }

    /** {@code map} with the conflict's field (or whole element) set to {@code value}: mine, theirs or the base's. */
    public static JourneyMap with(JourneyMap map, FieldConflict conflict, Object value) {
        if (conflict.kind() == ElementKind.PROJECT) {
            return RecordFields.with(map, conflict.field(), value);
        }
        ElementKind kind = conflict.kind();
        List<Record> elements = kind.of(map);
        int at = -1;
        for (int i = 0; i < elements.size(); i++) {
            at = kind.idOf(elements.get(i)).equals(conflict.elementId()) ? i : at;
        }
        if (conflict.aboutDeletion()) {
            if (at >= 0) {
                elements.remove(at);
            }
            if (value != null) {
                elements.add(at >= 0 ? at : elements.size(), (Record) value);
            }
        } else if (at >= 0) {
            elements.set(at, RecordFields.with(elements.get(at), conflict.field(), value));
        }
        return kind.with(map, elements);
    }

    private static Record element(ElementKind kind, Record b, Record m, Record t, List<FieldConflict> conflicts) {
        if (b == null) {
            // Added here or there; the same id added on both sides (ids are random, so only a paste of the same
            // cards) keeps theirs and asks.
            if (m != null && t != null && !m.equals(t)) {
                conflicts.add(new FieldConflict(kind, kind.idOf(t), FieldConflict.WHOLE, null, m, t));
            }
            return t != null ? t : m;
        }
        if (m == null || t == null) {
            Record kept = m == null ? t : m;
            if (kept == null || kept.equals(b)) {
                return null;
            }
            conflicts.add(new FieldConflict(kind, kind.idOf(b), FieldConflict.WHOLE, b, m, t));
            return t;
        }
        return RecordFields.merge(kind, b, m, t, conflicts);
    }

    private static Object value(JourneyMap map, String field) {
        for (var component : JourneyMap.class.getRecordComponents()) {
            if (component.getName().equals(field)) {
                return RecordFields.value(component, map);
            }
        }
        throw new IllegalArgumentException("A journey map has no field " + field);
    }
}

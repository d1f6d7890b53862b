package org.journeystudio.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.compare.FieldChange;
import org.journeystudio.compare.MapComparison;
import org.journeystudio.compare.StageEmotion;
import org.journeystudio.compare.TouchpointChange;
import org.journeystudio.i18n.Messages;

/**
 * The change list of a comparison grouped by stage, as the compare view and its exports word it: each stage in
 * the new state's order (then the stages only the old state has), and in it the touchpoints added, changed
 * (moved, renamed, other fields) and removed, each field with its old and new text.
 */
public final class CompareChanges {
    /** What happened to a touchpoint; a changed one can be moved and renamed and have other fields changed. */
    public enum Kind {
        ADDED, REMOVED, MOVED, RENAMED, CHANGED
    }

    /** One touchpoint in the list: what happened to it, its title, and one line per changed field. */
    public record Entry(String touchpointId, List<Kind> kinds, String title, List<FieldChange> fields) {
        public Entry {
            kinds = List.copyOf(kinds);
            fields = List.copyOf(fields);
        }

        /** Each changed field as "Title: old → new". */
        public List<String> details() {
            return fields.stream().map(CompareChanges::detail).toList();
        }
    }

    /** The changes within one stage (named as in the new state where it has it). */
    public record StageChanges(String stage, List<Entry> entries) {
        public StageChanges {
            entries = List.copyOf(entries);
        }
    }

    private CompareChanges() {
    }

    public static List<StageChanges> of(MapComparison comparison) {
        Map<String, List<Entry>> byStage = new LinkedHashMap<>();
        comparison.stages().stream().map(StageEmotion::stage).forEach(s -> byStage.put(s, new ArrayList<>()));
        comparison.added().forEach(c -> into(byStage, c, List.of(Kind.ADDED)));
        comparison.changed().forEach(c -> into(byStage, c, kinds(c)));
        comparison.removed().forEach(c -> into(byStage, c, List.of(Kind.REMOVED)));
        List<StageChanges> stages = new ArrayList<>();
        byStage.forEach((stage, entries) -> {
            if (!entries.isEmpty()) {
                stages.add(new StageChanges(stage, entries));
            }
        });
        return stages;
    }

    private static void into(Map<String, List<Entry>> byStage, TouchpointChange change, List<Kind> kinds) {
        byStage.computeIfAbsent(change.stage(), s -> new ArrayList<>())
                .add(new Entry(change.id(), kinds, change.title(), change.fields()));
    }

    private static List<Kind> kinds(TouchpointChange change) {
        List<Kind> kinds = new ArrayList<>();
        if (change.moved()) {
            kinds.add(Kind.MOVED);
        }
        if (change.renamed()) {
            kinds.add(Kind.RENAMED);
        }
        if (change.fields().stream().anyMatch(f -> !List.of("stage", "lane", "title").contains(f.field()))) {
            kinds.add(Kind.CHANGED);
        }
        return kinds;
    }

    /** "Title: Pay → Pay in one tap", the field named as the inspector names it, in the language in use. */
    static String detail(FieldChange change) {
        return Messages.text("comparison.fieldChange", fieldLabel(change.field()), shown(change.before()),
                shown(change.after()));
    }

    private static String shown(String value) {
        return value.isBlank() ? Messages.text("comparison.none") : value.strip().replaceAll("\\s+", " ");
    }

    /** A field's name as the inspector labels it ("painPoints" is "Pain points"). */
    private static String fieldLabel(String field) {
        String key = "comparison.touchpointField." + field;
        if (Messages.has(key)) {
            return Messages.text(key);
        }
        return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}

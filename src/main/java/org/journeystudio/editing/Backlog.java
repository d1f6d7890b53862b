package org.journeystudio.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.OpportunityStatus;
import org.journeystudio.model.PriorityRule;
import org.journeystudio.model.Touchpoint;

/**
 * The backlog table's rows without JavaFX: the map's opportunities filtered, grouped by stage or owner and sorted
 * by a column, each with its priority by the rule. A group keeps the order of its first row's stage (journey
 * order) or owner (alphabetical); within a group the chosen column sorts, unrated values last, ties in map order.
 */
public final class Backlog {
    /** What the rows are grouped by. */
    public enum Grouping { NONE, STAGE, OWNER }

    /** The sortable columns. */
    public enum Column { TITLE, OWNER, STATUS, DUE, EFFORT, CUSTOMER_VALUE, BUSINESS_VALUE, PRIORITY }

    /**
     * @param text       shown rows hold this in their title, description, owner or stage names (any case); empty
     *                   for all
     * @param status     only this status, or null for all
     * @param grouping   how rows are grouped
     * @param sortBy     the column that orders rows within a group
     * @param descending highest first (unrated values stay last either way)
     */
    public record Query(String text, OpportunityStatus status, Grouping grouping, Column sortBy, boolean descending) {
        public static final Query DEFAULT = new Query("", null, Grouping.NONE, Column.PRIORITY, true);

        public Query {
            text = text == null ? "" : text.strip();
        }

        public Query sortedBy(Column column, boolean highestFirst) {
            return new Query(text, status, grouping, column, highestFirst);
        }

        public Query grouped(Grouping value) {
            return new Query(text, status, value, sortBy, descending);
        }

        public Query filtered(String value, OpportunityStatus onlyStatus) {
            return new Query(value, onlyStatus, grouping, sortBy, descending);
        }
    }

    /**
     * How many cards an opportunity addresses, itself or through a pain point, in every scenario: deleting it
     * takes all those links.
     */
    public static int cardsLinkedTo(JourneyMap map, String opportunityId) {
        long shown = map.touchpoints().stream().filter(t -> t.addressedBy(opportunityId)).count();
        long kept = map.scenarios().stored().values().stream().flatMap(List::stream)
                .filter(t -> t.addressedBy(opportunityId)).count();
        return (int) (shown + kept);
    }

    /** One row: its group's name (empty without grouping), the opportunity, the stages it addresses, its priority. */
    public record Row(String group, Opportunity opportunity, List<String> stages, Double priority) {
    }

    private Backlog() {
    }

    public static List<Row> rows(JourneyMap map, PriorityRule rule, Query query) {
        List<Touchpoint> inOrder = map.touchpointsInJourneyOrder();
        List<Row> rows = new ArrayList<>();
        for (Opportunity o : map.opportunities()) {
            List<String> stages = inOrder.stream().filter(t -> t.addressedBy(o.id()))
                    .map(t -> map.stage(t.stageId()).map(s -> s.name()).orElse("")).distinct().toList();
            Row row = new Row(group(query.grouping(), o, stages), o, stages, rule.priority(o));
            if (matches(row, query)) {
                rows.add(row);
            }
        }
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        groupOrder(map, query.grouping(), rows).forEach(g -> groups.put(g, new ArrayList<>()));
        rows.forEach(r -> groups.get(r.group()).add(r));
        List<Row> sorted = new ArrayList<>();
        groups.values().forEach(group -> {
            group.sort(order(query.sortBy(), query.descending()));
            sorted.addAll(group);
        });
        return sorted;
    }

    private static String group(Grouping grouping, Opportunity o, List<String> stages) {
        return switch (grouping) {
            case NONE -> "";
            case STAGE -> stages.isEmpty() ? "(no stage)" : stages.get(0);
            case OWNER -> o.owner().isEmpty() ? "(no owner)" : o.owner();
        };
    }

    private static List<String> groupOrder(JourneyMap map, Grouping grouping, List<Row> rows) {
        List<String> names = rows.stream().map(Row::group).distinct().toList();
        Comparator<String> order = switch (grouping) {
            case STAGE -> Comparator.comparingInt(name -> {
                int index = map.stages().stream().map(s -> s.name()).toList().indexOf(name);
                return index < 0 ? Integer.MAX_VALUE : index;
            });
            case OWNER -> Comparator.comparing((String name) -> name.startsWith("(")).thenComparing(
                    String.CASE_INSENSITIVE_ORDER);
            case NONE -> (a, b) -> 0;
        };
        return names.stream().sorted(order).toList();
    }

    private static boolean matches(Row row, Query query) {
        Opportunity o = row.opportunity();
        if (query.status() != null && o.status() != query.status()) {
            return false;
        }
        if (query.text().isEmpty()) {
            return true;
        }
        String wanted = query.text().toLowerCase(Locale.ROOT);
        return (o.title() + "\n" + o.description() + "\n" + o.owner() + "\n" + String.join("\n", row.stages()))
                .toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** The order within a group; unset values go last in both directions. */
    public static Comparator<Row> order(Column column, boolean descending) {
        return switch (column) {
            case TITLE -> text(r -> r.opportunity().title(), descending);
            case OWNER -> text(r -> r.opportunity().owner(), descending);
            case STATUS -> value(r -> r.opportunity().status(), descending);
            case DUE -> value(r -> r.opportunity().due(), descending);
            case EFFORT -> value(r -> r.opportunity().effort(), descending);
            case CUSTOMER_VALUE -> value(r -> r.opportunity().customerValue(), descending);
            case BUSINESS_VALUE -> value(r -> r.opportunity().businessValue(), descending);
            case PRIORITY -> value(Row::priority, descending);
        };
    }

    private static Comparator<Row> text(Function<Row, String> key, boolean descending) {
        Comparator<String> byText = String.CASE_INSENSITIVE_ORDER;
        return Comparator.comparing(key, descending ? byText.reversed() : byText);
    }

    private static <T extends Comparable<? super T>> Comparator<Row> value(Function<Row, T> key, boolean descending) {
        Comparator<T> natural = Comparator.naturalOrder();
        return Comparator.comparing(key, Comparator.nullsLast(descending ? natural.reversed() : natural));
    }
}

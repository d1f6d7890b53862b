package org.journeystudio.store.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeystudio.i18n.Messages;

/**
 * Which field each column of a touchpoint spreadsheet fills (or none: ignored). {@link #guess} reads it from the
 * header names; the column-mapping dialog changes it column by column with {@link #with}. Immutable.
 */
public final class SheetColumns {
    /** "Satisfaction: Regulars", "Satisfaction - Regulars", "Satisfaction (Regulars)", "CSAT Regulars", "CSAT". */
    private static final Pattern SATISFACTION = Pattern.compile(
            "(?is)\\s*(?:satisfaction|csat)\\b\\s*(?:[:\\-–]\\s*(.*)|\\((.*)\\)|(.*))");
    /** The segment of a satisfaction column whose header names none. */
    public static final String ALL_CUSTOMERS = "All customers";

    private final List<String> header;
    private final SheetField[] fields;

    private SheetColumns(List<String> header, SheetField[] fields) {
        this.header = List.copyOf(header);
        this.fields = fields;
    }

    /** The fields the header names: the first column a field's synonym names gets it, satisfaction columns all. */
    public static SheetColumns guess(List<String> header) {
        SheetField[] fields = new SheetField[header.size()];
        for (int i = 0; i < fields.length; i++) {
            SheetField guessed = guessed(header.get(i));
            if (guessed == null) {
                continue;
            }
            OptionalInt taken = indexOf(fields, guessed);
            // Two columns of the same name both get it, so the reader can refuse duplicate headers by name.
            if (guessed.repeats() || taken.isEmpty() || sameName(header.get(taken.getAsInt()), header.get(i))) {
                fields[i] = guessed;
            }
        }
        return new SheetColumns(header, fields);
    }

    private static SheetField guessed(String name) {
        for (SheetField field : SheetField.values()) {
            if (field.isNamedBy(name)) {
                return field;
            }
        }
        return SATISFACTION.matcher(name).matches() ? SheetField.SATISFACTION : null;
    }

    /** The same mapping but column {@code column} fills {@code field} (null: ignored), taking it from any other. */
    public SheetColumns with(int column, SheetField field) {
        SheetField[] changed = fields.clone();
        if (field != null && !field.repeats()) {
            for (int i = 0; i < changed.length; i++) {
                if (changed[i] == field) {
                    changed[i] = null;
                }
            }
        }
        changed[column] = field;
        return new SheetColumns(header, changed);
    }

    public List<String> header() {
        return header;
    }

    /** The field column {@code column} fills, or empty when it is ignored. */
    public Optional<SheetField> field(int column) {
        return Optional.ofNullable(fields[column]);
    }

    /** The column that fills {@code field} (the first, for satisfaction), or empty. */
    public OptionalInt columnOf(SheetField field) {
        return indexOf(fields, field);
    }

    /** The columns holding satisfaction, in order. */
    public List<Integer> satisfactionColumns() {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == SheetField.SATISFACTION) {
                columns.add(i);
            }
        }
        return columns;
    }

    /**
     * The segment a satisfaction column rates: its header without "Satisfaction:" or "CSAT", or the whole header
     * when the column was mapped by hand; {@value #ALL_CUSTOMERS} when that leaves nothing.
     */
    public String segmentName(int column) {
        String name = header.get(column);
        Matcher matcher = SATISFACTION.matcher(name);
        String segment = name;
        if (matcher.matches()) {
            segment = matcher.group(1) != null ? matcher.group(1)
                    : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
        }
        segment = segment.strip();
        return segment.isBlank() ? ALL_CUSTOMERS : segment;
    }

    /**
     * What keeps this mapping from making a map, in words for the user: Stage or Touchpoint not mapped, or
     * two mapped columns of the same name. Empty when it can be imported.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (SheetField field : SheetField.values()) {
            if (field.required() && columnOf(field).isEmpty()) {
                problems.add(Messages.text("imports.sheet.unmapped", field.label()));
            }
        }
        for (int i = 0; i < fields.length; i++) {
            for (int j = i + 1; j < fields.length; j++) {
                if (isDuplicate(i, j)) {
                    problems.add(Messages.text("imports.sheet.sameName", i + 1, j + 1,
                            header.get(i).strip()));
                }
            }
        }
        return problems;
    }

    /** The column {@link #problems()}'s first problem is in: the first for a missing field, else a duplicate's. */
    int problemColumn() {
        for (SheetField field : SheetField.values()) {
            if (field.required() && columnOf(field).isEmpty()) {
                return 1;
            }
        }
        for (int i = 0; i < fields.length; i++) {
            for (int j = i + 1; j < fields.length; j++) {
                if (isDuplicate(i, j)) {
                    return j + 1;
                }
            }
        }
        return 1;
    }

    private boolean isDuplicate(int i, int j) {
        return fields[i] != null && fields[j] != null && !header.get(i).isBlank()
                && sameName(header.get(i), header.get(j));
    }

    private static boolean sameName(String a, String b) {
        return SheetField.normalised(a).equals(SheetField.normalised(b));
    }

    private static OptionalInt indexOf(SheetField[] fields, SheetField field) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == field) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SheetColumns that && header.equals(that.header) && Arrays.equals(fields, that.fields);
    }

    @Override
    public int hashCode() {
        return header.hashCode() * 31 + Arrays.hashCode(fields);
    }

    @Override
    public String toString() {
        return "SheetColumns" + Arrays.toString(fields);
    }
}

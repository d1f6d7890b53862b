package org.journeystudio.edit.merge;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The fields of a model record, read and set by name: lets one three-way merge serve every kind of element (a
 * touchpoint's 20-odd fields and a lane's five) without a hand-written list that a new field would silently miss.
 */
final class RecordFields {
    private RecordFields() {
    }

    /**
     * Merges three versions of one element field by field; each field both changed differently is added to
     * {@code conflicts} and takes their value.
     */
    static <T extends Record> T merge(ElementKind kind, T base, T mine, T theirs, List<FieldConflict> conflicts) {
        if (mine.equals(theirs) || mine.equals(base)) {
            return theirs;
        }
        if (theirs.equals(base)) {
            return mine;
        }
        RecordComponent[] components = base.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        String id = (String) value(components[0], base);
        for (int i = 0; i < components.length; i++) {
            Object b = value(components[i], base);
            Object m = value(components[i], mine);
            Object t = value(components[i], theirs);
            if (Objects.equals(m, b) || Objects.equals(m, t)) {
                values[i] = t;
            } else if (Objects.equals(t, b)) {
                values[i] = m;
            } else {
                conflicts.add(new FieldConflict(kind, id, components[i].getName(), b, m, t));
                values[i] = t;
            }
        }
        return create(base, values);
    }

    /** {@code element} with its field {@code field} set to {@code value}. */
    static <T extends Record> T with(T element, String field, Object value) {
        RecordComponent[] components = element.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean found = false;
        for (int i = 0; i < components.length; i++) {
            found |= components[i].getName().equals(field);
            values[i] = components[i].getName().equals(field) ? value : value(components[i], element);
        }
        if (!found) {
            throw new IllegalArgumentException(element.getClass().getSimpleName() + " has no field " + field);
        }
        return create(element, values);
    }

    static Object value(RecordComponent component, Record element) {
        try {
            return component.getAccessor().invoke(element);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + element, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Record> T create(T like, Object[] values) {
        Class<?>[] types = Arrays.stream(like.getClass().getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            Constructor<?> canonical = like.getClass().getDeclaredConstructor(types);
            return (T) canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("Cannot rebuild " + like, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot rebuild " + like, e);
        }
    }
}

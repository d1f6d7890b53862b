package org.journeystudio.edit.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** New lists made from old ones by one insertion, removal, move or replacement: the model's lists are immutable. */
final class ListEdits {
    /** An index meaning "at the end of the list". */
    static final int END = Integer.MAX_VALUE;

    private ListEdits() {
    }

    static <T> List<T> inserted(List<T> list, int index, T element, String what) {
        int at = index == END ? list.size() : index;
        if (at < 0 || at > list.size()) {
            throw new IllegalArgumentException("Cannot insert " + what + " at position " + index
                    + ": use 0 to " + list.size());
        }
        List<T> copy = new ArrayList<>(list);
        copy.add(at, element);
        return copy;
    }

    /** The list with the one element matching {@code which} moved so that it ends up at {@code index}. */
    static <T> List<T> moved(List<T> list, Predicate<T> which, int index, String what) {
        int from = indexOf(list, which);
        int to = index == END ? list.size() - 1 : index;
        if (to < 0 || to >= list.size()) {
            throw new IllegalArgumentException("Cannot move " + what + " to position " + index
                    + ": use 0 to " + (list.size() - 1));
        }
        List<T> copy = new ArrayList<>(list);
        copy.add(to, copy.remove(from));
        return copy;
    }

    static <T> List<T> replaced(List<T> list, Predicate<T> which, Function<T, T> change) {
        return list.stream().map(e -> which.test(e) ? change.apply(e) : e).toList();
    }

    static <T> List<T> removed(List<T> list, Predicate<T> which) {
        return list.stream().filter(which.negate()).toList();
    }

    static <T> int indexOf(List<T> list, Predicate<T> which) {
        for (int i = 0; i < list.size(); i++) {
            if (which.test(list.get(i))) {
                return i;
            }
        }
        throw new IllegalStateException("Element not found; look it up with MapLookup first");
    }
}

package org.journeystudio.model;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the library's shared items have in common. A persona, pain point or opportunity shared between projects
 * keeps its own copy in every map that uses it, marked with the same shared id; the library writes an edit of one
 * copy to all of them (docs/decisions/0024-shared-library-items.md). A map that holds no shared id works as before.
 */
public final class SharedItem {
    /** A UUID, or what an older or hand-written file gives: letters, digits and hyphens. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private SharedItem() {
    }

    /** A new shared id, random so that items shared in different libraries never meet by chance. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** {@code value} stripped, null when blank; throws naming the rule when it is not an id. */
    static String checkedId(String value) {
        String id = Checks.optional(value);
        if (id != null && !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A shared id has only letters, digits and hyphens (at most 64), not '"
                    + id + "'");
        }
        return id;
    }

    /**
     * {@code now} with the shared ids that an edit in place dropped put back: an editor that rebuilds an item from
     * its fields (a pain point's text or severity) does not know the id. An item takes the id of the one it
     * replaced at the same position when neither of the two is found in the other list (a move or a removal leaves
     * every item as it was, an edit in place changes exactly one).
     */
    public static List<PainPoint> keptIds(List<PainPoint> old, List<PainPoint> now) {
        if (old.size() != now.size()) {
            return now;
        }
        List<PainPoint> kept = new java.util.ArrayList<>(now);
        for (int i = 0; i < now.size(); i++) {
            PainPoint was = old.get(i);
            PainPoint is = now.get(i);
            if (was.sharedId() != null && is.sharedId() == null && !old.contains(is) && !now.contains(was)) {
                kept.set(i, is.withSharedId(was.sharedId()));
            }
        }
        return kept;
    }
}

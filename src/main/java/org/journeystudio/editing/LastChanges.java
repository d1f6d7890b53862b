package org.journeystudio.editing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.journeystudio.store.RowVersion;
import org.journeystudio.store.RowVersions;

/**
 * Who changed each touchpoint of the open project last, and when, as the library last told this studio (on load,
 * after each save and each change taken in from others). Set and read on the document's thread.
 */
public final class LastChanges {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private final ZoneId zone;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private RowVersions rows;

    public LastChanges() {
        this(ZoneId.systemDefault());
    }

    public LastChanges(ZoneId zone) {
        this.zone = zone;
    }

    /** The versions now known; tells the listeners when they differ from before. */
    public void set(RowVersions now) {
        if (now == null || now.equals(rows)) {
            return;
        }
        rows = now;
        listeners.forEach(Runnable::run);
    }

    /** "changed by Ana, 5 Dec 10:02" for the touchpoint; empty when not known (a local library's old row). */
    public String ofTouchpoint(String touchpointId) {
        return rows == null ? "" : line(rows.touchpoint(touchpointId), zone);
    }

    /** "changed by Ana, 5 Dec 10:02" for the project as a whole; empty when not known. */
    public String ofProject() {
        return rows == null ? "" : line(rows.project(), zone);
    }

    /** Runs {@code listener} whenever the versions change; returns what removes it. */
    public Runnable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** "changed by Ana, 5 Dec 10:02", "changed by Ana" without a time, or empty without a name. */
    public static String line(String changedBy, Instant changedAt, ZoneId zone) {
        if (changedBy == null || changedBy.isBlank()) {
            return "";
        }
        return "changed by " + changedBy + (changedAt == null ? "" : ", " + WHEN.format(changedAt.atZone(zone)));
    }

    private static String line(RowVersion row, ZoneId zone) {
        return row == null ? "" : line(row.changedBy(), row.changedAt(), zone);
    }
}

package org.journeystudio.store.sheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeystudio.model.Ids;
import org.journeystudio.model.Segment;
import org.journeystudio.style.SegmentPalette;

/**
 * A segment per satisfaction column. Two segments of one name are written "Name (segment-id)" by the CSV export;
 * such a pair reads back as that name, each with its id.
 */
final class SheetSegments {
    private static final Pattern WITH_ID = Pattern.compile("(?s)(.*) \\(([^()\\s]+)\\)");

    private SheetSegments() {
    }

    static List<Segment> of(SheetColumns columns) {
        List<String> names = columns.satisfactionColumns().stream().map(columns::segmentName).toList();
        List<Segment> segments = new ArrayList<>();
        Set<String> colours = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (String name : names) {
            String shown = name;
            String id = null;
            Matcher matcher = WITH_ID.matcher(name);
            if (matcher.matches() && sharedBase(names, matcher.group(1)) && ids.add(matcher.group(2))) {
                shown = matcher.group(1);
                id = matcher.group(2);
            }
            String colour = SegmentPalette.next(colours, segments.size());
            colours.add(colour);
            segments.add(new Segment(id == null ? Ids.next("segment") : id, shown, "", colour));
        }
        return segments;
    }

    private static boolean sharedBase(List<String> names, String base) {
        return names.stream().filter(n -> n.startsWith(base + " (")).count() > 1;
    }
}

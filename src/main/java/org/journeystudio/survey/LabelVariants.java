package org.journeystudio.survey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The spellings found for one segment label, shown to people before they trust the merge.
 *
 * @param column    the segment column they were found in
 * @param label     the label the segment is shown with
 * @param spellings each raw spelling (untrimmed) and how many answers used it, in order first seen
 */
public record LabelVariants(String column, String label, Map<String, Long> spellings) {
    public LabelVariants {
        spellings = Collections.unmodifiableMap(new LinkedHashMap<>(spellings));
    }
}

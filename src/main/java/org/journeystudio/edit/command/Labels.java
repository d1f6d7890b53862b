package org.journeystudio.edit.command;

import java.util.Collection;
import java.util.Locale;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.LaneRole;
import org.journeystudio.model.LinkKind;
import org.journeystudio.model.Touchpoint;

/** Wording shared by command descriptions, so the Edit menu reads the same everywhere (in the language in use). */
final class Labels {
    private Labels() {
    }

    /** A name in the language's quotation marks: 'Pay', „Pay“, «Pay». */
    static String quoted(String name) {
        return Messages.text("edits.quoted", name == null || name.isBlank() ? Messages.text("edits.untitled") : name);
    }

    /** "'Pay'" for one touchpoint, "3 touchpoints" for several. */
    static String touchpoints(JourneyMap map, Collection<String> ids) {
        if (ids.size() == 1) {
            String id = ids.iterator().next();
            return quoted(map.touchpoint(id).map(Touchpoint::title).orElse(id));
        }
        return Messages.text("edits.touchpointCount", ids.size());
    }

    /** A connector's kind in lower case, as the middle of a sentence needs it: "loop back". */
    static String linkKind(LinkKind kind) {
        return byValue("edits.link.", kind);
    }

    /** A lane's blueprint role in lower case: "support processes". */
    static String laneRole(LaneRole role) {
        return byValue("edits.laneRole.", role);
    }

    /** The text under {@code prefix} named by an enum value: {@code edits.link.loop_back}. */
    static String byValue(String prefix, Enum<?> value) {
        String key = prefix + value.name().toLowerCase(Locale.ROOT);
        return Messages.text(key);
    }

    /** A touchpoint field's name for "Edit … of 'Pay'"; fields without a word of their own keep their name. */
    static String field(TouchpointField<?> field) {
        String key = "edits.field." + field.name().replace(' ', '_');
        return Messages.has(key) ? Messages.text(key) : field.name();
    }
}

package org.journeystudio.editing;

import java.util.Arrays;
import java.util.List;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.MoveTouchpoints;
import org.journeystudio.edit.command.RenameStage;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Channel;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;

/**
 * The commands an outline row's cell makes from what was typed or chosen: the same commands the inspector and
 * the canvas run (one undo step each), so every view of the map edits it the same way.
 */
public final class OutlineEdits {
    private OutlineEdits() {
    }

    /** A stage row's name. */
    public static MapCommand stageName(JourneyMap map, String stageId, String name) {
        return RenameStage.of(map, stageId, name.strip());
    }

    public static MapCommand title(JourneyMap map, String touchpointId, String title) {
        return TouchpointEdits.set(map, List.of(touchpointId), TouchpointField.TITLE, title.strip());
    }

    /** A new kind of channel; the card keeps its own channel name ("Instagram"). */
    public static MapCommand channel(JourneyMap map, String touchpointId, ChannelKind kind) {
        return TouchpointEdits.change(map, List.of(touchpointId), TouchpointField.CHANNEL,
                c -> new Channel(kind, c.detail()));
    }

    /** Moves the card to another card lane of its stage, after the cards there. */
    public static MapCommand lane(JourneyMap map, String touchpointId, String laneId) {
        Touchpoint card = map.touchpoint(touchpointId).orElseThrow();
        return MoveTouchpoints.of(map, java.util.Set.of(touchpointId), card.stageId(), laneId,
                MoveTouchpoints.AT_END);
    }

    /** Expectations typed as one line, separated by semicolons ("fast; friendly"). */
    public static MapCommand expectations(JourneyMap map, String touchpointId, String text) {
        List<String> items = Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return TouchpointEdits.set(map, List.of(touchpointId), TouchpointField.EXPECTATIONS, items);
    }

    /** What the expectations column shows: the expectations joined as they are typed. */
    public static String expectationsText(Touchpoint touchpoint) {
        return String.join("; ", touchpoint.expectations());
    }

    /** A new emotion score; the card keeps its own word for the feeling, if it has one. */
    public static MapCommand emotion(JourneyMap map, String touchpointId, int score) {
        return TouchpointEdits.change(map, List.of(touchpointId), TouchpointField.EMOTION,
                e -> new Emotion(score, e.label()));
    }

    /**
     * One segment's rating typed as text (empty removes it); throws {@link IllegalArgumentException} with a
     * message for the user when it is no number on the map's scale.
     */
    public static MapCommand rating(JourneyMap map, String touchpointId, String segmentId, String text) {
        Double rating = RatingInput.parse(text, map.scale(), Messages.text("checks.ratingField"));
        return TouchpointEdits.set(map, List.of(touchpointId), TouchpointField.satisfaction(segmentId), rating);
    }
}

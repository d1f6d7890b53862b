package org.journeystudio.layout;

import java.util.Locale;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Blueprint;
import org.journeystudio.model.Channel;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.LaneRole;
import org.journeystudio.model.LinkKind;
import org.journeystudio.model.OpportunityStatus;

/**
 * The words for the model's kinds (channel, lane, status, emotion …) in the language in use. The model keeps its
 * English names for files and parsing; what screens and exports show comes from here (bundle area {@code kinds}, keys
 * {@code kinds.<kind>.<value name in lower case>}). Plain Java, so the layout, exports and command line share it.
 */
public final class ModelWords {
    private ModelWords() {
    }

    public static String channel(ChannelKind kind) {
        return word("kinds.channel.", key(kind));
    }

    /** What a card shows for its channel: the user's own detail where there is one, else the kind's word. */
    public static String channel(Channel channel) {
        return channel.detail().isEmpty() ? channel(channel.kind()) : channel.detail();
    }

    public static String lane(LaneKind kind) {
        return word("kinds.lane.", key(kind));
    }

    public static String role(LaneRole role) {
        return word("kinds.role.", key(role));
    }

    public static String link(LinkKind kind) {
        return word("kinds.link.", key(kind));
    }

    public static String status(OpportunityStatus status) {
        return word("kinds.status.", key(status));
    }

    /** The status whose word (in the language in use or English) is {@code word}; null if none. */
    public static OpportunityStatus statusNamed(String word) {
        for (OpportunityStatus status : OpportunityStatus.values()) {
            if (status(status).equalsIgnoreCase(word.strip()) || status.displayName().equalsIgnoreCase(word.strip())) {
                return status;
            }
        }
        return null;
    }

    public static String evidence(Evidence evidence) {
        return word("kinds.evidence.", key(evidence));
    }

    /** The usual word for an emotion score (−2 … +2). */
    public static String emotion(int score) {
        return word("kinds.emotion.", key(score));
    }

    /** The emotion's own label where the user gave one, else the usual word for its score. */
    public static String emotion(Emotion emotion) {
        return emotion.label().isEmpty() ? emotion(emotion.score()) : emotion.label();
    }

    public static String line(Blueprint.Line line) {
        return word("kinds.line.", key(line));
    }

    public static String quadrant(ValueEffortMatrix.Quadrant quadrant) {
        return word("kinds.quadrant.", key(quadrant));
    }

    /** The word under {@code prefix} (a key built from a value, which the bundle test knows by its prefix). */
    private static String word(String prefix, String name) {
        return Messages.text(prefix + name);
    }

    private static String key(int score) {
        return switch (score) {
            case -2 -> "frustrated";
            case -1 -> "unhappy";
            case 0 -> "neutral";
            case 1 -> "happy";
            default -> "delighted";
        };
    }

    /** The key's last part: the value's name in lower case ({@code kinds.status.in_progress}), so other layers can
     * build the same key without this class. */
    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}

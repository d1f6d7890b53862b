package org.journeystudio.edit;

import java.util.Optional;
import org.journeystudio.model.JourneyMap;

/**
 * One user edit of a journey map, the unit of undo: "Move 'Pay' to Delivery", "Rename stage 'Buy'".
 *
 * <p>A command is a pure function of the map: {@link #apply} must not touch anything but its argument and
 * must return the same result every time it is given the same map (so fresh ids are chosen when the command
 * is built, never inside {@code apply}). That is what lets {@link Document} undo a command by going back to
 * the map it started from, and redo it by going forward to the map it produced.
 */
public interface MapCommand {

    /**
     * The map after this edit. Throws {@link IllegalArgumentException} (or another runtime exception) with a
     * message saying what is wrong when the edit does not fit the map, e.g. a stage that is not there.
     */
    JourneyMap apply(JourneyMap map);

    /** What the Edit menu shows after "Undo"/"Redo", e.g. {@code Move 'Pay' to Delivery}. */
    String description();

    /**
     * This command followed by {@code next} as one command, when the two belong to one gesture (typing in one
     * field, one continuous drag); empty when they are separate undo steps. A merged command {@code m} must
     * satisfy {@code m.apply(map).equals(next.apply(this.apply(map)))}, and its description names the whole
     * gesture (usually this command's, written against the map before the gesture began).
     */
    default Optional<MapCommand> mergeWith(MapCommand next) {
        return Optional.empty();
    }
}

package org.journeystudio.model;

import java.util.List;

/**
 * An archetypal customer the journey is told from; may stand for one segment.
 *
 * @param segmentId    the segment this persona stands for, or {@code null}
 * @param icon         the name of the icon that pictures the persona (e.g. {@code fth-user}), or {@code null}
 * @param photo        a small photo as a {@code data:image/png;base64,…} or {@code data:image/jpeg;base64,…} URI,
 *                     or {@code null}; when both are given the photo is shown
 * @param quote        what the persona might say, in their own words
 * @param goals        what they want to achieve
 * @param needs        what they need from the organisation
 * @param frustrations what annoys them
 * @param sharedId     the library item this persona is one use of ({@link SharedItem}), or {@code null} when it
 *                     belongs to this map alone; {@code segmentId} stays the map's own
 */
public record Persona(String id, String name, String description, String color, String segmentId,
                      String icon, String photo, String quote,
                      List<String> goals, List<String> needs, List<String> frustrations, String sharedId) {
    public static final int MAX_NAME = Limits.NAME;
    public static final int MAX_DESCRIPTION = Limits.DESCRIPTION;
    public static final int MAX_QUOTE = Limits.QUOTE;
    /** Longest goal, need or frustration, and how many of each a persona may list. */
    public static final int MAX_ITEM = Limits.PERSONA_ITEM;
    public static final int MAX_ITEMS = Limits.ITEMS_PER_PERSONA;
    /** Largest photo data URI (characters): about a 256-pixel JPEG or PNG. */
    public static final int MAX_PHOTO = Limits.PHOTO;

    public Persona {
        id = Checks.id(id, "persona");
        name = Checks.limited(Checks.text(name), MAX_NAME, "personaName");
        description = Checks.limited(Checks.text(description), MAX_DESCRIPTION, "personaDescription");
        color = Checks.color(color);
        segmentId = Checks.optional(segmentId);
        icon = Checks.iconName(icon);
        photo = Checks.photo(photo, MAX_PHOTO);
        quote = Checks.limited(Checks.text(quote), MAX_QUOTE, "personaQuote");
        goals = Checks.items(goals, MAX_ITEMS, MAX_ITEM, "goal");
        needs = Checks.items(needs, MAX_ITEMS, MAX_ITEM, "need");
        frustrations = Checks.items(frustrations, MAX_ITEMS, MAX_ITEM, "frustration");
        sharedId = SharedItem.checkedId(sharedId);
    }

    /** A persona of this map alone (not shared through the library). */
    public Persona(String id, String name, String description, String color, String segmentId,
                   String icon, String photo, String quote,
                   List<String> goals, List<String> needs, List<String> frustrations) {
        this(id, name, description, color, segmentId, icon, photo, quote, goals, needs, frustrations, null);
    }

    /** A persona with only a name, description, colour and segment (the form every map had before the details). */
    public Persona(String id, String name, String description, String color, String segmentId) {
        this(id, name, description, color, segmentId, null, null, "", List.of(), List.of(), List.of());
    }

    public Persona withName(String newName) {
        return new Persona(id, newName, description, color, segmentId, icon, photo, quote, goals, needs, frustrations,
                sharedId);
    }

    public Persona withDescription(String newDescription) {
        return new Persona(id, name, newDescription, color, segmentId, icon, photo, quote, goals, needs, frustrations,
                sharedId);
    }

    public Persona withColor(String newColor) {
        return new Persona(id, name, description, newColor, segmentId, icon, photo, quote, goals, needs, frustrations,
                sharedId);
    }

    public Persona withSegmentId(String newSegmentId) {
        return new Persona(id, name, description, color, newSegmentId, icon, photo, quote, goals, needs, frustrations,
                sharedId);
    }

    /** A copy pictured by an icon (and no photo). */
    public Persona withIcon(String newIcon) {
        return new Persona(id, name, description, color, segmentId, newIcon, null, quote, goals, needs, frustrations,
                sharedId);
    }

    /** A copy pictured by a photo data URI; null takes the photo away. */
    public Persona withPhoto(String newPhoto) {
        return new Persona(id, name, description, color, segmentId, icon, newPhoto, quote, goals, needs, frustrations,
                sharedId);
    }

    public Persona withQuote(String newQuote) {
        return new Persona(id, name, description, color, segmentId, icon, photo, newQuote, goals, needs, frustrations,
                sharedId);
    }

    public Persona withGoals(List<String> newGoals) {
        return new Persona(id, name, description, color, segmentId, icon, photo, quote, newGoals, needs, frustrations,
                sharedId);
    }

    public Persona withNeeds(List<String> newNeeds) {
        return new Persona(id, name, description, color, segmentId, icon, photo, quote, goals, newNeeds, frustrations,
                sharedId);
    }

    public Persona withFrustrations(List<String> newFrustrations) {
        return new Persona(id, name, description, color, segmentId, icon, photo, quote, goals, needs, newFrustrations,
                sharedId);
    }

    public Persona withSharedId(String newSharedId) {
        return new Persona(id, name, description, color, segmentId, icon, photo, quote, goals, needs, frustrations,
                newSharedId);
    }

    /**
     * This persona with what a shared persona keeps in common taken from {@code source}: everything but its id
     * and its segment, which belong to each map.
     */
    public Persona withSharedContentOf(Persona source) {
        return new Persona(id, source.name, source.description, source.color, segmentId, source.icon, source.photo,
                source.quote, source.goals, source.needs, source.frustrations, source.sharedId);
    }
}

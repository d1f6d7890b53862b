package org.journeystudio.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.AddTouchpoints;
import org.journeystudio.edit.command.MoveTouchpoints;
import org.journeystudio.edit.command.RemoveTouchpoints;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.model.Channel;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.edit.command.AddOpportunity;
import org.journeystudio.model.Ids;

/**
 * A seeded sequence of edits made with the editor's own commands, and what a comparison must list for it: cards
 * added and removed, and per card of the start map the fields that now differ. Every value set is new (a
 * counter in the text, a fresh random rating), and a card is only moved to a stage or lane it did not start in,
 * so no edit quietly undoes an earlier one.
 */
final class RandomEdits {
    private final Random random;
    private final JourneyMap start;
    private JourneyMap map;
    private int counter;
    final Set<String> added = new LinkedHashSet<>();
    final Set<String> removed = new LinkedHashSet<>();
    /** Card of the start map → the fields set on it (names as {@link FieldChange#field()}). */
    final Map<String, Set<String>> changed = new LinkedHashMap<>();

    RandomEdits(JourneyMap start, long seed) {
        this.start = start;
        this.map = start;
        this.random = new Random(seed);
    }

    JourneyMap map() {
        return map;
    }

    /** Applies {@code count} random edits and returns the map after them. */
    JourneyMap apply(int count) {
        for (int i = 0; i < count; i++) {
            step();
        }
        return map;
    }

    private void step() {
        int kind = random.nextInt(10);
        if (map.touchpoints().isEmpty() || kind == 0) {
            add();
        } else if (kind == 1) {
            remove(pick(map.touchpoints()).id());
        } else if (kind == 2) {
            move(pick(map.touchpoints()));
        } else {
            setField(pick(map.touchpoints()));
        }
    }

    private void add() {
        String id = "new-" + counter++;
        Stage stage = pick(map.stages());
        Lane lane = pick(cardLanes());
        Touchpoint card = Touchpoint.builder(id, stage.id(), lane.id()).title("Added " + id).build();
        run(AddTouchpoints.one(card, random.nextBoolean() ? AddTouchpoints.AT_END : 0));
        added.add(id);
    }

    private void remove(String id) {
        run(RemoveTouchpoints.of(map, Set.of(id)));
        if (!added.remove(id)) {
            removed.add(id);
            changed.remove(id);
        }
    }

    private void move(Touchpoint card) {
        Touchpoint original = start.touchpoint(card.id()).orElse(null);
        boolean toStage = random.nextBoolean();
        String stage = card.stageId();
        String lane = card.laneId();
        if (toStage) {
            List<Stage> others = map.stages().stream().filter(s -> !s.id().equals(card.stageId())
                    && (original == null || !s.id().equals(original.stageId()))).toList();
            if (others.isEmpty()) {
                return;
            }
            stage = pick(others).id();
        } else {
            List<Lane> others = cardLanes().stream().filter(l -> !l.id().equals(card.laneId())
                    && (original == null || !l.id().equals(original.laneId()))).toList();
            if (others.isEmpty()) {
                return;
            }
            lane = pick(others).id();
        }
        run(MoveTouchpoints.of(map, Set.of(card.id()), stage, lane, MoveTouchpoints.AT_END));
        touched(card.id(), toStage ? "stage" : "lane");
    }

    private void setField(Touchpoint card) {
        String n = String.valueOf(counter++);
        switch (random.nextInt(10)) {
            case 0 -> set(card, TouchpointField.TITLE, "Title " + n, "title");
            case 1 -> set(card, TouchpointField.DESCRIPTION, "Description " + n, "description");
            case 2 -> set(card, TouchpointField.OWNER, "Owner " + n, "owner");
            case 3 -> set(card, TouchpointField.CHANNEL, new Channel(pick(ChannelKind.values()), "Channel " + n),
                    "channel");
            case 4 -> set(card, TouchpointField.EMOTION, new Emotion(random.nextInt(5) - 2, "Feeling " + n), "emotion");
            case 5 -> set(card, TouchpointField.PAIN_POINTS, List.of(new PainPoint("Pain " + n, 1 + random.nextInt(3),
                    Evidence.OBSERVED)), "painPoints");
            case 6 -> {
                run(AddOpportunity.at(Opportunity.idea(Ids.next("opp"), "Idea " + n, Evidence.ASSUMED), card.id()));
                touched(card.id(), "opportunities");
            }
            case 7 -> set(card, TouchpointField.EXPECTATIONS, List.of("Expect " + n), "expectations");
            case 8 -> set(card, TouchpointField.EXPECTED_SCORE, rating(), "expectedScore");
            default -> {
                if (map.segments().isEmpty()) {
                    set(card, TouchpointField.TITLE, "Title " + n, "title");
                } else {
                    Segment segment = pick(map.segments());
                    set(card, TouchpointField.satisfaction(segment.id()), rating(), "satisfaction");
                }
            }
        }
    }

    /** A rating no card has yet: any double on the map's scale. */
    private double rating() {
        return map.scale().min() + random.nextDouble() * (map.scale().max() - map.scale().min());
    }

    private <T> void set(Touchpoint card, TouchpointField<T> field, T value, String name) {
        run(SetTouchpointField.of(map, card.id(), field, value));
        touched(card.id(), name);
    }

    private void touched(String id, String field) {
        if (!added.contains(id)) {
            changed.computeIfAbsent(id, k -> new HashSet<>()).add(field);
        }
    }

    private List<Lane> cardLanes() {
        return map.lanes().stream().filter(l -> l.kind().holdsCards()).toList();
    }

    private void run(MapCommand command) {
        map = command.apply(map);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Ids of the start map's cards neither removed nor changed. */
    int unchanged() {
        List<String> same = new ArrayList<>();
        start.touchpoints().forEach(t -> {
            if (!removed.contains(t.id()) && !changed.containsKey(t.id())) {
                same.add(t.id());
            }
        });
        return same.size();
    }
}

package org.journeystudio.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.journeystudio.edit.clipboard.TouchpointClipboard;
import org.journeystudio.edit.command.AddLane;
import org.journeystudio.edit.command.AddPersona;
import org.journeystudio.edit.command.AddSegment;
import org.journeystudio.edit.command.AddStage;
import org.journeystudio.edit.command.AddTouchpoints;
import org.journeystudio.edit.command.DuplicateTouchpoints;
import org.journeystudio.edit.command.EditPersona;
import org.journeystudio.edit.command.EditSegment;
import org.journeystudio.edit.command.MapText;
import org.journeystudio.edit.command.MoveLane;
import org.journeystudio.edit.command.MoveStage;
import org.journeystudio.edit.command.MoveTouchpoints;
import org.journeystudio.edit.command.RemoveLane;
import org.journeystudio.edit.command.RemovePersona;
import org.journeystudio.edit.command.RemoveSegment;
import org.journeystudio.edit.command.RemoveStage;
import org.journeystudio.edit.command.RemoveTouchpoints;
import org.journeystudio.edit.command.RenameLane;
import org.journeystudio.edit.command.RenameStage;
import org.journeystudio.edit.command.ResizeStage;
import org.journeystudio.edit.command.SetLaneVisible;
import org.journeystudio.edit.command.SetMapText;
import org.journeystudio.edit.command.SetRatingScale;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.model.Channel;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.ExperienceComponent;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Persona;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.edit.command.AddOpportunity;

/** Makes random but sensible commands for a map, as a user clicking around the canvas would; a few are meant to fail. */
final class RandomEdits {
    private static final String[] WORDS = {"Pay", "Search", "Wait", "Call us", "Chat", "Deliver", "", "Return", "Rate"};
    private static final LaneKind[] CARD_LANES = {LaneKind.BACKSTAGE, LaneKind.NOTES, LaneKind.CUSTOM};

    private final SplittableRandom random;
    private int counter;
    private boolean meantToFail;
    private MapCommand last;

    RandomEdits(SplittableRandom random) {
        this.random = random;
    }

    boolean lastWasMeantToFail() {
        return meantToFail;
    }

    MapCommand next(JourneyMap map) {
        meantToFail = false;
        MapCommand command = random.nextInt(3) == 0 ? continuation(map) : null;
        while (command == null) {
            command = attempt(map, random.nextInt(30));
        }
        last = command;
        return command;
    }

    /** The next step of the gesture the last command began (a drag, typing), or null when there is none. */
    private MapCommand continuation(JourneyMap map) {
        try {
            if (last instanceof ResizeStage resize) {
                return ResizeStage.of(map, resize.stageId(), 120 + random.nextInt(300));
            } else if (last instanceof RenameStage rename) {
                return RenameStage.of(map, rename.stageId(), word());
            } else if (last instanceof MoveTouchpoints move) {
                List<Lane> cardLanes = map.lanes().stream().filter(l -> l.kind().holdsCards()).toList();
                return MoveTouchpoints.of(map, move.touchpointIds(), pick(map.stages()).id(), pick(cardLanes).id(),
                        MoveTouchpoints.AT_END);
            } else if (last instanceof SetTouchpointField<?> set && set.field().equals(TouchpointField.EMOTION)) {
                return SetTouchpointField.of(map, set.touchpointIds(), TouchpointField.EMOTION, Emotion.of(random.nextInt(5) - 2));
            } else if (last instanceof SetTouchpointField<?> set && set.field().equals(TouchpointField.TITLE)) {
                return SetTouchpointField.of(map, set.touchpointIds(), TouchpointField.TITLE, word());
            } else if (last instanceof SetMapText text && text.part() != MapText.TITLE) {
                return SetMapText.of(text.part(), word());
            }
        } catch (IllegalArgumentException gone) {
            // The last command failed or was undone, and what it edited is not there any more.
        }
        return null;
    }

    /** One kind of edit, or null when the map has nothing it applies to. */
    private MapCommand attempt(JourneyMap map, int kind) {
        List<Touchpoint> cards = map.touchpoints();
        List<Lane> cardLanes = map.lanes().stream().filter(l -> l.kind().holdsCards()).toList();
        boolean cellsExist = !map.stages().isEmpty() && !cardLanes.isEmpty();
        switch (kind) {
            case 0, 1, 2, 3: {
                if (cards.isEmpty() || !cellsExist) {
                    return null;
                }
                Set<String> ids = someCards(cards, 1 + random.nextInt(3));
                String stage = pick(map.stages()).id();
                String lane = pick(cardLanes).id();
                long others = map.touchpointsIn(stage, lane).stream().filter(tp -> !ids.contains(tp.id())).count();
                int index = random.nextInt(4) == 0 ? MoveTouchpoints.AT_END : random.nextInt((int) others + 1);
                return MoveTouchpoints.of(map, ids, stage, lane, index);
            }
            case 4, 5, 6, 7:
                return cards.isEmpty() ? null : fieldEdit(map, cards);
            case 8, 9: {
                if (!cellsExist) {
                    return null;
                }
                Stage stage = pick(map.stages());
                Lane lane = pick(cardLanes);
                Touchpoint card = Touchpoint.builder(fresh("tp"), stage.id(), lane.id()).title(word())
                        .emotion(random.nextInt(5) - 2).build();
                int size = map.touchpointsIn(stage.id(), lane.id()).size();
                return AddTouchpoints.one(card, random.nextInt(size + 1));
            }
            case 10:
                return cards.isEmpty() ? null : RemoveTouchpoints.of(map, someCards(cards, 1 + random.nextInt(2)));
            case 11: {
                if (cards.isEmpty()) {
                    return null;
                }
                return DuplicateTouchpoints.of(map, someCards(cards, 1 + random.nextInt(2)), () -> fresh("tp"));
            }
            case 12:
                return AddStage.of(new Stage(fresh("st"), word()), random.nextInt(map.stages().size() + 1));
            case 13: {
                if (map.stages().size() < 3) {
                    return null;
                }
                Stage stage = pick(map.stages());
                if (random.nextBoolean()) {
                    return RemoveStage.withCards(map, stage.id());
                }
                Stage target = pick(map.stages());
                return target.equals(stage) ? null : RemoveStage.movingCardsTo(map, stage.id(), target.id());
            }
            case 14:
                return map.stages().isEmpty() ? null : RenameStage.of(map, pick(map.stages()).id(), word());
            case 15:
                return map.stages().isEmpty() ? null
                        : MoveStage.of(map, pick(map.stages()).id(), random.nextInt(map.stages().size()));
            case 16:
                return map.stages().isEmpty() ? null
                        : ResizeStage.of(map, pick(map.stages()).id(), 120 + random.nextInt(300));
            case 17: {
                LaneKind laneKind = CARD_LANES[random.nextInt(CARD_LANES.length)];
                return AddLane.of(new Lane(fresh("lane"), laneKind, word(), true), random.nextInt(map.lanes().size() + 1));
            }
            case 18: {
                if (cardLanes.size() < 3) {
                    return null;
                }
                Lane lane = pick(map.lanes());
                if (random.nextBoolean()) {
                    return RemoveLane.withCards(map, lane.id());
                }
                Lane target = pick(cardLanes);
                return target.equals(lane) ? null : RemoveLane.movingCardsTo(map, lane.id(), target.id());
            }
            case 19: {
                Lane lane = pick(map.lanes());
                return switch (random.nextInt(3)) {
                    case 0 -> RenameLane.of(map, lane.id(), word());
                    case 1 -> MoveLane.of(map, lane.id(), random.nextInt(map.lanes().size()));
                    default -> SetLaneVisible.of(map, lane.id(), !lane.visible());
                };
            }
            case 20: {
                MapText part = MapText.values()[random.nextInt(MapText.values().length)];
                String text = word();
                return SetMapText.of(part, part == MapText.TITLE && text.isEmpty() ? "Journey" : text);
            }
            case 21:
                return SetRatingScale.rescaling(RatingScale.values()[random.nextInt(RatingScale.values().length)]);
            case 22:
                return AddSegment.of(new Segment(fresh("seg"), word(), "", null), AddSegment.AT_END);
            case 23:
                return map.segments().isEmpty() ? null : random.nextBoolean()
                        ? RemoveSegment.of(map, pick(map.segments()).id())
                        : EditSegment.of(map, pick(map.segments()).withName(word()));
            case 24: {
                String segment = map.segments().isEmpty() || random.nextBoolean() ? null : pick(map.segments()).id();
                return AddPersona.of(new Persona(fresh("p"), word(), "", null, segment), random.nextInt(map.personas().size() + 1));
            }
            case 25: {
                if (map.personas().isEmpty()) {
                    return null;
                }
                Persona persona = pick(map.personas());
                return random.nextBoolean() ? RemovePersona.of(map, persona.id())
                        : EditPersona.of(map, new Persona(persona.id(), word(), "edited", persona.color(), persona.segmentId()));
            }
            case 26: {
                if (cards.size() < 2 || !cellsExist) {
                    return null;
                }
                Set<String> first = someCards(cards, 1);
                JourneyMap afterFirst;
                MapCommand move = MoveTouchpoints.of(map, first, pick(map.stages()).id(), pick(cardLanes).id(), MoveTouchpoints.AT_END);
                afterFirst = move.apply(map);
                MapCommand rename = SetTouchpointField.of(afterFirst, first.iterator().next(), TouchpointField.TITLE, word());
                return CompositeCommand.of("Move and rename", move, rename);
            }
            case 27: {
                if (cards.isEmpty() || !cellsExist) {
                    return null;
                }
                TouchpointClipboard clipboard = TouchpointClipboard.copy(map, someCards(cards, 1 + random.nextInt(3)));
                return clipboard.pasteInto(map, pick(map.stages()).id(), pick(cardLanes).id(), AddTouchpoints.AT_END, () -> fresh("tp"));
            }
            case 28: {
                meantToFail = true;
                return random.nextBoolean() ? SetMapText.of(MapText.TITLE, "")
                        : new RenameStage("st-missing", "Nowhere", "Rename stage 'Missing'");
            }
            default: {
                if (cards.isEmpty() || map.segments().isEmpty()) {
                    return null;
                }
                // A rating off the scale: the document must refuse it.
                meantToFail = true;
                return SetTouchpointField.of(map, pick(cards).id(), TouchpointField.satisfaction(pick(map.segments()).id()),
                        map.scale().max() + 1.0);
            }
        }
    }

    private MapCommand fieldEdit(JourneyMap map, List<Touchpoint> cards) {
        // Edit the same card often, so that typing-like merges happen.
        Set<String> ids = random.nextInt(3) == 0 ? someCards(cards, 2) : Set.of(cards.get(0).id());
        return switch (random.nextInt(12)) {
            case 0 -> SetTouchpointField.of(map, ids, TouchpointField.TITLE, word());
            case 1 -> SetTouchpointField.of(map, ids, TouchpointField.DESCRIPTION, word());
            case 2 -> SetTouchpointField.of(map, ids, TouchpointField.CHANNEL,
                    new Channel(ChannelKind.values()[random.nextInt(ChannelKind.values().length)], word()));
            case 3 -> SetTouchpointField.of(map, ids, TouchpointField.OWNER, word());
            case 4 -> SetTouchpointField.of(map, ids, TouchpointField.EMOTION, Emotion.of(random.nextInt(5) - 2));
            case 5 -> SetTouchpointField.of(map, ids, TouchpointField.COMPONENTS,
                    random.nextBoolean() ? Set.of() : Set.of(ExperienceComponent.values()[random.nextInt(3)]));
            case 6 -> SetTouchpointField.of(map, ids, TouchpointField.EXPECTATIONS, List.of(word(), word()));
            case 7 -> SetTouchpointField.of(map, ids, TouchpointField.PAIN_POINTS,
                    List.of(new PainPoint(word(), 1 + random.nextInt(3), Evidence.OBSERVED)));
            case 8 -> AddOpportunity.at(Opportunity.idea(fresh("opp"), word(), null), ids.iterator().next());
            case 9 -> SetTouchpointField.of(map, ids, TouchpointField.EVIDENCE, Evidence.values()[random.nextInt(3)]);
            case 10 -> SetTouchpointField.of(map, ids, TouchpointField.EXPECTED_SCORE,
                    random.nextInt(4) == 0 ? null : (double) (map.scale().min() + random.nextInt(map.scale().max() - map.scale().min() + 1)));
            default -> map.segments().isEmpty() ? SetTouchpointField.of(map, ids, TouchpointField.OWNER, word())
                    : SetTouchpointField.of(map, ids, TouchpointField.satisfaction(pick(map.segments()).id()),
                    random.nextInt(5) == 0 ? null : map.scale().min() + random.nextDouble() * (map.scale().max() - map.scale().min()));
        };
    }

    private Set<String> someCards(List<Touchpoint> cards, int count) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            ids.add(pick(cards).id());
        }
        return ids;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private String fresh(String prefix) {
        return prefix + "-r" + (++counter);
    }

}

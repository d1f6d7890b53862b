package org.journeystudio.model;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A moment where the customer meets the organisation, shown as a card in one stage and lane.
 *
 * @param order         position within its cell (stage × lane), smallest first
 * @param satisfaction  segment id → rating on the map's scale; segments without a rating are absent
 * @param expectedScore what customers expect on the map's scale, or {@code null} when unknown
 * @param origin        the touchpoint of the basis scenario this one was copied from, or empty when it was made
 *                      in this scenario (see {@link Scenario#basisId()})
 * @param failPoint     a service blueprint's fail point: where the service often goes wrong
 * @param waitPoint     a service blueprint's wait point: where the customer waits
 * @param waitDuration  how long the wait takes, in the team's words ("10 min", "2–3 days"); empty when unknown
 * @param opportunityIds the map's opportunities that address this touchpoint as a whole, in the order they were
 *                      linked (those for one of its pain points are named on the pain point)
 * @param links         links to other touchpoints of the same scenario (dependency arrows and connectors), in the
 *                      order given
 * @param image         the picture on the card (a screen, a photo), or {@code null}
 * @param pathId        the stage's path ({@link StagePath}) the card belongs to; empty on the stage's main track
 */
public record Touchpoint(
        String id,
        String stageId,
        String laneId,
        int order,
        String title,
        String description,
        Channel channel,
        String owner,
        Emotion emotion,
        Set<ExperienceComponent> components,
        List<String> expectations,
        List<PainPoint> painPoints,
        List<String> opportunityIds,
        Map<String, Double> satisfaction,
        Double expectedScore,
        Evidence evidence,
        String origin,
        boolean failPoint,
        boolean waitPoint,
        String waitDuration,
        List<TouchpointLink> links,
        TouchpointImage image,
        String pathId) {

    public Touchpoint {
        id = Checks.id(id, "touchpoint");
        stageId = Checks.id(stageId, "touchpointStage");
        laneId = Checks.id(laneId, "touchpointLane");
        title = Checks.text(title);
        description = Checks.text(description);
        channel = channel == null ? Channel.OTHER : channel;
        owner = Checks.text(owner);
        emotion = emotion == null ? Emotion.NEUTRAL : emotion;
        components = components == null || components.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(components));
        expectations = expectations == null ? List.of()
                : expectations.stream().map(Checks::text).filter(s -> !s.isEmpty()).toList();
        painPoints = painPoints == null ? List.of() : List.copyOf(painPoints);
        opportunityIds = Checks.distinctIds(opportunityIds);
        // Keep the order the ratings were given in: files and exports then list segments the same way.
        satisfaction = satisfaction == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(satisfaction));
        evidence = evidence == null ? Evidence.ASSUMED : evidence;
        origin = Checks.text(origin);
        // A duration belongs to a wait: none is kept on a touchpoint that is not a wait point.
        waitDuration = waitPoint ? Checks.text(waitDuration) : "";
        links = links == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(links));
        pathId = pathId == null || pathId.isBlank() ? "" : Checks.id(pathId, "touchpointPath");
    }

    public static Builder builder(String id, String stageId, String laneId) {
        return new Builder(id, stageId, laneId);
    }

    public Builder toBuilder() {
        return new Builder(id, stageId, laneId).order(order).title(title).description(description)
                .channel(channel).owner(owner).emotion(emotion).components(components)
                .expectations(expectations).painPoints(painPoints).opportunityIds(opportunityIds)
                .satisfaction(satisfaction).expectedScore(expectedScore).evidence(evidence).origin(origin)
                .failPoint(failPoint).waitPoint(waitPoint).waitDuration(waitDuration).links(links).image(image)
                .pathId(pathId);
    }

    /** This touchpoint with its links' targets renamed where {@code renames} has a new id (a copy's links follow it). */
    public Touchpoint withLinksRenamed(Map<String, String> renames) {
        if (links.isEmpty()) {
            return this;
        }
        return toBuilder().links(links.stream()
                .map(l -> new TouchpointLink(renames.getOrDefault(l.targetId(), l.targetId()), l.kind()))
                .toList()).build();
    }

    /** This touchpoint keeping only the links whose target is in {@code ids}. */
    public Touchpoint withLinksAmong(Set<String> ids) {
        if (links.stream().allMatch(l -> ids.contains(l.targetId()))) {
            return this;
        }
        return toBuilder().links(links.stream().filter(l -> ids.contains(l.targetId())).toList()).build();
    }

    /** Whether an opportunity addresses this touchpoint, as a whole or through one of its pain points. */
    public boolean addressedBy(String opportunityId) {
        return opportunityIds.contains(opportunityId)
                || painPoints.stream().anyMatch(p -> p.opportunityIds().contains(opportunityId));
    }

    /** Copy on another path of its stage ({@code ""}: the main track). */
    public Touchpoint onPath(String newPathId) {
        return toBuilder().pathId(newPathId).build();
    }

    /** The links that are connectors between steps (next, branch, loop back), in order. */
    public List<TouchpointLink> connectors() {
        return links.stream().filter(l -> l.kind().connector()).toList();
    }

    /** Copy placed in another cell, at the given order; in another stage it leaves its path for the main track. */
    public Touchpoint movedTo(String newStageId, String newLaneId, int newOrder) {
        return toBuilder().stageId(newStageId).laneId(newLaneId).order(newOrder)
                .pathId(newStageId.equals(stageId) ? pathId : "").build();
    }

    public Touchpoint withTitle(String newTitle) {
        return toBuilder().title(newTitle).build();
    }

    public Touchpoint withEmotion(Emotion newEmotion) {
        return toBuilder().emotion(newEmotion).build();
    }

    /** Step-by-step construction: a touchpoint has too many optional parts for a readable constructor call. */
    public static final class Builder {
        private String id;
        private String stageId;
        private String laneId;
        private int order;
        private String title = "";
        private String description = "";
        private Channel channel = Channel.OTHER;
        private String owner = "";
        private Emotion emotion = Emotion.NEUTRAL;
        private Set<ExperienceComponent> components = Set.of();
        private List<String> expectations = List.of();
        private List<PainPoint> painPoints = List.of();
        private List<String> opportunityIds = List.of();
        private Map<String, Double> satisfaction = Map.of();
        private Double expectedScore;
        private Evidence evidence = Evidence.ASSUMED;
        private String origin = "";
        private boolean failPoint;
        private boolean waitPoint;
        private String waitDuration = "";
        private List<TouchpointLink> links = List.of();
        private TouchpointImage image;
        private String pathId = "";

        private Builder(String id, String stageId, String laneId) {
            this.id = id;
            this.stageId = stageId;
            this.laneId = laneId;
        }

        public Builder id(String value) { this.id = value; return this; }
        public Builder stageId(String value) { this.stageId = value; return this; }
        public Builder laneId(String value) { this.laneId = value; return this; }
        public Builder order(int value) { this.order = value; return this; }
        public Builder title(String value) { this.title = value; return this; }
        public Builder description(String value) { this.description = value; return this; }
        public Builder channel(Channel value) { this.channel = value; return this; }
        public Builder channel(ChannelKind value) { this.channel = Channel.of(value); return this; }
        public Builder owner(String value) { this.owner = value; return this; }
        public Builder emotion(Emotion value) { this.emotion = value; return this; }
        public Builder emotion(int score) { this.emotion = Emotion.of(score); return this; }
        public Builder components(Set<ExperienceComponent> value) { this.components = value; return this; }
        public Builder expectations(List<String> value) { this.expectations = value; return this; }
        public Builder painPoints(List<PainPoint> value) { this.painPoints = value; return this; }
        public Builder opportunityIds(List<String> value) { this.opportunityIds = value; return this; }
        public Builder satisfaction(Map<String, Double> value) { this.satisfaction = value; return this; }
        public Builder expectedScore(Double value) { this.expectedScore = value; return this; }
        public Builder evidence(Evidence value) { this.evidence = value; return this; }
        public Builder origin(String value) { this.origin = value; return this; }
        public Builder failPoint(boolean value) { this.failPoint = value; return this; }
        public Builder waitPoint(boolean value) { this.waitPoint = value; return this; }
        public Builder waitDuration(String value) { this.waitDuration = value; return this; }
        public Builder links(List<TouchpointLink> value) { this.links = value; return this; }
        public Builder image(TouchpointImage value) { this.image = value; return this; }
        public Builder pathId(String value) { this.pathId = value; return this; }

        public Touchpoint build() {
            return new Touchpoint(id, stageId, laneId, order, title, description, channel, owner, emotion,
                    components, expectations, painPoints, opportunityIds, satisfaction, expectedScore, evidence, origin,
                    failPoint, waitPoint, waitDuration, links, image, pathId);
        }
    }
}

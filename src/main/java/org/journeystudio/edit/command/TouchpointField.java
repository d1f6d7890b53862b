package org.journeystudio.edit.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.journeystudio.model.Channel;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.ExperienceComponent;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.SharedItem;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointImage;
import org.journeystudio.model.TouchpointLink;

/**
 * One field of a touchpoint the inspector edits, with how to read and write it. Two fields are equal when
 * they name the same field (for satisfaction: of the same segment), which is what decides merging.
 *
 * @param <T> the field's value type
 */
public final class TouchpointField<T> {
    public static final TouchpointField<String> TITLE =
            new TouchpointField<>("title", Touchpoint::title, (tp, v) -> tp.toBuilder().title(v).build());
    public static final TouchpointField<String> DESCRIPTION = new TouchpointField<>("description",
            Touchpoint::description, (tp, v) -> tp.toBuilder().description(v).build());
    public static final TouchpointField<Channel> CHANNEL =
            new TouchpointField<>("channel", Touchpoint::channel, (tp, v) -> tp.toBuilder().channel(v).build());
    public static final TouchpointField<String> OWNER =
            new TouchpointField<>("owner", Touchpoint::owner, (tp, v) -> tp.toBuilder().owner(v).build());
    public static final TouchpointField<Emotion> EMOTION =
            new TouchpointField<>("emotion", Touchpoint::emotion, (tp, v) -> tp.toBuilder().emotion(v).build());
    public static final TouchpointField<Set<ExperienceComponent>> COMPONENTS = new TouchpointField<>(
            "components", Touchpoint::components, (tp, v) -> tp.toBuilder().components(v).build());
    public static final TouchpointField<List<String>> EXPECTATIONS = new TouchpointField<>("expectations",
            Touchpoint::expectations, (tp, v) -> tp.toBuilder().expectations(v).build());
    public static final TouchpointField<List<PainPoint>> PAIN_POINTS = new TouchpointField<>("pain points",
            Touchpoint::painPoints,
            (tp, v) -> tp.toBuilder().painPoints(SharedItem.keptIds(tp.painPoints(), v)).build());
    /** The map's opportunities that address the touchpoint as a whole, by id, in order. */
    public static final TouchpointField<List<String>> OPPORTUNITIES = new TouchpointField<>("opportunities",
            Touchpoint::opportunityIds, (tp, v) -> tp.toBuilder().opportunityIds(v).build());
    /** {@code null} means unknown. */
    public static final TouchpointField<Double> EXPECTED_SCORE = new TouchpointField<>("expected score",
            Touchpoint::expectedScore, (tp, v) -> tp.toBuilder().expectedScore(v).build());
    public static final TouchpointField<Evidence> EVIDENCE =
            new TouchpointField<>("evidence", Touchpoint::evidence, (tp, v) -> tp.toBuilder().evidence(v).build());

    public static final TouchpointField<Boolean> FAIL_POINT = new TouchpointField<>("fail point",
            Touchpoint::failPoint, (tp, v) -> tp.toBuilder().failPoint(v).build());
    public static final TouchpointField<Boolean> WAIT_POINT = new TouchpointField<>("wait point",
            Touchpoint::waitPoint, (tp, v) -> tp.toBuilder().waitPoint(v).build());
    public static final TouchpointField<String> WAIT_DURATION = new TouchpointField<>("wait duration",
            Touchpoint::waitDuration, (tp, v) -> tp.toBuilder().waitDuration(v).build());
    /** The links from the touchpoint, in order: dependency arrows and connectors (next, branch, loop back). */
    public static final TouchpointField<List<TouchpointLink>> LINKS = new TouchpointField<>("links",
            Touchpoint::links, (tp, v) -> tp.toBuilder().links(v).build());

    /** The picture on the card; {@code null} removes it. */
    public static final TouchpointField<TouchpointImage> IMAGE = new TouchpointField<>("image",
            Touchpoint::image, (tp, v) -> tp.toBuilder().image(v).build());

    private final String name;
    private final Function<Touchpoint, T> reader;
    private final BiFunction<Touchpoint, T, Touchpoint> writer;

    private TouchpointField(String name, Function<Touchpoint, T> reader, BiFunction<Touchpoint, T, Touchpoint> writer) {
        this.name = name;
        this.reader = reader;
        this.writer = writer;
    }

    /** The rating one segment gives a touchpoint; {@code null} removes the rating. */
    public static TouchpointField<Double> satisfaction(String segmentId) {
        Objects.requireNonNull(segmentId, "segmentId");
        return new TouchpointField<>("satisfaction of segment '" + segmentId + "'",
                tp -> tp.satisfaction().get(segmentId),
                (tp, rating) -> {
                    Map<String, Double> ratings = new LinkedHashMap<>(tp.satisfaction());
                    if (rating == null) {
                        ratings.remove(segmentId);
                    } else {
                        ratings.put(segmentId, rating);
                    }
                    return tp.toBuilder().satisfaction(ratings).build();
                });
    }

    /** The field's name as the Edit menu says it ("title", "pain points"). */
    public String name() {
        return name;
    }

    public T get(Touchpoint touchpoint) {
        return reader.apply(touchpoint);
    }

    public Touchpoint set(Touchpoint touchpoint, T value) {
        return writer.apply(touchpoint, value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TouchpointField<?> field && field.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}

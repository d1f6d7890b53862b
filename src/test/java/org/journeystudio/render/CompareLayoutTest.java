package org.journeystudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.journeystudio.compare.MapComparison;
import org.journeystudio.compare.RatingSpreads;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Scenarios;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.ScenarioMaps;
import org.junit.jupiter.api.Test;

@FastTest
class CompareLayoutTest {
    private final JourneyMap toBe = ScenarioMaps.asIsAndToBe("map-shop");
    private final JourneyMap asIs = toBe.showing(Scenarios.FIRST_ID);
    private final CompareLayout layout = CompareLayout.of(MapComparison.of(asIs, ScenarioMaps.beforeSpreads(), toBe,
            ScenarioMaps.afterSpreads(toBe)), "As-is", "To-be");

    @Test
    void listsWhatChangedUnderEachStage() {
        assertThat(layout.changes()).extracting(CompareChanges.StageChanges::stage).containsExactly("Search", "Buy",
                "Receive");
        CompareChanges.Entry removed = layout.changes().get(0).entries().get(0);
        assertThat(removed.kinds()).containsExactly(CompareChanges.Kind.REMOVED);
        assertThat(removed.title()).isEqualTo(ScenarioMaps.REMOVED);
        CompareChanges.Entry pay = layout.changes().get(1).entries().get(0);
        assertThat(pay.kinds()).containsExactly(CompareChanges.Kind.RENAMED, CompareChanges.Kind.CHANGED);
        assertThat(pay.details()).contains("Title: Pay → Pay in one tap", "Emotion: -1 → +1");
        CompareChanges.Entry added = layout.changes().get(2).entries().get(0);
        assertThat(added.kinds()).containsExactly(CompareChanges.Kind.ADDED);
        assertThat(added.title()).isEqualTo(ScenarioMaps.ADDED);
        assertThat(layout.summary()).isEqualTo("1 added · 1 removed · 2 changed (1 renamed) · 2 unchanged");
    }

    @Test
    void everyChangeIsWrittenOnTheView() {
        List<String> texts = texts(layout);
        assertThat(texts).contains(ScenarioMaps.ADDED, ScenarioMaps.REMOVED, ScenarioMaps.EDITED,
                "Title: Pay → Pay in one tap", "As-is  →  To-be");
    }

    @Test
    void deltaCellsCarryBothCountsAndTheMarkWhereTheIntervalsAreApart() {
        CompareLayout.DeltaCell newCustomers = cell(ScenarioMaps.EDITED, SampleMaps.NEW_CUSTOMERS);
        assertThat(newCustomers.marked()).isTrue();
        assertThat(newCustomers.lines()).containsExactly("+2.2 ▲", "2.0 → 4.2", "n 40 → 35");
        CompareLayout.DeltaCell regulars = cell(ScenarioMaps.EDITED, SampleMaps.REGULARS);
        assertThat(regulars.marked()).isFalse();
        assertThat(regulars.lines()).containsExactly("+0.3", "2.5 → 2.8", "n 20 → 22");
        assertThat(layout.marks()).anySatisfy(m -> assertThat(m).isEqualTo(new CompareMark.Rect(
                newCustomers.box().inset(1.5), newCustomers.fill(), org.journeystudio.style.Palette.INK,
                CompareHeatmap.MARK_EDGE)));
        assertThat(texts(layout)).contains("▲ ▼ bold edge: 95% intervals do not overlap: a change beyond noise");
    }

    @Test
    void aSideWithoutARatingIsNotApplicableNotZero() {
        CompareLayout.DeltaCell regulars = cell("Parcel arrives", SampleMaps.REGULARS);
        assertThat(regulars.lines()).containsExactly("n/a", "no old rating");
        assertThat(regulars.fill()).isEqualTo(org.journeystudio.style.Palette.MISSING_CELL);
    }

    @Test
    void betterIsPurpleAndWorseIsOrangeOnTheHeatmapRamp() {
        var colours = CompareHeatmap.colours(RatingScale.ONE_TO_FIVE);
        assertThat(colours.rgb(2)).isEqualTo(org.journeystudio.style.Palette.HEATMAP.at(1).value());
        assertThat(colours.rgb(-2)).isEqualTo(org.journeystudio.style.Palette.HEATMAP.at(0).value());
        assertThat(cell(ScenarioMaps.EDITED, SampleMaps.NEW_CUSTOMERS).fill().value()).isEqualTo(colours.rgb(2.2));
    }

    @Test
    void theScaleNoteIsShownWhenTheScalesDiffer() {
        JourneyMap tenPoint = new JourneyMap(toBe.id(), toBe.title(), toBe.description(), toBe.scenario(),
                toBe.created(), toBe.modified(), RatingScale.ZERO_TO_TEN, toBe.personas(), toBe.segments(),
                toBe.stages(), toBe.lanes(), toBe.touchpoints(), toBe.scenarios(), toBe.opportunities());
        CompareLayout converted = CompareLayout.of(MapComparison.of(asIs, tenPoint), "As-is", "To-be");
        assertThat(converted.comparison().scaleNote()).isNotEmpty();
        assertThat(String.join(" ", texts(converted))).contains("converted");
    }

    @Test
    void twoEqualStatesSaySoInsteadOfAnEmptyList() {
        CompareLayout same = CompareLayout.of(MapComparison.of(asIs, RatingSpreads.NONE, asIs, RatingSpreads.NONE),
                "As-is", "As-is");
        assertThat(same.changes()).isEmpty();
        assertThat(texts(same)).contains("No touchpoint was added, removed or changed.");
        assertThat(same.cells()).allSatisfy(c -> assertThat(c.delta().delta()).isZero());
    }

    @Test
    void everyMarkLiesWithinTheLayout() {
        for (CompareMark mark : layout.marks()) {
            if (mark instanceof CompareMark.Rect r) {
                assertThat(r.box().right()).isLessThanOrEqualTo(layout.width());
                assertThat(r.box().bottom()).isLessThanOrEqualTo(layout.height());
            } else if (mark instanceof CompareMark.Text t) {
                assertThat(t.x() + t.type().width(t.text())).isLessThanOrEqualTo(layout.width() + 0.5);
                assertThat(t.baseline()).isLessThanOrEqualTo(layout.height());
            }
        }
    }

    private CompareLayout.DeltaCell cell(String touchpoint, String segment) {
        return layout.cells().stream().filter(c -> c.delta().touchpoint().equals(touchpoint)
                && c.delta().segmentId().equals(segment)).findFirst().orElseThrow();
    }

    static List<String> texts(CompareLayout layout) {
        return layout.marks().stream().filter(m -> m instanceof CompareMark.Text)
                .map(m -> ((CompareMark.Text) m).text()).toList();
    }
}

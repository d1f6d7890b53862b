package org.journeystudio.store.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.mermaid.MermaidText.Kind;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** Text the grammar forbids is written as entity codes Mermaid renders, and reads back exactly. */
@FastTest
class MermaidEscapingTest {
    static final List<String> AWKWARD = List.of("Pay: now; or #later", "50%% off, 20% more", "Title page",
            "journey planner", "Section A", "accTitle: x", "accDescr { y", "two\nlines", "literal <br> & <b>",
            "already #58; escaped", "R&D &amp; #quot;", "ﬂ°°58¶ß", "tab\there\r", "emoji 😀 中文", ":", "#", ";");

    @Test
    void forbiddenCharactersBecomeEntityCodes() {
        assertThat(MermaidText.escape("Pay: now; or #later", Kind.TASK)).isEqualTo("Pay#58; now#59; or #35;later");
        assertThat(MermaidText.escape("Pay: now", Kind.TITLE)).isEqualTo("Pay: now");
        assertThat(MermaidText.escape("50%% off", Kind.TASK)).isEqualTo("50#37;% off");
        assertThat(MermaidText.escape("two\nlines", Kind.TASK)).isEqualTo("two<br>lines");
        assertThat(MermaidText.escape("two\nlines", Kind.ACCESSIBLE)).isEqualTo("two#10;lines");
        assertThat(MermaidText.escape("Journey planner", Kind.TASK)).isEqualTo("#74;ourney planner");
        assertThat(MermaidText.escape("Me, you", Kind.ACTOR)).isEqualTo("Me#44; you");
        assertThat(MermaidText.escape("", Kind.SECTION)).isEqualTo("#32;");
    }

    @Test
    void everyKindReadsBackExactly() {
        for (String text : AWKWARD) {
            for (Kind kind : Kind.values()) {
                assertThat(MermaidText.unescape(MermaidText.escape(text, kind))).as("%s as %s", text, kind)
                        .isEqualTo(text.strip());
            }
        }
    }

    @Test
    void mermaidsOwnEntityCodesAndBreaksRead() {
        assertThat(MermaidText.unescape("I #9829; #quot;tea#quot;<br/>a #unknown; b")).isEqualTo("I ♥ \"tea\"\na #unknown; b");
    }

    @Test
    void awkwardTextsSurviveWithAndWithoutTheComments() throws Exception {
        JourneyMap map = awkwardMap();
        String text = MermaidJourney.toText(map);
        assertThat(MermaidRoundTripTest.read(text, "a.mmd").map()).isEqualTo(map);

        String withoutComments = text.replaceAll("(?m)^\\s*%%.*\\n", "");
        JourneyMap plain = MermaidRoundTripTest.read(withoutComments, "a.mmd").map();
        assertThat(plain.stages()).extracting(Stage::name).isEqualTo(map.stages().stream().map(Stage::name).toList());
        assertThat(plain.touchpoints()).extracting(Touchpoint::title)
                .isEqualTo(map.customerTouchpoints().stream().map(Touchpoint::title).toList());
        assertThat(plain.segments()).extracting(Segment::name).containsExactly("New, customers: #1");
    }

    /** scripts/check-mermaid.sh has Mermaid parse this fixture; it must be what the writer writes today. */
    @Test
    void theFixtureMermaidChecksIsTodaysExport() throws Exception {
        java.nio.file.Path fixture = java.nio.file.Path.of("src/test/resources/org/journeystudio/store/mermaid/awkward.mmd");
        if (System.getProperty("mermaid.fixture.write") != null) {
            java.nio.file.Files.writeString(fixture, MermaidJourney.toText(awkwardMap()));
        }
        assertThat(java.nio.file.Files.readString(fixture)).isEqualTo(MermaidJourney.toText(awkwardMap()));
    }

    /** The sample shop with an awkward text in every place the diagram shows one. */
    static JourneyMap awkwardMap() {
        JourneyMap shop = SampleMaps.shop("map-awkward");
        List<Stage> stages = shop.stages().stream()
                .map(s -> s.withName(AWKWARD.get(shop.stages().indexOf(s) % AWKWARD.size()))).toList();
        List<Touchpoint> touchpoints = shop.touchpoints().stream()
                .map(t -> t.withTitle(AWKWARD.get((shop.touchpoints().indexOf(t) + 3) % AWKWARD.size()))).toList();
        List<Segment> segments = shop.segments().stream()
                .map(s -> s.id().equals(SampleMaps.NEW_CUSTOMERS) ? s.withName("New, customers: #1") : s).toList();
        Touchpoint rated = touchpoints.get(0).toBuilder().satisfaction(Map.of(SampleMaps.NEW_CUSTOMERS, 4.0)).build();
        return shop.withTitle("Shop; #1: a \"journey\"").withStages(stages).withSegments(segments)
                .withTouchpoints(touchpoints).withTouchpoint(rated);
    }
}

package org.journeystudio.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.journeystudio.edit.Document;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** Accepting a participant's comment is one undoable edit that adds it to its touchpoint. */
@FastTest
class CommentAcceptanceTest {
    private final JourneyMap shop = SampleMaps.shop("shop");

    @Test
    void aPainPointGoesAfterTheTouchpointsOwnAsObservedAndUndoTakesItAway() {
        Document document = new Document(shop);
        LiveComment comment = comment("tp-pay", LiveComment.Kind.PAIN_POINT, "The code from my bank never came");

        document.execute(CommentAcceptance.asPainPoint(document.map(), comment));

        Touchpoint pay = document.map().touchpoint("tp-pay").orElseThrow();
        assertThat(pay.painPoints()).hasSize(2);
        assertThat(pay.painPoints().get(1)).isEqualTo(new PainPoint("The code from my bank never came",
                CommentAcceptance.SEVERITY, Evidence.OBSERVED));
        assertThat(CommentAcceptance.status(document.map(), comment)).isEqualTo(CommentAcceptance.Accepted.AS_PAIN_POINT);
        assertThat(document.undoDescription()).hasValue("Add a workshop pain point to 'Pay'");

        document.undo();
        assertThat(document.map().touchpoint("tp-pay").orElseThrow().painPoints()).hasSize(1);
        assertThat(CommentAcceptance.status(document.map(), comment)).isEqualTo(CommentAcceptance.Accepted.NOT_YET);
    }

    @Test
    void anIdeaBecomesAProposedOpportunityWithItsTextExactlyAsTyped() {
        Document document = new Document(shop);
        String typed = "<script>alert('x')</script> & \"quotes\"";
        LiveComment comment = comment("tp-cart", LiveComment.Kind.IDEA, typed);

        document.execute(CommentAcceptance.asOpportunity(document.map(), comment));

        JourneyMap accepted = document.map();
        assertThat(accepted.opportunitiesAt(accepted.touchpoint("tp-cart").orElseThrow()))
                .singleElement().satisfies(o -> {
                    assertThat(o.title()).isEqualTo(typed);
                    assertThat(o.evidence()).isEqualTo(Evidence.PROPOSED);
                });
        assertThat(CommentAcceptance.status(document.map(), comment)).isEqualTo(CommentAcceptance.Accepted.AS_OPPORTUNITY);
    }

    @Test
    void aCommentOnATouchpointNoLongerOnTheMapIsRefusedWithAReason() {
        LiveComment comment = comment("tp-gone", LiveComment.Kind.IDEA, "Faster please");

        assertThatThrownBy(() -> CommentAcceptance.asOpportunity(shop, comment))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no longer on the map");
        assertThat(CommentAcceptance.status(shop, comment)).isEqualTo(CommentAcceptance.Accepted.NOT_YET);
    }

    static LiveComment comment(String touchpointId, LiveComment.Kind kind, String text) {
        return new LiveComment("c-" + text.hashCode(), touchpointId, "", kind, text, Instant.parse("2026-11-20T10:15:00Z"));
    }
}

package org.journeystudio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.journeystudio.edit.CommandFailedException;
import org.journeystudio.edit.Document;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

@FastTest
class MapLimitsTest {
    private final JourneyMap checkout = SampleMaps.checkout();
    private final Touchpoint pay = checkout.touchpoint("tp-pay").orElseThrow();

    private List<ValidationProblem> problemsWith(Touchpoint changed) {
        return MapValidator.validate(checkout.withTouchpoint(changed));
    }

    @Test
    void everyTouchpointTextIsLimited() {
        assertThat(problemsWith(pay.toBuilder().title("t".repeat(Limits.TITLE + 1)).build()))
                .extracting(ValidationProblem::path).containsExactly("touchpoints[tp-pay].title");
        assertThat(problemsWith(pay.toBuilder().description("d".repeat(Limits.LONG_TEXT + 1)).build()))
                .extracting(ValidationProblem::path).containsExactly("touchpoints[tp-pay].description");
        assertThat(problemsWith(pay.toBuilder().channel(new Channel(ChannelKind.WEB, "c".repeat(201))).build()))
                .extracting(ValidationProblem::path).containsExactly("touchpoints[tp-pay].channel");
        assertThat(problemsWith(pay.toBuilder().expectations(List.of("e".repeat(Limits.ITEM_TEXT + 1))).build()))
                .extracting(ValidationProblem::message)
                .containsExactly("One of the expectations of touchpoint 'Pay' is 1,001 characters, over the limit of"
                        + " 1,000 characters; shorten it");
        assertThat(problemsWith(pay.toBuilder().painPoints(List.of(new PainPoint("p".repeat(1_001), 2))).build()))
                .hasSize(1);
        assertThat(problemsWith(pay.toBuilder().opportunityIds(java.util.stream.IntStream
                .rangeClosed(0, Limits.ITEMS_PER_TOUCHPOINT).mapToObj(i -> "opp-" + i).toList()).build()))
                .extracting(ValidationProblem::message).containsExactly("The list of opportunities of touchpoint"
                        + " 'Pay' is 101 opportunities, over the limit of 100 opportunities; split the map or remove some");
    }

    @Test
    void aLongIdIsReportedAloneWithoutQuotingIt() {
        JourneyMap longId = checkout.withId("x".repeat(2_000_000));

        List<ValidationProblem> problems = MapValidator.validate(longId);

        assertThat(problems).containsExactly(new ValidationProblem("id", "The map's id is 2,000,000 characters, over"
                + " the limit of 200 characters; ids are short names such as tp-3f2a9c1d"));
    }

    @Test
    void stagesLanesAndTheMapsOwnTextsAreLimited() {
        Stage search = checkout.stages().get(0);
        JourneyMap long_ = checkout.withStages(List.of(search.withName("s".repeat(201)), checkout.stages().get(1)))
                .withTitle("m".repeat(201));

        assertThat(MapValidator.validate(long_)).extracting(ValidationProblem::path)
                .containsExactly("title", "stages[st-search]");
    }

    @Test
    void theEditorRefusesAnEditThatBreaksALimitAndKeepsTheMap() {
        Document document = new Document(checkout);

        MapCommand pasteOwner = new MapCommand() {
            @Override
            public JourneyMap apply(JourneyMap map) {
                return map.withTouchpoint(pay.toBuilder().owner("o".repeat(19_000_000)).build());
            }

            @Override
            public String description() {
                return "Set the owner";
            }
        };

        assertThatThrownBy(() -> document.execute(pasteOwner))
                .isInstanceOf(CommandFailedException.class)
                .hasMessageContaining("The owner of touchpoint 'Pay' is 19,000,000 characters, over the limit of 200");
        assertThat(document.map()).isEqualTo(checkout);
    }
}

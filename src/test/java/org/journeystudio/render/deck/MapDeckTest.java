package org.journeystudio.render.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.BranchedMaps;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

@FastTest
class MapDeckTest {
    /** The shop map (3 stages, 5 touchpoints, 2 segments) with "Pay" rated and described. */
    static JourneyMap ratedShop() {
        JourneyMap map = SampleMaps.shop("deck");
        Touchpoint pay = map.touchpoint("tp-pay").orElseThrow().toBuilder()
                .description("Pays by card; the bank asks for a code")
                .satisfaction(Map.of(SampleMaps.NEW_CUSTOMERS, 1.4, SampleMaps.REGULARS, 4.6)).build();
        return map.withTouchpoint(pay);
    }

    @Test
    void titleMapStagesHeatmapAndOpportunitiesMakeTheSlides() throws Exception {
        try (XMLSlideShow deck = Decks.export(ratedShop())) {
            List<XSLFSlide> slides = deck.getSlides();
            assertThat(deck.getPageSize().getWidth() / deck.getPageSize().getHeight()).isEqualTo(16 / 9.0,
                    org.assertj.core.data.Offset.offset(0.01));
            assertThat(slides).extracting(Decks::heading).containsExactly("Shop", "The whole journey",
                    "1 · Search", "2 · Buy", "3 · Receive", "Satisfaction heatmap", "Opportunities");
            assertThat(Decks.texts(slides.get(0))).anySatisfy(t -> assertThat(t).contains("23 November 2026"));
            assertThat(slides.get(1).getShapes()).anyMatch(s -> s instanceof XSLFPictureShape);
            assertThat(Decks.texts(slides.get(1))).contains("Search", "Buy", "Receive"); // native stage chevrons
        }
    }

    @Test
    void aStageWithPathsHasSlidesPerTrackNamedLikeTheHeatmapsGroups() throws Exception {
        // Receive has two paths: Home delivery (Parcel arrives) and Click & collect (Collect at the shop).
        try (XMLSlideShow deck = Decks.export(BranchedMaps.shop("deck"))) {
            List<XSLFSlide> slides = deck.getSlides();

            assertThat(slides).extracting(Decks::heading).containsSubsequence("2 · Buy",
                    "3 · Receive · Home delivery", "3 · Receive · Click & collect", "Satisfaction heatmap");
            XSLFSlide home = slides.stream().filter(s -> Decks.heading(s).endsWith("Home delivery")).findFirst()
                    .orElseThrow();
            XSLFSlide collect = slides.stream().filter(s -> Decks.heading(s).endsWith("Click & collect"))
                    .findFirst().orElseThrow();
            assertThat(Decks.texts(home)).contains("Parcel arrives").doesNotContain("Collect at the shop");
            assertThat(Decks.texts(collect)).contains("Collect at the shop").doesNotContain("Parcel arrives");
            assertThat(slides).extracting(Decks::heading).contains("2 · Buy").doesNotContain("3 · Receive");
        }
    }

    @Test
    void aStageSlideHasEditableCardsAndTheDescriptionsInItsNotes() throws Exception {
        try (XMLSlideShow deck = Decks.export(ratedShop())) {
            XSLFSlide buy = deck.getSlides().get(3);
            assertThat(Decks.texts(buy)).contains("Add to cart", "Pay", "Delighted (+2)  ·  Mobile app",
                    "Unhappy (-1)  ·  Mobile app",
                    "Pain points\nCard declined twice without saying why, so I almost gave up");
            assertThat(Decks.notes(buy)).contains("Add to cart: (no description)",
                    "Pay: Pays by card; the bank asks for a code");
            assertThat(Decks.texts(deck.getSlides().get(6)))
                    .anySatisfy(t -> assertThat(t).contains("Search", "Read reviews: Show verified reviews first"));
        }
    }

    @Test
    void theHeatmapIsANativeTableColouredLikeThePdf() throws Exception {
        try (XMLSlideShow deck = Decks.export(ratedShop())) {
            XSLFTable table = (XSLFTable) deck.getSlides().get(5).getShapes().stream()
                    .filter(s -> s instanceof XSLFTable).findFirst().orElseThrow();
            assertThat(table.getCell(0, 1).getText()).isEqualTo("New customers");
            assertThat(table.getCell(0, 2).getText()).isEqualTo("Regulars");
            List<String> firstColumn = table.getRows().stream().map(r -> r.getCells().get(0).getText()).toList();
            assertThat(firstColumn).containsExactly("Touchpoint", "Search", "Search the web", "Read reviews", "Buy",
                    "Add to cart", "Pay", "Receive", "Parcel arrives");
            int pay = firstColumn.indexOf("Pay");
            XSLFTableCell low = table.getCell(pay, 1);
            assertThat(low.getText()).isEqualTo("1.4");
            assertThat(low.getFillColor()).isEqualTo(new Color(new DivergingScale(RatingScale.ONE_TO_FIVE).rgb(1.4)));
            assertThat(table.getCell(pay, 2).getText()).isEqualTo("4.6");
            assertThat(low.getBorderColor(BorderEdge.right)).isEqualTo(Color.WHITE);
            assertThat(low.getBorderWidth(BorderEdge.bottom)).isEqualTo(1.5);
            assertThat(table.getCell(pay - 1, 1).getText()).isEqualTo("–");
        }
    }

    @Test
    void aLongStageGoesOnOverSeveralSlidesOfSixCards() throws Exception {
        JourneyMap map = SampleMaps.journey("long-stage").titled("Long stage").stages(new Stage("st-1", "Queue"))
                .withCards(13).build();
        try (XMLSlideShow deck = Decks.export(map)) {
            List<XSLFSlide> stageSlides = deck.getSlides().stream()
                    .filter(s -> Decks.heading(s).equals("1 · Queue")).toList();
            assertThat(stageSlides).hasSize(3);
            assertThat(Decks.texts(stageSlides.get(0))).contains("part 1 of 3");
            assertThat(stageSlides).extracting(s -> s.getShapes().stream().filter(shape -> shape instanceof XSLFAutoShape
                    card && card.getShapeType() == ShapeType.ROUND_RECT).count()).containsExactly(6L, 6L, 1L);
            assertThat(Decks.notes(stageSlides.get(2))).contains(map.customerTouchpoints().get(12).title() + ": ");
        }
    }
}

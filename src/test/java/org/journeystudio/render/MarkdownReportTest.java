package org.journeystudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeystudio.compare.RatingSpread;
import org.journeystudio.compare.RatingSpreads;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.Persona;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.BranchedMaps;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@FastTest
class MarkdownReportTest {
    @TempDir
    Path folder;

    /** The shop map with a persona, "Pay" rated, and a title full of Markdown's table characters. */
    private static JourneyMap shop() {
        JourneyMap map = SampleMaps.shop("md").withPersonas(List.of(new Persona("p-1", "Sam", "Buys on the train",
                "#4c78a8", SampleMaps.NEW_CUSTOMERS)));
        Touchpoint pay = map.touchpoint("tp-pay").orElseThrow().toBuilder().title("Pay | confirm\nwith *code*")
                .satisfaction(Map.of(SampleMaps.NEW_CUSTOMERS, 1.4, SampleMaps.REGULARS, 4.6))
                .opportunityIds(List.of("opp-why")).build();
        List<Opportunity> plan = new java.util.ArrayList<>(map.opportunities());
        plan.add(Opportunity.idea("opp-why", "Say why a card is declined", null));
        return map.withOpportunities(plan).withTouchpoint(pay);
    }

    private String export(JourneyMap map, RatingSpreads spreads) throws Exception {
        Path report = folder.resolve("shop report.md");
        MapExporter.export(map, ExportOptions.of(ExportFormat.MD).withDate(Exports.DATE), spreads, report,
                ExportMonitor.NONE);
        return Files.readString(report);
    }

    @Test
    void aStageWithPathsListsEachTrackUnderItsOwnHeading() throws Exception {
        String md = export(BranchedMaps.shop("md"), RatingSpreads.NONE);

        String receive = md.substring(md.indexOf("## 3. Receive"), md.indexOf("## Satisfaction heatmap"));
        assertThat(receive).containsSubsequence("### Home delivery\n\n| Touchpoint |", "| Parcel arrives |",
                "**Pain points**\n\n- *Parcel arrives*: Late", "### Click & collect\n\n| Touchpoint |",
                "| Collect at the shop |");
        assertThat(receive.substring(receive.indexOf("### Click & collect"))).doesNotContain("Parcel arrives");
        assertThat(md.substring(md.indexOf("## 2. Buy"), md.indexOf("## 3. Receive"))).doesNotContain("###");
    }

    @Test
    void hasTheTitlePersonasAndASectionWithATablePerStage() throws Exception {
        String md = export(shop(), RatingSpreads.NONE);

        assertThat(md).startsWith("# Shop\n").contains("*Exported from Journey Studio on 23 November 2026.*")
                .contains("## Personas\n\n- **Sam** (segment: New customers): Buys on the train\n")
                .contains("## 1. Search\n\nLook for a product\n\n| Touchpoint | Channel | Emotion | Satisfaction |")
                .contains("## 2. Buy", "## 3. Receive", "## Satisfaction heatmap")
                .contains("**Pain points**\n\n- *Parcel arrives*: Late (severity 2)\n")
                .contains("**Opportunities**\n\n- *Read reviews*: Show verified reviews first\n");
        List<String> rows = md.lines().filter(l -> l.startsWith("| ")).toList();
        // 3 stage tables (headers + 5 touchpoints) and the heatmap (header + 5 rows), each row four cells wide.
        assertThat(rows).hasSize(3 + 5 + 1 + 5);
        assertThat(rows).allSatisfy(row -> assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count())
                .isEqualTo(5));
    }

    @Test
    void escapesTableCharactersAndLineBreaksInCells() throws Exception {
        String md = export(shop(), RatingSpreads.NONE);

        assertThat(md).contains("| Pay \\| confirm<br>with \\*code\\* | Mobile app | Unhappy (-1) | New customers 1.4"
                + " · Regulars 4.6 |");
        assertThat(md).contains("- *Pay \\| confirm with \\*code\\**: Say why a card is declined");
    }

    @Test
    void theHeatmapGivesNAndFlagsWhereTheLibraryKnowsThemAndSaysSoWhereNot() throws Exception {
        assertThat(export(shop(), RatingSpreads.NONE))
                .contains("The number of answers behind each mean (n) is not known here")
                .contains("| Buy | Pay \\| confirm<br>with \\*code\\* | 1.4 | 4.6 |");

        RatingSpreads spreads = (touchpointId, segmentId) -> touchpointId.equals("tp-pay")
                ? Optional.of(segmentId.equals(SampleMaps.NEW_CUSTOMERS) ? new RatingSpread(12, 1.1, 1.7)
                : new RatingSpread(240, 4.5, 4.7)) : Optional.empty();
        assertThat(export(shop(), spreads))
                .contains("n is the number of survey answers behind a mean")
                .contains("| 1.4 (n=12, 95% CI 1.1–1.7, ⚠ low n) | 4.6 (n=240, 95% CI 4.5–4.7) |");
    }

    @Test
    void theMapPictureIsWrittenBesideTheReportAndLinked() throws Exception {
        String md = export(shop(), RatingSpreads.NONE);

        assertThat(md).contains("![The journey map with its emotion curve](shop%20report-files/map.svg)");
        Path picture = folder.resolve("shop report-files").resolve("map.svg");
        assertThat(picture).isNotEmptyFile();
        assertThat(Files.readString(picture)).contains("<svg").contains("Parcel arrives");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("shop report.md",
                    "shop report-files");
        }
    }
}

package org.journeystudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeystudio.compare.MapComparison;
import org.journeystudio.compare.RatingSpread;
import org.journeystudio.compare.RatingSpreads;
import org.journeystudio.edit.command.AddScenario;
import org.journeystudio.i18n.Language;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.Scenarios;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.ScenarioMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** Exports in the language chosen: German words, German dates and decimal commas, in the report and the legend. */
@FastTest
@Isolated
class GermanExportTest {
    @TempDir
    Path folder;
    private final Language before = Messages.language();

    @AfterEach
    void restore() {
        Messages.use(before);
    }

    @Test
    void theMarkdownReportAndTheMapLegendSpeakGerman() throws Exception {
        JourneyMap map = SampleMaps.shop("de");
        Touchpoint pay = map.touchpoint("tp-pay").orElseThrow().toBuilder()
                .satisfaction(Map.of(SampleMaps.NEW_CUSTOMERS, 1.4, SampleMaps.REGULARS, 4.6)).build();
        map = map.withTouchpoint(pay);
        RatingSpreads spreads = (touchpointId, segmentId) -> touchpointId.equals("tp-pay")
                && segmentId.equals(SampleMaps.NEW_CUSTOMERS) ? Optional.of(new RatingSpread(12, 1.1, 1.7))
                : Optional.empty();
        Messages.use(Language.GERMAN);

        Path report = folder.resolve("bericht.md");
        MapExporter.export(map, ExportOptions.of(ExportFormat.MD).withDate(Exports.DATE), spreads, report,
                ExportMonitor.NONE);
        String md = Files.readString(report);
        assertThat(md).contains("*Aus Journey Studio exportiert am 23. November 2026.*")
                .contains("| Kontaktpunkt | Kanal | Emotion | Zufriedenheit |")
                .contains("**Pain Points**", "## Heatmap der Zufriedenheit", "| Phase | Kontaktpunkt |")
                .contains("| 1,4 (n=12, 95-%-KI 1,1–1,7, ⚠ kleines n) | 4,6 |")
                .doesNotContain("Satisfaction", "1.4");

        List<String> svg = Exports.svgTexts(Exports.parseXml(Exports.export(map,
                ExportOptions.of(ExportFormat.SVG).withDate(Exports.DATE))));
        assertThat(svg).contains("23. November 2026", "NOTIZEN", "Chance", "keine Bewertung")
                .anySatisfy(text -> assertThat(text).startsWith("ZUFRIEDENHEIT (KARTENFUSS"));
    }

    @Test
    void theDefaultScenariosAreNamedInGermanInTheReportAndThePicturesTitle() throws Exception {
        JourneyMap asIs = SampleMaps.shop("de");
        JourneyMap toBe = AddScenario.copying(asIs, asIs.scenarios().activeId(), Scenario.TO_BE,
                () -> Ids.next("copy")).apply(asIs);
        Messages.use(Language.GERMAN);

        Path report = folder.resolve("soll.md");
        MapExporter.export(toBe, ExportOptions.of(ExportFormat.MD).withDate(Exports.DATE), RatingSpreads.NONE, report,
                ExportMonitor.NONE);
        assertThat(Files.readString(report)).contains("**Gezeigt:** Szenario Soll-Zustand (von Ist-Zustand, Soll-Zustand)")
                .doesNotContain("To-be");
        List<String> svg = Exports.svgTexts(Exports.parseXml(Exports.export(toBe,
                ExportOptions.of(ExportFormat.SVG).withDate(Exports.DATE))));
        assertThat(svg).anySatisfy(text -> assertThat(text).endsWith(" — Soll-Zustand"));
    }

    @Test
    void theComparePictureListsTheChangesAndTheActionPlanInGerman() throws Exception {
        Messages.use(Language.GERMAN);
        JourneyMap toBe = ScenarioMaps.asIsAndToBe("map-shop");
        assertThat(compareTexts(CompareExporterTest.planLayout(toBe)))
                .contains("Chancen", "GEÄNDERT", "Verantwortlich: (keiner) → Payments, web", "NEU", "ENTFERNT")
                .doesNotContain("Opportunities", "Owner: (none) → Payments, web");
        List<String> changes = compareTexts(CompareLayout.of(MapComparison.of(toBe.showing(Scenarios.FIRST_ID),
                ScenarioMaps.beforeSpreads(), toBe, ScenarioMaps.afterSpreads(toBe)), "Ist", "Soll"));
        assertThat(changes).contains("Titel: Pay → Pay in one tap", "+2,2 ▲", "n 40 → 35", "k. A.",
                        "keine alte Bewertung")
                .doesNotContain("Title: Pay → Pay in one tap", "+2.2 ▲", "n/a");
    }

    private static List<String> compareTexts(CompareLayout layout) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        CompareExporter.export(layout, "Shop", ExportOptions.of(ExportFormat.SVG).withDate(Exports.DATE), out,
                ExportMonitor.NONE);
        return Exports.svgTexts(Exports.parseXml(out.toByteArray()));
    }
}

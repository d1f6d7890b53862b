package org.journeystudio.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.journeystudio.render.ExportFormat;
import org.journeystudio.render.ExportOptions;
import org.journeystudio.render.PageFit;
import org.journeystudio.render.PageSize;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

@FastTest
class ExportChoicesTest {

    @Test
    void choicesSurviveTheTripThroughThePreferencesExceptTheSegments() {
        ExportChoices png = new ExportChoices(ExportFormat.PNG, 4, true, PageSize.TABLOID, PageFit.POSTER, true,
                List.of("s1", "s3"));

        assertThat(ExportChoices.decode(png.encode()))
                .isEqualTo(new ExportChoices(ExportFormat.PNG, 4, true, PageSize.TABLOID, PageFit.POSTER, true, List.of()));
    }

    @Test
    void unreadablePartsFallBackToTheUsualChoiceAndKeepTheRest() {
        ExportChoices read = ExportChoices.decode("format=GIF;scale=3;page=LETTER;fit=;junk");

        assertThat(read.format()).isEqualTo(ExportChoices.DEFAULT.format());
        assertThat(read.scale()).isEqualTo(1);
        assertThat(read.page()).isEqualTo(PageSize.LETTER);
        assertThat(read.fit()).isEqualTo(PageFit.FIT_TO_PAGE);
        assertThat(ExportChoices.decode("")).isEqualTo(ExportChoices.DEFAULT);
    }

    @Test
    void optionsCarryTheChosenSegmentsOrEverySegment() {
        ExportOptions two = new ExportChoices(ExportFormat.SVG, 1, false, PageSize.A4, PageFit.FIT_TO_PAGE, true,
                List.of("s2", "s4")).options();
        ExportOptions all = new ExportChoices(ExportFormat.SVG, 1, false, PageSize.A4, PageFit.FIT_TO_PAGE, true, null)
                .options();

        assertThat(two.heatmap()).isTrue();
        assertThat(two.segmentIds()).isEqualTo(List.of("s2", "s4"));
        assertThat(all.segmentIds()).isEmpty();
    }

    @Test
    void fileNamesComeFromTheTitleWithoutCharactersFileSystemsRefuse() {
        assertThat(ExportChoices.fileName("Shop: Autumn/Winter?", ExportFormat.PDF)).isEqualTo("Shop AutumnWinter.pdf");
        assertThat(ExportChoices.fileName("  ", ExportFormat.CSV)).isEqualTo("journey-map.csv");
    }
}

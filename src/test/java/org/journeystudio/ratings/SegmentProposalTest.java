package org.journeystudio.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.survey.SurveyColumn;
import org.journeystudio.survey.SurveyRow;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The segment column the wizard offers first: on every real vendor layout of the survey corpus it is the column the
 * corpus' expected file names (the proposals are written out below), and on made-up files a grouping named like a
 * segment beats the first text column, a demographic, a name, an e-mail or free text.
 */
@FastTest
class SegmentProposalTest {
    private static final JourneyMap MAP = JourneyMap.blank("m", "Map", Instant.parse("2026-01-01T00:00:00Z"));

    /** Each corpus file, its proposal, and what a first-text-column default would have offered instead. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            alchemer.csv               | Which region do you shop in?    | the same
            cp1252-labels.csv          | Ville                           | the same
            custom-scale.csv           | Device                          | Order (an order number)
            excel-csv-utf8.csv         | Region                          | Customer (a name)
            google-forms-frequency.csv | Which line do you use most?     | the same
            google-forms-grid.csv      | Which ticket did you buy?       | the same
            labelled-numbers-0-10.csv  | Customer type                   | the same
            labelled-numbers-1-5.csv   | Channel                         | the same
            limesurvey-responses.csv   | Which store did you visit?      | the same
            limesurvey-vv.csv          | Which shop did you visit?       | the same
            microsoft-forms.xlsx       | Which office do you work in?    | the same
            numeric-1-4.csv            | Team                            | Response (a response number)
            opt-outs.csv               | Channel                         | the same
            pandas-index.csv           | Segment                         | the same
            qualtrics-choice-text.csv  | Which region do you live in?    | Recipient Last Name (empty)
            qualtrics-numeric-legacy.csv | Tier                          | Recipient Last Name (empty)
            slider-0-100.csv           | Plan                            | ResponseId
            spelling-variants.csv      | Store                           | the same
            surveymonkey-expanded.csv  | What type of traveller are you? | the same
            surveymonkey-no-ids.csv    | Which plan are you on?          | the same
            typeform-groups.csv        | Which city do you live in?      | the same
            """)
    void everyCorpusFileGetsTheSegmentItsExpectedFileNames(String file, String proposed, String firstTextColumn)
            throws URISyntaxException {
        SurveyImportDraft draft = SurveyImportDraft.read(corpus(file), MAP);

        assertThat(draft.segment()).as("instead of " + firstTextColumn).isEqualTo(proposed);
    }

    @Test
    void aColumnNamedLikeASegmentBeatsGenderAndNamesAndFreeText() {
        List<SurveyColumn> columns = columns("Name", "Email", "Gender", "Age", "Customer type", "Comments");
        List<SurveyRow> rows = new ArrayList<>();
        String[] genders = {"Female", "Male", "Non-binary"};
        String[] types = {"New", "Returning", "Business"};
        for (int i = 0; i < 40; i++) {
            rows.add(row(i, "Person " + (i % 15), "p" + i + "@example.org", genders[i % 3], String.valueOf(20 + i % 5),
                    types[i % 3], i % 4 == 0 ? "" : "Comment " + (i % 11)));
        }

        assertThat(SegmentProposal.propose(columns, rows).name()).isEqualTo("Customer type");
        assertThat(SegmentProposal.propose(columns.subList(0, 4), rows).name())
                .as("with no column named like a segment, a demographic grouping is the fallback").isEqualTo("Gender");
    }

    @Test
    void aMostlyEmptyColumnLosesToAFilledOneAndAOneAnswerColumnIsOnlyALastResort() {
        List<SurveyColumn> columns = columns("Plan", "Region", "Source");
        List<SurveyRow> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(row(i, i < 3 ? "Pro" : "", i % 2 == 0 ? "North" : "South", "web"));
        }

        assertThat(SegmentProposal.propose(columns, rows).name()).isEqualTo("Region");
        assertThat(SegmentProposal.propose(columns.subList(2, 3), rows).name()).isEqualTo("Source");
    }

    @Test
    void freeTextWithMoreThanTwentyAnswersIsNeverProposed() {
        List<SurveyColumn> columns = columns("Customer group");
        List<SurveyRow> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(row(i, "Answer " + i));
        }

        assertThat(SegmentProposal.propose(columns, rows)).isNull();
    }

    private static List<SurveyColumn> columns(String... names) {
        List<SurveyColumn> columns = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            columns.add(new SurveyColumn(i, names[i], names[i], List.of()));
        }
        return columns;
    }

    private static SurveyRow row(int line, String... values) {
        return new SurveyRow(line + 2, List.of(values));
    }

    private static Path corpus(String file) throws URISyntaxException {
        return Path.of(SegmentProposalTest.class.getResource("/surveys/" + file).toURI());
    }
}

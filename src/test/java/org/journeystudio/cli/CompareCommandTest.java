package org.journeystudio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.journeystudio.edit.command.MoveTouchpoints;
import org.journeystudio.edit.command.RemoveTouchpoints;
import org.journeystudio.edit.command.SetRatingScale;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.render.CompareCsv;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.OpportunityStatus;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} on two map files: its three formats, its argument order and its errors. */
@FastTest
class CompareCommandTest {
    @TempDir
    Path folder;
    private Path oldFile;
    private Path newFile;
    private JourneyMap before;
    private Touchpoint removed;
    private Touchpoint renamed;
    private Touchpoint moved;
    private final CommandLineRun cli = new CommandLineRun();

    @BeforeEach
    void twoFiles() throws Exception {
        before = SampleMaps.longMap(4, 16, 9);
        List<Touchpoint> cards = before.customerTouchpoints();
        removed = cards.get(0);
        renamed = cards.get(1);
        moved = cards.get(2);
        String otherStage = before.stages().stream().filter(s -> !s.id().equals(moved.stageId())).findFirst()
                .orElseThrow().id();
        JourneyMap after = RemoveTouchpoints.of(before, Set.of(removed.id())).apply(before);
        after = SetTouchpointField.of(after, renamed.id(), TouchpointField.TITLE, "Pay in one tap").apply(after);
        after = MoveTouchpoints.of(after, Set.of(moved.id()), otherStage, moved.laneId(), MoveTouchpoints.AT_END)
                .apply(after);
        after = new SetRatingScale(RatingScale.ZERO_TO_TEN, true, "").apply(after);
        oldFile = folder.resolve("old.journey.json");
        newFile = folder.resolve("new.journey.json");
        JourneyJson.write(before, oldFile);
        JourneyJson.write(after, newFile);
    }

    @Test
    void jsonListsTheChangesTheStagesAndTheRatingsOnTheWiderScale() throws Exception {
        assertThat(cli.run("compare", oldFile.toString(), newFile.toString(), "--format", "json")).isZero();

        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.at("/touchpoints/added")).isEmpty();
        assertThat(json.at("/touchpoints/removed").get(0).asText()).isEqualTo(removed.id());
        assertThat(json.at("/touchpoints/changed")).hasSize(2);
        assertThat(json.at("/touchpoints/changed/0/id").asText()).isEqualTo(renamed.id());
        assertThat(json.at("/touchpoints/changed/0/fields").get(0).asText()).isEqualTo("title");
        assertThat(json.at("/touchpoints/changed/1/fields").get(0).asText()).isEqualTo("stage");
        assertThat(json.at("/touchpoints/unchanged").asInt()).isEqualTo(before.touchpoints().size() - 3);
        assertThat(json.at("/stages")).hasSize(4);
        assertThat(json.at("/stages/0").has("emotionOld")).isTrue();
        assertThat(json.at("/scale").asText()).isEqualTo("0-10");
        assertThat(json.at("/scaleNote").asText()).contains("1-5").contains("0-10");
        JsonNode cell = json.at("/satisfaction/0");
        assertThat(cell.get("delta").asDouble()).isZero();
        assertThat(cell.get("nOld").isNull()).isTrue();
        assertThat(cell.get("apart").isNull()).isTrue();
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void textIsGroupedByStageWithOldAndNewValues() {
        assertThat(cli.run("compare", oldFile.toString(), newFile.toString())).isZero();

        assertThat(cli.out())
                .contains("Old: old.journey.json", "New: new.journey.json")
                .contains("Touchpoints: 0 added, 1 removed, 2 changed, " + (before.touchpoints().size() - 3) + " unchanged.")
                .contains("  - removed  " + removed.title())
                .contains("  ~ renamed  Pay in one tap", "      title: " + renamed.title() + " → Pay in one tap")
                .contains("  > moved    " + moved.title())
                .contains("both are compared on 0-10");
    }

    @Test
    void csvHasOneRowPerChangeAndPerRatedCell() {
        assertThat(cli.run("compare", "--format", "csv", oldFile.toString(), newFile.toString())).isZero();

        List<String> lines = cli.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", CompareCsv.HEADER));
        assertThat(lines).anyMatch(l -> l.startsWith("removed,," + removed.id() + ","));
        assertThat(lines).anyMatch(l -> l.startsWith("changed," + renamed.id() + "," + renamed.id() + ",")
                && l.contains(",title,"));
        assertThat(lines).filteredOn(l -> l.startsWith("emotion,")).hasSize(4);
        long rated = before.touchpoints().stream().filter(t -> !t.id().equals(removed.id()))
                .mapToLong(t -> t.satisfaction().size()).sum();
        assertThat(lines).filteredOn(l -> l.startsWith("satisfaction,")).hasSize((int) rated);
    }

    @Test
    void csvListsTheActionPlansChangesAndTheirTextSurvivesQuotingAndFormulaGuard() throws Exception {
        Opportunity refund = Opportunity.idea("opp-refund", "Refund, \"fast\"\nnext day", null).withOwner("Ana");
        Opportunity link = Opportunity.idea("opp-link", "=HYPERLINK(\"x\")", null);
        JourneyMap plain = SampleMaps.withoutActionPlan(before);
        JourneyMap old = plain.withOpportunities(List.of(refund, link));
        JourneyMap now = plain.withOpportunities(List.of(refund.withOwner("-Ben").withStatus(OpportunityStatus.DONE),
                Opportunity.idea("opp-wallet", "Wallet pay", null)));
        JourneyJson.write(old, oldFile);
        JourneyJson.write(now, newFile);

        assertThat(cli.run("compare", "--format", "csv", oldFile.toString(), newFile.toString()))
                .as(cli.err()).isZero();

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().build().parse(new StringReader(cli.out()))
                .getRecords().stream().filter(r -> r.get("kind").startsWith("opportunity-")).toList();
        assertThat(rows).extracting(r -> r.get("kind"), r -> r.get("title"), r -> r.get("field"), r -> r.get("old"),
                r -> r.get("new")).containsExactly(
                tuple("opportunity-changed", refund.title(), "owner", "Ana", "'-Ben"),
                tuple("opportunity-changed", refund.title(), "status", "Idea", "Done"),
                tuple("opportunity-added", "Wallet pay", "", "", ""),
                tuple("opportunity-removed", "'=HYPERLINK(\"x\")", "", "", ""));
    }

    @Test
    void aFileAgainstItselfListsNothing() {
        assertThat(cli.run("compare", oldFile.toString(), oldFile.toString())).isZero();

        assertThat(cli.out()).contains("Touchpoints: 0 added, 0 removed, 0 changed")
                .contains("Satisfaction: no rating changed");
    }

    @Test
    void badArgumentsAndFilesGetOneLineAndTheirExitCode() throws Exception {
        assertThat(cli.run("compare", oldFile.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("give two states to compare").contains("compare --help");

        assertThat(cli.run("compare", oldFile.toString(), "--version", "v1", newFile.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("only a project (--project NAME) has versions");

        assertThat(cli.run("compare", oldFile.toString(), newFile.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(cli.err()).contains("--format: expected text, json or csv, not 'xml'");

        assertThat(cli.run("compare", oldFile.toString(), newFile.toString(), "--scenario", "Later")).isEqualTo(2);
        assertThat(cli.err()).contains("The file " + newFile + " has no scenario 'Later'; its scenarios: 'As-is'");

        assertThat(cli.run("compare", oldFile.toString(), folder.resolve("missing.journey.json").toString()))
                .isEqualTo(1);
        assertThat(cli.err()).contains("no such file: ").contains("missing.journey.json");

        Path broken = folder.resolve("broken.journey.json");
        Files.writeString(broken, "{\n  \"formatVersion\": 1,\n  \"map\": [\n");
        assertThat(cli.run("compare", oldFile.toString(), broken.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("broken.journey.json:").doesNotContain("Exception").doesNotContain("\tat ");
    }
}

package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import java.util.EnumSet;
import org.journeystudio.model.Blueprint;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.LaneRole;
import org.journeystudio.model.MapValidator;
import org.journeystudio.model.Persona;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@FastTest
class ResourceTemplateCatalogTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:00Z");
    private static final ResourceTemplateCatalog CATALOG = new ResourceTemplateCatalog();

    static Stream<String> templateIds() {
        return CATALOG.list().stream().map(TemplateInfo::id);
    }

    @Test
    void offersTheSixTemplatesBlankFirst() {
        assertThat(CATALOG.list()).extracting(TemplateInfo::name).containsExactly(
                "Blank", "Online retailer", "Banking services", "Service blueprint: hotel stay",
                "Map your own experience",
                "Map your own experience — example solution");
        assertThat(CATALOG.list()).allSatisfy(t -> assertThat(t.description()).hasSizeGreaterThan(40));
    }

    /**
     * The templates with content open on a matrix that is not empty: 3–6 opportunities with an owner, a status,
     * ratings and a KPI, each linked to a pain point it addresses, spread over at least three quadrants.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"online-retailer", "banking-services",
            "service-blueprint", "map-your-own-experience-solution"})
    void aTemplateWithContentHasAnActionPlanThatFillsTheMatrix(String templateId) {
        JourneyMap template = CATALOG.template(templateId);
        List<org.journeystudio.model.Opportunity> rated = template.opportunities().stream()
                .filter(o -> o.effort() != null && o.customerValue() != null && o.businessValue() != null).toList();

        assertThat(rated).hasSizeBetween(3, 6).allSatisfy(o -> {
            assertThat(List.of(o.owner(), o.description(), o.kpi().name(), o.kpi().baseline(), o.kpi().target()))
                    .as(o.title()).allSatisfy(text -> assertThat(text).isNotBlank());
            assertThat(template.touchpoints().stream().flatMap(t -> t.painPoints().stream()))
                    .as(o.title() + " addresses a pain point").anyMatch(p -> p.opportunityIds().contains(o.id()));
        });
        assertThat(org.journeystudio.layout.ValueEffortMatrix.bubbles(template,
                org.journeystudio.model.PriorityRule.DEFAULT).stream().map(b -> b.quadrant()).distinct().count())
                .isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("templateIds")
    void everyTemplateLoadsAndIsValid(String templateId) {
        JourneyMap template = CATALOG.template(templateId);

        assertThat(MapValidator.validate(template)).isEmpty();
        assertThat(template.lanes()).extracting(l -> l.kind()).contains(LaneKind.TOUCHPOINTS, LaneKind.EMOTION);
    }

    @ParameterizedTest
    @MethodSource("templateIds")
    void anInstanceHasOnlyFreshUniqueIdsAndTheSameContent(String templateId) {
        JourneyMap template = CATALOG.template(templateId);

        JourneyMap first = CATALOG.instantiate(templateId, "My project", NOW);
        JourneyMap second = CATALOG.instantiate(templateId, "My project", NOW);

        assertThat(MapValidator.validate(first)).isEmpty();
        List<String> ids = allIds(first);
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids).doesNotContainAnyElementsOf(allIds(template));
        assertThat(ids).doesNotContainAnyElementsOf(allIds(second));
        assertThat(ids).allMatch(id -> id.matches("[a-z]+-[0-9a-f]{12}"));
        // References were remapped, not dropped: apart from ids, title and times it is the template.
        assertThat(ShippedJourneyFilesTest.comparable(first.withTitle(template.title())))
                .isEqualTo(ShippedJourneyFilesTest.comparable(template));
        assertThat(first.title()).isEqualTo("My project");
        assertThat(first.created()).isEqualTo(NOW);
        assertThat(first.modified()).isEqualTo(NOW);
    }

    @Test
    void aBlankTitleFallsBackToTheTemplatesName() {
        assertThat(CATALOG.instantiate("banking-services", "  ", NOW).title()).isEqualTo("Banking services");
    }

    @Test
    void anUnknownTemplateIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> CATALOG.instantiate("space-travel", "x", NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no template 'space-travel'")
                .hasMessageContaining("online-retailer");
    }

    @Test
    void blankHasTheUsualLanesAndThreeEmptyStages() {
        JourneyMap blank = CATALOG.template("blank");

        assertThat(stageNames(blank)).containsExactly("Before", "During", "After");
        assertThat(blank.touchpoints()).isEmpty();
        assertThat(blank.lanes()).extracting(l -> l.kind()).containsExactly(LaneKind.TOUCHPOINTS, LaneKind.CHANNEL,
                LaneKind.EMOTION, LaneKind.EXPECTATIONS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES);
    }

    @Test
    void onlineRetailerFollowsThePurchaseFromSearchToCustomerService() {
        JourneyMap map = CATALOG.template("online-retailer");

        assertThat(stageNames(map)).containsExactly("Search for a product", "Visit the website", "Read reviews",
                "Add to cart and pay", "Receive delivery", "Contact customer service");
        assertThat(map.segments()).extracting(Segment::name)
                .containsExactly("First-time buyers", "Returning customers", "Business customers");
        assertFilledCustomerTouchpoints(map, 2);
    }

    @Test
    void bankingServicesFollowsTheCustomerFromAccountToSupport() {
        JourneyMap map = CATALOG.template("banking-services");

        assertThat(stageNames(map)).containsExactly("Open an account", "Use online banking", "Visit a branch",
                "Contact support");
        assertThat(map.segments()).hasSize(3);
        assertFilledCustomerTouchpoints(map, 2);
    }

    @Test
    void theServiceBlueprintUsesEveryRoleFailAndWaitPointsAndHandoffs() {
        JourneyMap map = CATALOG.template("service-blueprint");

        assertThat(map.lanes()).extracting(Lane::role).containsAll(EnumSet.allOf(LaneRole.class));
        assertThat(map.touchpoints()).filteredOn(Touchpoint::failPoint).hasSizeGreaterThanOrEqualTo(3);
        assertThat(map.touchpoints()).filteredOn(t -> t.waitPoint() && !t.waitDuration().isEmpty())
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(Blueprint.handoffs(map)).hasSizeGreaterThanOrEqualTo(5);
        for (Stage stage : map.stages()) {
            for (LaneRole role : EnumSet.range(LaneRole.PHYSICAL_EVIDENCE, LaneRole.SUPPORT_PROCESS)) {
                if (role == LaneRole.FRONTSTAGE && stage.name().equals("After the stay")) {
                    continue; // a survey by email: nobody meets the guest
                }
                assertThat(map.touchpoints()).as("%s in %s", role, stage.name())
                        .anyMatch(t -> t.stageId().equals(stage.id())
                                && map.lane(t.laneId()).orElseThrow().role() == role);
            }
        }
        assertFilledCustomerTouchpoints(map, 1);
    }

    @Test
    void bankingHasItsBackstageFilledForEveryStage() {
        JourneyMap map = CATALOG.template("banking-services");

        for (Stage stage : map.stages()) {
            assertThat(map.touchpoints()).as(stage.name()).anyMatch(t -> t.stageId().equals(stage.id())
                    && map.lane(t.laneId()).orElseThrow().role() == LaneRole.BACKSTAGE);
        }
        assertThat(map.lanes()).extracting(Lane::role).contains(LaneRole.CUSTOMER_ACTION, LaneRole.FRONTSTAGE,
                LaneRole.BACKSTAGE, LaneRole.SUPPORT_PROCESS);
        assertThat(Blueprint.handoffs(map)).isNotEmpty();
    }

    @Test
    void theExerciseIsAnEmptyJourneyWhoseInstructionsAreNoTouchpoints() {
        JourneyMap map = CATALOG.template("map-your-own-experience");

        assertThat(stageNames(map)).containsExactly("Find out", "Compare and decide", "Buy", "Receive",
                "Use and get help");
        // The canvas and the exports number the stages themselves, so no name carries a number too.
        assertThat(map.stages()).allSatisfy(s -> assertThat(s.name()).doesNotContainPattern("\\d"));
        assertThat(map.lanes()).allSatisfy(l -> assertThat(l.title()).doesNotContainPattern("\\d"));
        assertThat(map.lanes()).extracting(Lane::kind).doesNotContain(LaneKind.NOTES);
        // The steps live in the editor's guide: the map holds no hint cards, nor anything the student fills in.
        assertThat(map.touchpoints()).isEmpty();
        assertThat(map.description()).isEmpty();
        assertThat(map.scenario()).isEmpty();
        assertThat(map.segments()).extracting(Segment::name).containsExactly("My rating");
    }

    @Test
    void theExerciseIsNamedAfterItsTemplateUntilTheStudentNamesIt() {
        assertThat(CATALOG.instantiate("map-your-own-experience", null, NOW).title())
                .isEqualTo("Map your own experience");
    }

    @Test
    void theExampleSolutionMapsBuyingASmartphoneOnlineInFull() {
        JourneyMap map = CATALOG.template("map-your-own-experience-solution");

        assertThat(stageNames(map)).containsExactly("Product information", "Reviews", "Cart", "Checkout",
                "Delivery", "Setup help");
        assertThat(map.scenario()).contains("smartphone");
        assertFilledCustomerTouchpoints(map, 1);
        assertThat(map.opportunities()).extracting(o -> o.title())
                .anyMatch(t -> t.contains("comparison"))
                .anyMatch(t -> t.contains("delivery"))
                .anyMatch(t -> t.contains("setup guides"));
    }

    /**
     * Every customer-facing card is filled in — expectations, a rating for every segment, an expected score, an
     * owner and a channel — and the map has some pain points of each severity, with at least
     * {@code perStage} cards per stage.
     */
    private static void assertFilledCustomerTouchpoints(JourneyMap map, int perStage) {
        List<Touchpoint> customerFacing = map.touchpoints().stream()
                .filter(t -> map.lane(t.laneId()).orElseThrow().kind() == LaneKind.TOUCHPOINTS).toList();
        for (Stage stage : map.stages()) {
            assertThat(customerFacing).filteredOn(t -> t.stageId().equals(stage.id())).as(stage.name())
                    .hasSizeGreaterThanOrEqualTo(perStage);
        }
        assertThat(customerFacing).allSatisfy(t -> {
            assertThat(t.title()).isNotBlank();
            assertThat(t.description()).isNotBlank();
            assertThat(t.owner()).isNotBlank();
            assertThat(t.expectations()).isNotEmpty();
            assertThat(map.opportunitiesAt(t)).isNotEmpty();
            assertThat(t.components()).isNotEmpty();
            assertThat(t.emotion().label()).isNotBlank();
            assertThat(t.expectedScore()).isNotNull();
            assertThat(t.satisfaction().keySet()).containsExactlyElementsOf(
                    map.segments().stream().map(Segment::id).toList());
        });
        assertThat(customerFacing).flatExtracting(Touchpoint::painPoints).extracting(p -> p.severity())
                .contains(1, 2);
        assertThat(customerFacing).extracting(t -> t.emotion().score()).contains(-1, 1);
    }

    private static List<String> stageNames(JourneyMap map) {
        return map.stages().stream().map(Stage::name).toList();
    }

    private static List<String> allIds(JourneyMap map) {
        List<String> ids = new ArrayList<>();
        ids.add(map.id());
        map.stages().forEach(s -> ids.add(s.id()));
        map.lanes().forEach(l -> ids.add(l.id()));
        map.segments().forEach(s -> ids.add(s.id()));
        map.personas().stream().map(Persona::id).forEach(ids::add);
        map.touchpoints().forEach(t -> ids.add(t.id()));
        Set<String> unique = new HashSet<>(ids);
        assertThat(unique).hasSameSizeAs(ids);
        return ids;
    }
}

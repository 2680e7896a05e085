package dev.baton.compiler.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.baton.compiler.CampaignCompiler;
import dev.baton.compiler.catalog.AudienceCatalog;
import dev.baton.compiler.catalog.AudienceTable;
import dev.baton.compiler.catalog.LabelOwner;
import dev.baton.compiler.catalog.StoredField;
import dev.baton.model.campaign.Campaign;
import dev.baton.model.datamodel.AttributeType;
import dev.baton.model.datamodel.TableName;
import dev.baton.model.campaign.CampaignReader;
import dev.baton.model.datamodel.DataModel;
import dev.baton.model.diagnostic.Checked;
import dev.baton.model.diagnostic.Diagnostic;
import dev.baton.model.diagnostic.DiagnosticCode;
import dev.baton.testkit.TestingDemo;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per campaign code (BTN1xx file format, BTN2xx graph, BTN3xx against the demo data model), each with a small
 * bad campaign file. Assertions are on codes, locations and activities; messages are only checked to name the
 * offending thing and, where the code promises it, what would be allowed. Every test names the codes it covers in
 * {@link Covers}, and {@link #everyCampaignCodeHasATest()} fails when a code has none.
 */
final class CampaignValidationCodesTest {
    /** The codes a test is there for; read by {@link #everyCampaignCodeHasATest()}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface Covers {
        DiagnosticCode[] value();
    }

    private static final DataModel MODEL = TestingDemo.dataModel();
    private static final String HEADER = "formatVersion: 1\nid: bad-campaign\n";

    @Test
    void everyCampaignCodeHasATest() {
        Set<DiagnosticCode> campaignCodes = EnumSet.allOf(DiagnosticCode.class).stream()
                .filter(code -> code.code().matches("BTN[123]\\d\\d"))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DiagnosticCode.class)));
        Set<DiagnosticCode> covered = Arrays.stream(CampaignValidationCodesTest.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Test.class) || method.isAnnotationPresent(ParameterizedTest.class))
                .map(method -> method.getAnnotation(Covers.class))
                .filter(java.util.Objects::nonNull)
                .flatMap(covers -> Arrays.stream(covers.value()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DiagnosticCode.class)));

        assertThat(campaignCodes).as("the campaign codes, BTN100 to BTN315").hasSize(33);
        assertThat(covered).as("codes with a test in this class").containsExactlyInAnyOrderElementsOf(campaignCodes);
    }

    @Test
    void everyCoveringTestIsATest() {
        List<String> untested = Arrays.stream(CampaignValidationCodesTest.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Covers.class))
                .filter(method -> !method.isAnnotationPresent(Test.class) && !method.isAnnotationPresent(ParameterizedTest.class))
                .map(Method::getName)
                .toList();

        assertThat(untested).as("methods marked @Covers that JUnit does not run").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"europe-beach-opted-in.yaml", "recent-bookers.yaml"})
    void acceptsTheDemoCampaigns(String fileName) {
        Campaign campaign = TestingDemo.campaign(fileName);

        assertThat(CampaignCompiler.validate(campaign, MODEL)).isEmpty();
    }

    // BTN1xx: the file

    @Test
    @Covers(DiagnosticCode.MALFORMED_FILE)
    void reportsMalformedJsonWithItsPosition() {
        List<Diagnostic> problems = readProblems("campaign.json", """
                {"formatVersion": 1, "id": "bad-campaign", "activities": [
                  {"id": "a", "type": "build-audience", "dimension": "recipients"},
                """);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.MALFORMED_FILE, "", null));
        assertThat(problems.getFirst().message()).contains("campaign.json", "JSON", "line ");
    }

    @Test
    @Covers(DiagnosticCode.MALFORMED_FILE)
    void reportsMalformedYamlOnOneLine() {
        List<Diagnostic> problems = readProblems("campaign.yaml", HEADER + """
                activities:
                  - {id: a, type: build-audience, dimension: recipients
                """);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.MALFORMED_FILE, "", null));
        assertThat(problems.getFirst().message()).contains("campaign.yaml", "YAML", "line ").doesNotContain("\n", "\r");
    }

    @Test
    @Covers(DiagnosticCode.MALFORMED_FILE)
    void reportsEmptyFileAndFileWhoseTopIsNoObject() {
        assertThat(found(readProblems("campaign.yaml", ""))).containsExactly(at(DiagnosticCode.MALFORMED_FILE, "", null));
        assertThat(found(readProblems("campaign.yaml", "- a\n- b\n"))).containsExactly(at(DiagnosticCode.MALFORMED_FILE, "", null));
        assertThat(found(readProblems("campaign.json", "\"a campaign\""))).containsExactly(at(DiagnosticCode.MALFORMED_FILE, "", null));
    }

    @Test
    @Covers(DiagnosticCode.UNSUPPORTED_FORMAT_VERSION)
    void reportsUnsupportedFormatVersion() {
        List<Diagnostic> problems = readProblems("campaign.yaml", """
                formatVersion: 3
                id: bad-campaign
                activities:
                  - {id: a, type: build-audience, dimension: recipients}
                """);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.UNSUPPORTED_FORMAT_VERSION, "formatVersion", null));
        assertThat(problems.getFirst().message()).contains("3", "version 1");
    }

    @Test
    @Covers(DiagnosticCode.UNKNOWN_FIELD)
    void reportsUnknownFieldsAndListsTheAllowedOnes() {
        List<Diagnostic> problems = readProblems("campaign.yaml", HEADER + """
                owner: marketing
                activities:
                  - {id: a, type: build-audience, dimension: recipients, filter: {attribute: country, operator: equal, value: FR}}
                  - {id: b, type: build-audience, dimension: recipients, rule: {attribute: country, operator: equal, value: FR, negate: true}}
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.UNKNOWN_FIELD, "owner", null),
                at(DiagnosticCode.UNKNOWN_FIELD, "activities[0].filter", "a"),
                at(DiagnosticCode.UNKNOWN_FIELD, "activities[1].rule.negate", "b"));
        assertThat(message(problems, "activities[0].filter")).contains("'filter'", "dimension", "id", "label", "outboundWhenEmpty", "rule", "type");
        assertThat(message(problems, "activities[1].rule.negate")).contains("'negate'", "attribute", "operator", "value");
        assertThat(message(problems, "owner")).contains("'owner'", "activities", "transitions");
    }

    @Test
    @Covers(DiagnosticCode.MISSING_FIELD)
    void reportsMissingRequiredFields() {
        List<Diagnostic> problems = readProblems("campaign.yaml", """
                formatVersion: 1
                activities:
                  - {id: a, type: build-audience}
                  - {id: b, dimension: recipients}
                  - {id: c, type: build-audience, dimension: recipients, rule: {operator: equal, value: FR}}
                  - {id: d, type: combine}
                transitions:
                  - {from: a}
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.MISSING_FIELD, "id", null),
                at(DiagnosticCode.MISSING_FIELD, "activities[0].dimension", "a"),
                at(DiagnosticCode.MISSING_FIELD, "activities[1].type", "b"),
                at(DiagnosticCode.MISSING_FIELD, "activities[2].rule", "c"),
                at(DiagnosticCode.MISSING_FIELD, "activities[3].operation", "d"),
                at(DiagnosticCode.MISSING_FIELD, "transitions[0].to", null));
        assertThat(message(problems, "activities[0].dimension")).contains("'dimension'");
        assertThat(message(problems, "activities[1].type")).contains("'type'", "build-audience", "combine");
        assertThat(message(problems, "activities[2].rule")).contains("all", "any", "except", "exists", "notExists", "attribute");
    }

    @Test
    @Covers(DiagnosticCode.MISSING_FIELD)
    void reportsCampaignWithoutActivitiesField() {
        List<Diagnostic> problems = readProblems("campaign.yaml", HEADER);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.MISSING_FIELD, "activities", null));
    }

    @Test
    @Covers(DiagnosticCode.WRONG_FIELD_TYPE)
    void reportsFieldsOfTheWrongKind() {
        List<Diagnostic> problems = readProblems("campaign.yaml", HEADER + """
                activities:
                  - {id: a, type: build-audience, dimension: recipients, outboundWhenEmpty: sometimes}
                  - {id: b, type: build-audience, dimension: recipients, rule: "country = FR"}
                  - {id: c, type: build-audience, dimension: recipients, rule: {attribute: country, operator: equal, value: {code: FR}}}
                  - {id: d, type: combine, operation: union, reconcileOn: [email, [country]]}
                  - just a text
                transitions:
                  - a -> d
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.WRONG_FIELD_TYPE, "activities[0].outboundWhenEmpty", "a"),
                at(DiagnosticCode.WRONG_FIELD_TYPE, "activities[1].rule", "b"),
                at(DiagnosticCode.WRONG_FIELD_TYPE, "activities[2].rule.value", "c"),
                at(DiagnosticCode.WRONG_FIELD_TYPE, "activities[3].reconcileOn[1]", "d"),
                at(DiagnosticCode.WRONG_FIELD_TYPE, "activities[4]", null),
                at(DiagnosticCode.WRONG_FIELD_TYPE, "transitions[0]", null));
        assertThat(message(problems, "activities[0].outboundWhenEmpty")).contains("true or false", "'sometimes'");
    }

    @Test
    @Covers(DiagnosticCode.WRONG_FIELD_TYPE)
    void reportsActivitiesThatAreNoListInJson() {
        List<Diagnostic> problems = readProblems("campaign.json", """
                {"formatVersion": 1, "id": "bad-campaign", "activities": {"id": "a", "type": "build-audience", "dimension": "recipients"}}
                """);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.WRONG_FIELD_TYPE, "activities", null));
        assertThat(problems.getFirst().message()).contains("a list", "an object");
    }

    @Test
    @Covers(DiagnosticCode.INVALID_ID)
    void reportsInvalidCampaignAndActivityIds() {
        List<Diagnostic> problems = readProblems("campaign.yaml", """
                formatVersion: 1
                id: Bad Campaign
                activities:
                  - {id: Beach_Bookers, type: build-audience, dimension: recipients}
                  - {id: 1st, type: build-audience, dimension: recipients}
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.INVALID_ID, "id", null),
                at(DiagnosticCode.INVALID_ID, "activities[0].id", "Beach_Bookers"),
                at(DiagnosticCode.INVALID_ID, "activities[1].id", "1st"));
        assertThat(message(problems, "id")).contains("'Bad Campaign'", "campaign id");
        assertThat(message(problems, "activities[0].id")).contains("'Beach_Bookers'", "activity id", "lowercase");
    }

    @Test
    @Covers(DiagnosticCode.UNKNOWN_ACTIVITY_TYPE)
    void reportsUnknownActivityTypeAndListsTheTypes() {
        List<Diagnostic> problems = readProblems("campaign.yaml", HEADER + """
                activities:
                  - {id: a, type: build-audience, dimension: recipients}
                  - {id: send, type: send-email, template: welcome}
                """);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.UNKNOWN_ACTIVITY_TYPE, "activities[1].type", "send"));
        assertThat(problems.getFirst().message()).contains("'send-email'", "build-audience", "combine");
    }

    @Test
    @Covers(DiagnosticCode.INVALID_OPTION)
    void reportsOptionValuesThatAreNotAllowedAndListsTheAllowedOnes() {
        List<Diagnostic> problems = readProblems("campaign.yaml", HEADER + """
                activities:
                  - {id: a, type: build-audience, dimension: recipients, rule: {attribute: country, operator: approximately, value: FR}}
                  - {id: b, type: build-audience, dimension: recipients, rule: {attribute: createdAt, operator: in-last, value: {amount: 2, unit: fortnights}}}
                  - {id: c, type: build-audience, dimension: recipients, rule: {all: [{attribute: country, operator: equal, value: FR}], any: []}}
                  - {id: d, type: combine, operation: merge}
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.INVALID_OPTION, "activities[0].rule.operator", "a"),
                at(DiagnosticCode.INVALID_OPTION, "activities[1].rule.value.unit", "b"),
                at(DiagnosticCode.INVALID_OPTION, "activities[2].rule", "c"),
                at(DiagnosticCode.INVALID_OPTION, "activities[3].operation", "d"));
        assertThat(message(problems, "activities[0].rule.operator")).contains("'approximately'", "equal", "in-last", "starts-with", "is-empty");
        assertThat(message(problems, "activities[1].rule.value.unit")).contains("'fortnights'", "days", "weeks", "months", "years");
        assertThat(message(problems, "activities[3].operation")).contains("'merge'", "union", "intersection", "exclusion");
    }

    @Test
    @Covers(DiagnosticCode.INVALID_OPTION)
    void reportsComplementOfAUnion() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, dimension: recipients}
                  - {id: b, type: build-audience, dimension: recipients}
                  - {id: c, type: combine, operation: union, complement: true}
                transitions:
                  - {from: a, to: c}
                  - {from: b, to: c}
                """);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.INVALID_OPTION, "activities[2].complement", "c"));
        assertThat(problems.getFirst().message()).contains("union", "intersection", "exclusion");
    }

    // BTN2xx: the graph

    @Test
    @Covers(DiagnosticCode.DUPLICATE_ACTIVITY_ID)
    void reportsActivityIdUsedTwice() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, label: French, dimension: recipients}
                  - {id: b, type: build-audience, label: German, dimension: recipients}
                  - {id: a, type: build-audience, label: Spanish, dimension: recipients}
                """);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.DUPLICATE_ACTIVITY_ID, "activities[2].id", "a"));
        assertThat(problems.getFirst().message()).contains("'a'");
    }

    @Test
    @Covers(DiagnosticCode.DUPLICATE_LABEL)
    void reportsActivityLabelsThatDifferOnlyInCaseAndSpaces() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, label: Recent bookers, dimension: recipients}
                  - {id: b, type: build-audience, label: "  recent BOOKERS ", dimension: recipients}
                """);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.DUPLICATE_LABEL, "activities[1].label", "b"));
        assertThat(problems.getFirst().message()).contains("'  recent BOOKERS '", "'a'");
    }

    @Test
    @Covers(DiagnosticCode.DUPLICATE_LABEL)
    void reportsTransitionLabelUsedTwice() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, dimension: recipients}
                  - {id: b, type: build-audience, dimension: recipients}
                  - {id: c, type: combine, operation: union}
                transitions:
                  - {from: a, to: c, label: Bookers}
                  - {from: b, to: c, label: bookers}
                """);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.DUPLICATE_LABEL, "transitions[1].label", null));
        assertThat(problems.getFirst().message()).contains("'bookers'");
    }

    @Test
    @Covers(DiagnosticCode.DANGLING_TRANSITION)
    void reportsTransitionsToAndFromUnknownActivitiesAndListsTheActivities() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, dimension: recipients}
                  - {id: b, type: build-audience, dimension: recipients}
                transitions:
                  - {from: ghost, to: a}
                  - {from: b, to: nowhere}
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.DANGLING_TRANSITION, "transitions[0].from", null),
                at(DiagnosticCode.DANGLING_TRANSITION, "transitions[1].to", null));
        assertThat(message(problems, "transitions[0].from")).contains("'ghost'", "activities: a, b");
        assertThat(message(problems, "transitions[1].to")).contains("'nowhere'", "activities: a, b");
    }

    @Test
    @Covers(DiagnosticCode.DUPLICATE_TRANSITION)
    void reportsTransitionDeclaredTwice() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, dimension: recipients}
                  - {id: b, type: build-audience, dimension: recipients}
                  - {id: c, type: combine, operation: union}
                transitions:
                  - {from: a, to: c}
                  - {from: b, to: c}
                  - {from: a, output: out, to: c}
                """);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.DUPLICATE_TRANSITION, "transitions[2]", "c"));
        assertThat(problems.getFirst().message()).contains("a.out", "c");
    }

    @Test
    @Covers(DiagnosticCode.CYCLE)
    void reportsCycleBetweenTwoCombines() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, dimension: recipients}
                  - {id: b, type: build-audience, dimension: recipients}
                  - {id: first, type: combine, operation: union}
                  - {id: second, type: combine, operation: intersection}
                  - {id: after, type: combine, operation: union}
                transitions:
                  - {from: a, to: first}
                  - {from: second, to: first}
                  - {from: b, to: second}
                  - {from: first, to: second}
                  - {from: second, to: after}
                  - {from: a, to: after}
                """);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.CYCLE, "activities[2]", "first"));
        assertThat(problems.getFirst().message()).as("names the activities on the cycle, not the one after it")
                .contains("first, second").doesNotContain("after");
    }

    @Test
    @Covers(DiagnosticCode.MISSING_INPUT)
    void reportsCombineWithOneInput() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, dimension: recipients}
                  - {id: c, type: combine, operation: intersection}
                transitions:
                  - {from: a, to: c}
                """);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.MISSING_INPUT, "activities[1]", "c"));
        assertThat(problems.getFirst().message()).contains("combine", "at least 2", "has 1");
    }

    @Test
    @Covers(DiagnosticCode.SURPLUS_INPUT)
    void reportsTransitionIntoBuildAudience() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, dimension: recipients}
                  - {id: b, type: build-audience, dimension: recipients}
                transitions:
                  - {from: a, to: b}
                """);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.SURPLUS_INPUT, "activities[1]", "b"));
        assertThat(problems.getFirst().message()).contains("build-audience", "has 1");
    }

    @Test
    @Covers(DiagnosticCode.UNKNOWN_OUTPUT)
    void reportsUnknownOutputAndListsTheOutputs() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, dimension: recipients}
                  - {id: b, type: build-audience, dimension: recipients}
                  - {id: c, type: combine, operation: exclusion, primary: a, complement: true}
                  - {id: d, type: build-audience, dimension: recipients}
                  - {id: e, type: build-audience, dimension: recipients}
                transitions:
                  - {from: a, to: c}
                  - {from: b, to: c}
                  - {from: a, output: complement, to: d}
                  - {from: c, output: rest, to: e}
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.UNKNOWN_OUTPUT, "transitions[2].output", "a"),
                at(DiagnosticCode.UNKNOWN_OUTPUT, "transitions[3].output", "c"));
        assertThat(message(problems, "transitions[2].output")).contains("'complement'", "outputs: out");
        assertThat(message(problems, "transitions[3].output")).contains("'rest'", "outputs: out, complement");
    }

    @Test
    @Covers(DiagnosticCode.EMPTY_CAMPAIGN)
    void reportsCampaignWithoutActivities() {
        List<Diagnostic> problems = validationProblems("""
                activities: []
                """);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.EMPTY_CAMPAIGN, "activities", null));
    }

    // BTN3xx: against the data model

    @Test
    @Covers(DiagnosticCode.UNKNOWN_DIMENSION)
    void reportsUnknownDimensionAndListsEntitiesAndTargetDimensions() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, dimension: customers, rule: {attribute: anything, operator: equal, value: 1}}
                """);

        assertThat(found(problems)).as("the rule is not checked against an unknown dimension")
                .containsExactly(at(DiagnosticCode.UNKNOWN_DIMENSION, "activities[0].dimension", "a"));
        assertThat(problems.getFirst().message()).contains("'customers'", "recipients", "bookings", "trips", "destinations", "wishlists",
                "Recipients - CRMID", "Recipients - Email");
    }

    @Test
    @Covers(DiagnosticCode.UNKNOWN_ATTRIBUTE)
    void reportsUnknownAttributeAndListsTheAttributesOfTheRightEntity() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, dimension: recipients, rule: {attribute: shoeSize, operator: equal, value: 42}}
                  - id: b
                    type: build-audience
                    dimension: recipients
                    rule: {exists: bookings, where: {attribute: price, operator: greater, value: 100}}
                  - {id: c, type: build-audience, dimension: bookings, rule: {attribute: trip.destination.continent, operator: equal, value: Europe}}
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.UNKNOWN_ATTRIBUTE, "activities[0].rule.attribute", "a"),
                at(DiagnosticCode.UNKNOWN_ATTRIBUTE, "activities[1].rule.where.attribute", "b"),
                at(DiagnosticCode.UNKNOWN_ATTRIBUTE, "activities[2].rule.attribute", "c"));
        assertThat(message(problems, "activities[0].rule.attribute")).contains("'shoeSize'", "'recipients'", "attributes: recipientId, crmId, email");
        assertThat(message(problems, "activities[1].rule.where.attribute")).contains("'price'", "'bookings'", "bookingDate", "amount", "status");
        assertThat(message(problems, "activities[2].rule.attribute")).contains("'continent'", "'destinations'", "name, country, region");
    }

    @Test
    @Covers(DiagnosticCode.UNKNOWN_ATTRIBUTE)
    void reportsLinkUsedAsAnAttributeWithAHint() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, dimension: bookings, rule: {attribute: trip, operator: is-not-empty}}
                """);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.UNKNOWN_ATTRIBUTE, "activities[0].rule.attribute", "a"));
        assertThat(problems.getFirst().message()).contains("'trip' is a link", "trip.", "exists");
    }

    @Test
    @Covers(DiagnosticCode.UNKNOWN_ATTRIBUTE)
    void reportsUnknownReconciliationAttribute() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, dimension: recipients}
                  - {id: b, type: build-audience, dimension: recipients}
                  - {id: c, type: combine, operation: intersection, primary: a, reconcileOn: [email, phone]}
                transitions:
                  - {from: a, to: c}
                  - {from: b, to: c}
                """);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.UNKNOWN_ATTRIBUTE, "activities[2].reconcileOn[1]", "c"));
        assertThat(problems.getFirst().message()).contains("'phone'", "'recipients'", "email", "country");
    }

    @Test
    @Covers(DiagnosticCode.UNKNOWN_LINK)
    void reportsUnknownLinkInExistsAndInAttributePathAndListsTheLinks() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, dimension: recipients, rule: {exists: reviews}}
                  - {id: b, type: build-audience, dimension: recipients, rule: {notExists: reviews, where: {attribute: stars, operator: equal, value: 1}}}
                  - {id: c, type: build-audience, dimension: bookings, rule: {attribute: agent.name, operator: equal, value: Ann}}
                  - {id: d, type: build-audience, dimension: destinations, rule: {attribute: trip.name, operator: equal, value: Ann}}
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.UNKNOWN_LINK, "activities[0].rule.exists", "a"),
                at(DiagnosticCode.UNKNOWN_LINK, "activities[1].rule.notExists", "b"),
                at(DiagnosticCode.UNKNOWN_LINK, "activities[2].rule.attribute", "c"),
                at(DiagnosticCode.UNKNOWN_LINK, "activities[3].rule.attribute", "d"));
        assertThat(message(problems, "activities[0].rule.exists")).contains("'reviews'", "'recipients'", "links: bookings, wishlist");
        assertThat(message(problems, "activities[2].rule.attribute")).contains("'agent'", "'agent.name'", "links: recipient, trip");
        assertThat(message(problems, "activities[3].rule.attribute")).contains("'trip'", "links: trips");
    }

    @Test
    @Covers(DiagnosticCode.WRONG_VALUE_TYPE)
    void reportsValuesOfTheWrongTypeAndSaysWhatFits() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - id: a
                    type: build-audience
                    dimension: recipients
                    rule:
                      all:
                        - {attribute: emailOptIn, operator: equal, value: "yes"}
                        - {attribute: birthDate, operator: less, value: yesterday}
                        - {attribute: lastName, operator: equal, value: 42}
                        - {attribute: createdAt, operator: in-last, value: soon}
                        - {attribute: country, operator: in, value: [FR, 3]}
                  - {id: b, type: build-audience, dimension: bookings, rule: {attribute: tripId, operator: equal, value: 1.5}}
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.WRONG_VALUE_TYPE, "activities[0].rule.all[0].value", "a"),
                at(DiagnosticCode.WRONG_VALUE_TYPE, "activities[0].rule.all[1].value", "a"),
                at(DiagnosticCode.WRONG_VALUE_TYPE, "activities[0].rule.all[2].value", "a"),
                at(DiagnosticCode.WRONG_VALUE_TYPE, "activities[0].rule.all[3].value", "a"),
                at(DiagnosticCode.WRONG_VALUE_TYPE, "activities[0].rule.all[4].value[1]", "a"),
                at(DiagnosticCode.WRONG_VALUE_TYPE, "activities[1].rule.value", "b"));
        assertThat(message(problems, "activities[0].rule.all[0].value")).contains("'yes'", "boolean", "'emailOptIn'", "true or false");
        assertThat(message(problems, "activities[0].rule.all[1].value")).contains("'yesterday'", "date", "2026-01-31");
        assertThat(message(problems, "activities[0].rule.all[2].value")).contains("42", "string", "'lastName'", "quotes");
        assertThat(message(problems, "activities[0].rule.all[3].value")).contains("'soon'", "period", "days");
        assertThat(message(problems, "activities[1].rule.value")).contains("1.5", "integer", "whole number");
    }

    @Test
    @Covers(DiagnosticCode.WRONG_VALUE_TYPE)
    void reportsNegativePeriod() {
        List<Diagnostic> problems = readProblems("campaign.yaml", HEADER + """
                activities:
                  - {id: a, type: build-audience, dimension: recipients, rule: {attribute: createdAt, operator: in-last, value: {amount: -3, unit: days}}}
                """);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.WRONG_VALUE_TYPE, "activities[0].rule.value.amount", "a"));
    }

    @Test
    @Covers(DiagnosticCode.OPERATOR_NOT_APPLICABLE)
    void reportsOperatorThatDoesNotApplyAndListsTheApplicableOnes() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, dimension: recipients, rule: {attribute: emailOptIn, operator: greater, value: true}}
                  - {id: b, type: build-audience, dimension: recipients, rule: {attribute: recipientId, operator: contains, value: "12"}}
                  - {id: c, type: build-audience, dimension: recipients, rule: {attribute: country, operator: in-last, value: 3 days}}
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.OPERATOR_NOT_APPLICABLE, "activities[0].rule.operator", "a"),
                at(DiagnosticCode.OPERATOR_NOT_APPLICABLE, "activities[1].rule.operator", "b"),
                at(DiagnosticCode.OPERATOR_NOT_APPLICABLE, "activities[2].rule.operator", "c"));
        assertThat(message(problems, "activities[0].rule.operator")).contains("'greater'", "'emailOptIn'", "operators for boolean: equal, not-equal, is-empty, is-not-empty");
        assertThat(message(problems, "activities[1].rule.operator")).contains("'contains'", "integer", "less").doesNotContain("contains,");
    }

    @Test
    @Covers(DiagnosticCode.VALUE_NOT_ALLOWED)
    void reportsEnumValueThatIsNotAllowedAndListsTheValues() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, dimension: recipients, rule: {attribute: loyaltyTier, operator: equal, value: diamond}}
                  - {id: b, type: build-audience, dimension: bookings, rule: {attribute: trip.destination.region, operator: in, value: [Europe, Atlantis]}}
                  - {id: c, type: build-audience, dimension: recipients, rule: {attribute: loyaltyTier, operator: equal, value: Gold}}
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.VALUE_NOT_ALLOWED, "activities[0].rule.value", "a"),
                at(DiagnosticCode.VALUE_NOT_ALLOWED, "activities[1].rule.value[1]", "b"),
                at(DiagnosticCode.VALUE_NOT_ALLOWED, "activities[2].rule.value", "c"));
        assertThat(message(problems, "activities[0].rule.value")).contains("'diamond'", "loyaltyTier", "allowed: none, silver, gold, platinum");
        assertThat(message(problems, "activities[1].rule.value[1]")).contains("'Atlantis'", "region", "Europe, Asia");
    }

    @Test
    @Covers(DiagnosticCode.INCOMPATIBLE_DIMENSIONS)
    void reportsCombineOfDifferentDimensionsNamingBoth() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: people, type: build-audience, dimension: Recipients - CRMID}
                  - {id: sales, type: build-audience, dimension: bookings}
                  - {id: both, type: combine, operation: union}
                transitions:
                  - {from: people, to: both}
                  - {from: sales, to: both}
                """);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.INCOMPATIBLE_DIMENSIONS, "activities[2]", "both"));
        assertThat(problems.getFirst().message()).contains("people.out is recipients", "sales.out is bookings");
    }

    @Test
    @Covers(DiagnosticCode.INVALID_PRIMARY_SET)
    void reportsPrimarySetThatIsNoInboundTransitionAndListsTheInboundOnes() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, dimension: recipients}
                  - {id: b, type: build-audience, dimension: recipients}
                  - {id: x, type: build-audience, dimension: recipients}
                  - {id: c, type: combine, operation: exclusion, primary: x}
                  - {id: d, type: combine, operation: exclusion}
                  - {id: e, type: combine, operation: union, reconcileOn: [email]}
                transitions:
                  - {from: a, to: c}
                  - {from: b, to: c}
                  - {from: a, to: d}
                  - {from: b, to: d}
                  - {from: a, to: e}
                  - {from: b, to: e}
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.INVALID_PRIMARY_SET, "activities[3].primary", "c"),
                at(DiagnosticCode.INVALID_PRIMARY_SET, "activities[4].primary", "d"),
                at(DiagnosticCode.INVALID_PRIMARY_SET, "activities[5].primary", "e"));
        assertThat(message(problems, "activities[3].primary")).contains("'x'", "inbound: a.out, b.out");
        assertThat(message(problems, "activities[4].primary")).contains("exclusion", "inbound: a.out, b.out");
        assertThat(message(problems, "activities[5].primary")).contains("reconciliation", "inbound: a.out, b.out");
    }

    @Test
    @Covers(DiagnosticCode.MISSING_VALUE)
    void reportsOperatorWithoutValueAndEmptyLists() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, dimension: recipients, rule: {attribute: country, operator: equal}}
                  - {id: b, type: build-audience, dimension: recipients, rule: {attribute: country, operator: not-in, value: []}}
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.MISSING_VALUE, "activities[0].rule.value", "a"),
                at(DiagnosticCode.MISSING_VALUE, "activities[1].rule.value", "b"));
        assertThat(message(problems, "activities[0].rule.value")).contains("'equal'");
    }

    @Test
    @Covers(DiagnosticCode.MISSING_VALUE)
    void reportsEmptyGroupAndExceptWithNothingToRemove() {
        List<Diagnostic> problems = readProblems("campaign.yaml", HEADER + """
                activities:
                  - {id: a, type: build-audience, dimension: recipients, rule: {all: []}}
                  - {id: b, type: build-audience, dimension: recipients, rule: {except: [{attribute: country, operator: equal, value: FR}]}}
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.MISSING_VALUE, "activities[0].rule.all", "a"),
                at(DiagnosticCode.MISSING_VALUE, "activities[1].rule.except", "b"));
    }

    @Test
    @Covers(DiagnosticCode.UNEXPECTED_VALUE)
    void reportsValueGivenToOperatorThatTakesNone() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, dimension: recipients, rule: {attribute: email, operator: is-empty, value: ""}}
                """);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.UNEXPECTED_VALUE, "activities[0].rule.value", "a"));
        assertThat(problems.getFirst().message()).contains("'is-empty'");
    }

    @Test
    @Covers(DiagnosticCode.TO_MANY_LINK_IN_PATH)
    void reportsAttributePathThroughOneToManyLinkAndSuggestsExists() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, dimension: recipients, rule: {attribute: bookings.amount, operator: greater, value: 1000}}
                  - {id: b, type: build-audience, dimension: bookings, rule: {attribute: trip.bookings.status, operator: equal, value: cancelled}}
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.TO_MANY_LINK_IN_PATH, "activities[0].rule.attribute", "a"),
                at(DiagnosticCode.TO_MANY_LINK_IN_PATH, "activities[1].rule.attribute", "b"));
        assertThat(message(problems, "activities[0].rule.attribute")).contains("'bookings'", "'recipients'", "one-to-many", "exists: bookings");
        assertThat(message(problems, "activities[1].rule.attribute")).contains("'bookings'", "'trips'", "'trip.bookings.status'");
    }

    // Several problems at once

    @Test
    void reportsEveryProblemOfTheGraphAndTheActivitiesAtOnce() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - {id: a, type: build-audience, dimension: recipients, rule: {attribute: shoeSize, operator: equal, value: 42}}
                  - {id: b, type: build-audience, dimension: recipients, rule: {attribute: emailOptIn, operator: equal, value: "no"}}
                  - {id: c, type: build-audience, dimension: customers}
                  - {id: d, type: combine, operation: union}
                  - {id: e, type: build-audience, dimension: bookings, rule: {attribute: status, operator: equal, value: lost}}
                transitions:
                  - {from: a, to: d}
                  - {from: b, to: nowhere}
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.DANGLING_TRANSITION, "transitions[1].to", null),
                at(DiagnosticCode.MISSING_INPUT, "activities[3]", "d"),
                at(DiagnosticCode.UNKNOWN_ATTRIBUTE, "activities[0].rule.attribute", "a"),
                at(DiagnosticCode.WRONG_VALUE_TYPE, "activities[1].rule.value", "b"),
                at(DiagnosticCode.UNKNOWN_DIMENSION, "activities[2].dimension", "c"),
                at(DiagnosticCode.VALUE_NOT_ALLOWED, "activities[4].rule.value", "e"));
    }

    @Test
    void reportsEveryProblemOfFormAtOnce() {
        List<Diagnostic> problems = readProblems("campaign.yaml", """
                formatVersion: 2
                id: bad-campaign
                activities:
                  - {id: a, type: build-audience, dimension: recipients, colour: blue}
                  - {id: B, type: build-audience, dimension: recipients}
                  - {id: c, type: split}
                  - {id: d, type: combine, operation: union, complement: maybe}
                  - {id: e, type: build-audience, dimension: recipients, rule: {attribute: country, operator: about, value: FR}}
                transitions:
                  - {from: a}
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.UNSUPPORTED_FORMAT_VERSION, "formatVersion", null),
                at(DiagnosticCode.UNKNOWN_FIELD, "activities[0].colour", "a"),
                at(DiagnosticCode.INVALID_ID, "activities[1].id", "B"),
                at(DiagnosticCode.UNKNOWN_ACTIVITY_TYPE, "activities[2].type", "c"),
                at(DiagnosticCode.WRONG_FIELD_TYPE, "activities[3].complement", "d"),
                at(DiagnosticCode.INVALID_OPTION, "activities[4].rule.operator", "e"),
                at(DiagnosticCode.MISSING_FIELD, "transitions[0].to", null));
    }

    @Test
    void reportsEveryProblemOfOneActivityRuleAtOnce() {
        List<Diagnostic> problems = validationProblems("""
                activities:
                  - id: a
                    type: build-audience
                    dimension: recipients
                    rule:
                      any:
                        - {attribute: shoeSize, operator: equal, value: 42}
                        - {attribute: loyaltyTier, operator: equal, value: diamond}
                        - exists: bookings
                          where:
                            except:
                              - {attribute: amount, operator: starts-with, value: "1"}
                              - {attribute: status, operator: is-empty, value: pending}
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.UNKNOWN_ATTRIBUTE, "activities[0].rule.any[0].attribute", "a"),
                at(DiagnosticCode.VALUE_NOT_ALLOWED, "activities[0].rule.any[1].value", "a"),
                at(DiagnosticCode.OPERATOR_NOT_APPLICABLE, "activities[0].rule.any[2].where.except[0].operator", "a"),
                at(DiagnosticCode.UNEXPECTED_VALUE, "activities[0].rule.any[2].where.except[1].value", "a"));
    }

    // Save audience and Read audience against saved audiences

    /** A catalog with one saved audience, "Recent purchasers" (crmId identities, a mapped email), owned by campaign "owner". */
    private static final AudienceCatalog CATALOG = new AudienceCatalog(
            List.of(new LabelOwner("Recent purchasers", "owner", "save")),
            List.of(new AudienceTable("Recent purchasers", "Recipients - CRMID", "crmId", 2, TableName.parse("baton_audiences.a1_v2"), List.of(
                    new StoredField("crmId", AttributeType.STRING, StoredField.FieldRole.IDENTITY),
                    new StoredField("recipients_recipientId", AttributeType.INTEGER, StoredField.FieldRole.SOURCE_KEY),
                    new StoredField("email", AttributeType.STRING, StoredField.FieldRole.MAPPED)), 1_250, 1_200)));

    private static List<Diagnostic> audienceProblems(String body) {
        Checked<Campaign> read = CampaignReader.read(HEADER + body, "campaign.yaml");
        assertThat(read.diagnostics()).as("the file itself is well-formed").isEmpty();
        return CampaignCompiler.validate(read.value().orElseThrow(), MODEL, CATALOG);
    }

    @Test
    @Covers(DiagnosticCode.AUDIENCE_LABEL_TAKEN)
    void reportsAudienceLabelOwnedByAnotherCampaignOrSavedTwice() {
        List<Diagnostic> problems = audienceProblems("""
                activities:
                  - {id: a, type: build-audience, dimension: recipients}
                  - {id: s1, type: save-audience, audience: "  recent PURCHASERS ", profileMapping: Recipients - CRMID}
                  - {id: b, type: build-audience, dimension: bookings}
                  - {id: s2, type: save-audience, audience: Mine, profileMapping: Recipients - CRMID}
                  - {id: s3, type: save-audience, audience: MINE, profileMapping: Recipients - CRMID}
                transitions:
                  - {from: a, to: s1}
                  - {from: b, to: s2}
                  - {from: a, to: s3}
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.AUDIENCE_LABEL_TAKEN, "activities[1].audience", "s1"),
                at(DiagnosticCode.AUDIENCE_LABEL_TAKEN, "activities[4].audience", "s3"));
        assertThat(message(problems, "activities[1].audience")).contains("owned by campaign 'owner'", "activity 'save'");
        assertThat(message(problems, "activities[4].audience")).contains("also saved by activity 's2'");
    }

    @Test
    void theOwnerMayReuseItsLabel() {
        Checked<Campaign> read = CampaignReader.read("""
                formatVersion: 1
                id: owner
                activities:
                  - {id: a, type: build-audience, dimension: recipients}
                  - {id: save, type: save-audience, audience: Recent purchasers, profileMapping: Recipients - CRMID}
                transitions:
                  - {from: a, to: save}
                """, "owner.yaml");

        assertThat(CampaignCompiler.validate(read.value().orElseThrow(), MODEL, CATALOG)).isEmpty();
    }

    @Test
    @Covers(DiagnosticCode.INCOMPATIBLE_PROFILE_MAPPING)
    void reportsProfileMappingNotReachableAndListsCompatibleOnes() {
        List<Diagnostic> problems = audienceProblems("""
                activities:
                  - {id: t, type: build-audience, dimension: trips}
                  - {id: s, type: save-audience, audience: Trips, profileMapping: Recipients - CRMID}
                  - {id: w, type: build-audience, dimension: wishlists}
                  - {id: s2, type: save-audience, audience: Wishes, profileMapping: Recipients - Typo}
                transitions:
                  - {from: t, to: s}
                  - {from: w, to: s2}
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.INCOMPATIBLE_PROFILE_MAPPING, "activities[1].profileMapping", "s"),
                at(DiagnosticCode.UNKNOWN_DIMENSION, "activities[3].profileMapping", "s2"));
        assertThat(message(problems, "activities[1].profileMapping")).contains("'Recipients - CRMID'", "trips", "compatible: none");
        assertThat(message(problems, "activities[3].profileMapping")).contains("Recipients - CRMID, Recipients - Email");
    }

    @Test
    @Covers(DiagnosticCode.INVALID_AUDIENCE_FIELD)
    void reportsBadOrDuplicateFieldNamesAndUnknownStoredFields() {
        List<Diagnostic> problems = audienceProblems("""
                activities:
                  - {id: b, type: build-audience, dimension: bookings}
                  - id: s
                    type: save-audience
                    audience: Bookers
                    profileMapping: Recipients - CRMID
                    mappings:
                      - {source: amount, field: "total; drop"}
                      - {source: amount, field: crmid}
                      - {source: recipient.nickname, field: nick}
                  - {id: r, type: read-audience, audience: Recent purchasers, dimension: Recipients - CRMID, fields: [email, phone]}
                transitions:
                  - {from: b, to: s}
                """);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                at(DiagnosticCode.INVALID_AUDIENCE_FIELD, "activities[1].mappings[0].field", "s"),
                at(DiagnosticCode.INVALID_AUDIENCE_FIELD, "activities[1].mappings[1].field", "s"),
                at(DiagnosticCode.UNKNOWN_ATTRIBUTE, "activities[1].mappings[2].source", "s"),
                at(DiagnosticCode.INVALID_AUDIENCE_FIELD, "activities[2].fields[1]", "r"));
        assertThat(message(problems, "activities[1].mappings[1].field")).contains("already in the audience", "crmId", "bookings_bookingId");
        assertThat(message(problems, "activities[2].fields[1]")).contains("'phone'", "stored fields: email");
    }

    @Test
    @Covers(DiagnosticCode.UNKNOWN_AUDIENCE)
    void reportsUnknownAudienceAndListsSavedOnes() {
        List<Diagnostic> problems = audienceProblems("""
                activities:
                  - {id: r, type: read-audience, audience: Old purchasers, dimension: Recipients - CRMID}
                """);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.UNKNOWN_AUDIENCE, "activities[0].audience", "r"));
        assertThat(message(problems, "activities[0].audience")).contains("'Old purchasers'", "saved audiences: Recent purchasers");
    }

    @Test
    @Covers(DiagnosticCode.INCOMPATIBLE_IDENTITY)
    void reportsReadDimensionOfAnotherNamespace() {
        List<Diagnostic> problems = audienceProblems("""
                activities:
                  - {id: r, type: read-audience, audience: recent purchasers, dimension: Recipients - Email}
                """);

        assertThat(found(problems)).containsExactly(at(DiagnosticCode.INCOMPATIBLE_IDENTITY, "activities[0].dimension", "r"));
        assertThat(message(problems, "activities[0].dimension")).contains("crmId identities", "email", "target dimensions in crmId: Recipients - CRMID");
    }

    /** Problems of the file alone; the campaign must fail to read. */
    private static List<Diagnostic> readProblems(String fileName, String text) {
        Checked<Campaign> read = CampaignReader.read(text, fileName);
        assertThat(read.ok()).as("the reader refuses the file").isFalse();
        return read.diagnostics();
    }

    /** Problems of a well-formed campaign (HEADER + body) against the demo data model. */
    private static List<Diagnostic> validationProblems(String body) {
        Checked<Campaign> read = CampaignReader.read(HEADER + body, "campaign.yaml");
        assertThat(read.diagnostics()).as("the file itself is well-formed").isEmpty();
        return CampaignCompiler.validate(read.value().orElseThrow(), MODEL);
    }

    private static Tuple at(DiagnosticCode code, String location, String activity) {
        return tuple(code, location, Optional.ofNullable(activity));
    }

    private static List<Tuple> found(List<Diagnostic> problems) {
        return problems.stream().map(problem -> tuple(problem.code(), problem.location(), problem.activity())).toList();
    }

    private static String message(List<Diagnostic> problems, String location) {
        return problems.stream().filter(problem -> problem.location().equals(location)).findFirst().orElseThrow().message();
    }
}

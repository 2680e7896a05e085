package dev.baton.model.datamodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.baton.model.diagnostic.Checked;
import dev.baton.model.diagnostic.Diagnostic;
import dev.baton.model.diagnostic.DiagnosticCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One test per data model problem the reader reports on its own (BTN1xx as they occur in data model files, BTN400 to
 * BTN403 and BTN407); the codes that need a database (BTN404 to BTN406) are tested with the engine. Assertions are on
 * codes and locations; messages are only checked to name the offending thing and, where promised, the choices.
 */
final class DataModelReaderTest {
    private static final String VALID = """
            formatVersion: 1
            entities:
              - name: people
                label: People
                table: crm.people
                primaryKey: personId
                attributes:
                  - {name: personId, label: Person id, column: person_id, type: integer}
                  - {name: email, type: string, identity: email}
                  - {name: tier, type: enum, values: [bronze, silver, gold]}
                  - {name: birthDate, column: birth_date, type: date}
                  - {name: score, type: decimal}
                  - {name: optIn, type: boolean}
                  - {name: createdAt, type: timestamp}
                links:
                  - {name: orders, label: Orders, target: orders, cardinality: one-to-many, join: [{source: personId, target: personId}]}
              - name: orders
                table: orders
                primaryKey: [shopId, orderId]
                attributes:
                  - {name: shopId, type: integer}
                  - {name: orderId, type: integer}
                  - {name: personId, type: integer}
                links:
                  - {name: person, target: people, cardinality: many-to-one, join: [{source: personId, target: personId}]}
            targetDimensions:
              - {name: "  People - Email ", entity: people, identity: email}
            """;

    @Test
    void readsValidModelWithEntitiesAttributesLinksAndTargetDimensions() {
        Checked<DataModel> read = DataModelReader.read(VALID, "datamodel.yaml");

        assertThat(read.diagnostics()).isEmpty();
        DataModel model = read.value().orElseThrow();
        assertThat(model.formatVersion()).isEqualTo(1);
        assertThat(model.entityNames()).containsExactly("people", "orders");

        Entity people = model.entity("people").orElseThrow();
        assertThat(people.label()).isEqualTo("People");
        assertThat(people.table()).isEqualTo(new TableName(Optional.of("crm"), "people"));
        assertThat(people.primaryKey()).containsExactly("personId");
        assertThat(people.attributes()).containsExactly(
                new Attribute("personId", "Person id", "person_id", AttributeType.INTEGER, List.of(), Optional.empty()),
                new Attribute("email", "email", "email", AttributeType.STRING, List.of(), Optional.of("email")),
                new Attribute("tier", "tier", "tier", AttributeType.ENUMERATION, List.of("bronze", "silver", "gold"), Optional.empty()),
                new Attribute("birthDate", "birthDate", "birth_date", AttributeType.DATE, List.of(), Optional.empty()),
                new Attribute("score", "score", "score", AttributeType.DECIMAL, List.of(), Optional.empty()),
                new Attribute("optIn", "optIn", "optIn", AttributeType.BOOLEAN, List.of(), Optional.empty()),
                new Attribute("createdAt", "createdAt", "createdAt", AttributeType.TIMESTAMP, List.of(), Optional.empty()));
        assertThat(people.attribute("email").orElseThrow().isIdentity()).isTrue();
        assertThat(people.links()).containsExactly(
                new Link("orders", "Orders", "orders", Cardinality.ONE_TO_MANY, List.of(new JoinPair("personId", "personId"))));

        Entity orders = model.entity("orders").orElseThrow();
        assertThat(orders.label()).as("label defaults to the name").isEqualTo("orders");
        assertThat(orders.table()).isEqualTo(new TableName(Optional.empty(), "orders"));
        assertThat(orders.primaryKey()).containsExactly("shopId", "orderId");
        assertThat(orders.primaryKeyAttributes()).extracting(Attribute::name).containsExactly("shopId", "orderId");
        assertThat(orders.links()).containsExactly(
                new Link("person", "person", "people", Cardinality.MANY_TO_ONE, List.of(new JoinPair("personId", "personId"))));
        assertThat(orders.links().getFirst().cardinality().isToOne()).isTrue();

        assertThat(model.targetDimensions()).as("the dimension name is trimmed")
                .containsExactly(new TargetDimension("People - Email", "people", "email"));
    }

    @Test
    void readsTheSameModelFromJson() {
        String json = """
                {"formatVersion": 1,
                 "entities": [{"name": "people", "table": "people", "primaryKey": ["personId"],
                               "attributes": [{"name": "personId", "type": "integer"},
                                              {"name": "crmId", "column": "crm_id", "type": "string", "identity": "crmId"}]}],
                 "targetDimensions": [{"name": "People - CRM", "entity": "people", "identity": "crmId"}]}
                """;

        DataModel model = DataModelReader.read(json, "datamodel.json").value().orElseThrow();

        assertThat(model.entity("people").orElseThrow().attributes()).containsExactly(
                new Attribute("personId", "personId", "personId", AttributeType.INTEGER, List.of(), Optional.empty()),
                new Attribute("crmId", "crmId", "crm_id", AttributeType.STRING, List.of(), Optional.of("crmId")));
        assertThat(model.targetDimension("People - CRM")).contains(new TargetDimension("People - CRM", "people", "crmId"));
    }

    // BTN100 MALFORMED_FILE

    @Test
    void reportsMalformedYamlOnOneLineWithItsPosition() {
        List<Diagnostic> problems = problems("""
                formatVersion: 1
                entities:
                  - {name: people, table: people
                """);

        assertThat(problems).extracting(Diagnostic::code, Diagnostic::location).containsExactly(tuple(DiagnosticCode.MALFORMED_FILE, ""));
        assertThat(problems.getFirst().message()).contains("datamodel.yaml", "YAML", "line ").doesNotContain("\n", "\r");
    }

    @Test
    void reportsMalformedJson() {
        List<Diagnostic> problems = DataModelReader.read("{\"formatVersion\": 1, \"entities\": [", "datamodel.json").diagnostics();

        assertThat(codesAndLocations(problems)).containsExactly(tuple(DiagnosticCode.MALFORMED_FILE, ""));
        assertThat(problems.getFirst().message()).contains("datamodel.json", "JSON");
    }

    @Test
    void reportsEmptyFileAndFileWithoutTopObject() {
        assertThat(codesAndLocations(problems(""))).containsExactly(tuple(DiagnosticCode.MALFORMED_FILE, ""));
        assertThat(codesAndLocations(problems("# only a comment\n"))).containsExactly(tuple(DiagnosticCode.MALFORMED_FILE, ""));
        assertThat(codesAndLocations(problems("- people\n- orders\n"))).containsExactly(tuple(DiagnosticCode.MALFORMED_FILE, ""));
    }

    // BTN101 UNSUPPORTED_FORMAT_VERSION

    @Test
    void reportsUnsupportedFormatVersion() {
        List<Diagnostic> problems = problems(VALID.replace("formatVersion: 1", "formatVersion: 2"));

        assertThat(codesAndLocations(problems)).containsExactly(tuple(DiagnosticCode.UNSUPPORTED_FORMAT_VERSION, "formatVersion"));
        assertThat(problems.getFirst().message()).contains("2", "1");
    }

    // BTN102 UNKNOWN_FIELD

    @Test
    void reportsUnknownFieldOfEntityAndListsTheAllowedOnes() {
        List<Diagnostic> problems = problems("""
                formatVersion: 1
                entities:
                  - {name: people, table: people, primaryKey: id, colour: red, attributes: [{name: id, type: integer}]}
                """);

        assertThat(codesAndLocations(problems)).containsExactly(tuple(DiagnosticCode.UNKNOWN_FIELD, "entities[0].colour"));
        assertThat(problems.getFirst().message()).contains("colour", "attributes", "label", "links", "name", "primaryKey", "table");
    }

    @Test
    void reportsAllowedValuesOnAnAttributeThatIsNoEnum() {
        List<Diagnostic> problems = problems("""
                formatVersion: 1
                entities:
                  - {name: people, table: people, primaryKey: id, attributes: [{name: id, type: integer, values: [low, high]}]}
                """);

        assertThat(codesAndLocations(problems)).containsExactly(tuple(DiagnosticCode.UNKNOWN_FIELD, "entities[0].attributes[0].values"));
        assertThat(problems.getFirst().message()).contains("integer");
    }

    // BTN103 MISSING_FIELD

    @Test
    void reportsMissingRequiredFields() {
        List<Diagnostic> problems = problems("""
                entities:
                  - {name: people, attributes: [{name: id}]}
                """);

        assertThat(codesAndLocations(problems)).containsExactlyInAnyOrder(
                tuple(DiagnosticCode.MISSING_FIELD, "formatVersion"),
                tuple(DiagnosticCode.MISSING_FIELD, "entities[0].table"),
                tuple(DiagnosticCode.MISSING_FIELD, "entities[0].primaryKey"),
                tuple(DiagnosticCode.MISSING_FIELD, "entities[0].attributes[0].type"));
        assertThat(problems).allSatisfy(problem -> assertThat(problem.message()).contains("'" + lastSegment(problem.location()) + "'"));
    }

    @Test
    void reportsEnumWithoutValuesEmptyPrimaryKeyAndLinkWithoutJoin() {
        List<Diagnostic> problems = problems("""
                formatVersion: 1
                entities:
                  - name: people
                    table: people
                    primaryKey: []
                    attributes: [{name: id, type: integer}, {name: tier, type: enum}]
                    links: [{name: self, target: people, cardinality: one-to-one, join: []}]
                """);

        assertThat(codesAndLocations(problems)).containsExactlyInAnyOrder(
                tuple(DiagnosticCode.MISSING_FIELD, "entities[0].primaryKey"),
                tuple(DiagnosticCode.MISSING_FIELD, "entities[0].attributes[1].values"),
                tuple(DiagnosticCode.MISSING_FIELD, "entities[0].links[0].join"));
    }

    // BTN104 WRONG_FIELD_TYPE

    @Test
    void reportsFieldsOfTheWrongKind() {
        List<Diagnostic> problems = problems("""
                formatVersion: one
                entities:
                  - {name: people, table: people, primaryKey: id, attributes: {name: id, type: integer}}
                  - {name: orders, table: orders, primaryKey: id, attributes: [a text, {name: id, type: integer}]}
                targetDimensions: people
                """);

        assertThat(codesAndLocations(problems)).containsExactlyInAnyOrder(
                tuple(DiagnosticCode.WRONG_FIELD_TYPE, "formatVersion"),
                tuple(DiagnosticCode.WRONG_FIELD_TYPE, "entities[0].attributes"),
                tuple(DiagnosticCode.WRONG_FIELD_TYPE, "entities[1].attributes[0]"),
                tuple(DiagnosticCode.WRONG_FIELD_TYPE, "targetDimensions"));
        assertThat(problems).filteredOn(problem -> problem.location().equals("formatVersion"))
                .singleElement().satisfies(problem -> assertThat(problem.message()).contains("whole number", "'one'"));
    }

    // BTN105 INVALID_ID

    @Test
    void reportsInvalidNames() {
        List<Diagnostic> problems = problems("""
                formatVersion: 1
                entities:
                  - name: "people; drop table x"
                    table: "  "
                    primaryKey: id
                    attributes:
                      - {name: 1st, type: integer}
                      - {name: id, type: integer, column: "bad\\ncolumn"}
                      - {name: email, type: string, identity: "e mail"}
                targetDimensions:
                  - {name: "   ", entity: people, identity: email}
                """);

        assertThat(codesAndLocations(problems)).containsExactlyInAnyOrder(
                tuple(DiagnosticCode.INVALID_ID, "entities[0].name"),
                tuple(DiagnosticCode.INVALID_ID, "entities[0].table"),
                tuple(DiagnosticCode.INVALID_ID, "entities[0].attributes[0].name"),
                tuple(DiagnosticCode.INVALID_ID, "entities[0].attributes[1].column"),
                tuple(DiagnosticCode.INVALID_ID, "entities[0].attributes[2].identity"),
                tuple(DiagnosticCode.INVALID_ID, "targetDimensions[0].name"));
        assertThat(message(problems, "entities[0].name")).contains("'people; drop table x'");
        assertThat(message(problems, "entities[0].attributes[1].column")).as("control characters are escaped")
                .contains("bad\\u000acolumn").doesNotContain("\n");
    }

    @Test
    void reportsNamesLongerThanSixtyThreeCharacters() {
        String longName = "a".repeat(64);
        List<Diagnostic> problems = problems("""
                formatVersion: 1
                entities:
                  - {name: %s, table: people, primaryKey: id, attributes: [{name: id, type: integer}]}
                """.formatted(longName));

        assertThat(codesAndLocations(problems)).containsExactly(tuple(DiagnosticCode.INVALID_ID, "entities[0].name"));
        assertThat(DataModelReader.read(VALID.replace("name: people", "name: " + "p".repeat(63)).replace("target: people", "target: " + "p".repeat(63))
                .replace("entity: people", "entity: " + "p".repeat(63)), "datamodel.yaml").diagnostics()).as("63 characters are fine").isEmpty();
    }

    // BTN107 INVALID_OPTION

    @Test
    void reportsUnknownTypeUnknownCardinalityAndIdentityThatIsNoText() {
        List<Diagnostic> problems = problems("""
                formatVersion: 1
                entities:
                  - name: people
                    table: people
                    primaryKey: id
                    attributes:
                      - {name: id, type: integer, identity: personId}
                      - {name: note, type: text}
                    links:
                      - {name: self, target: people, cardinality: many-to-many, join: [{source: id, target: id}]}
                """);

        assertThat(codesAndLocations(problems)).containsExactlyInAnyOrder(
                tuple(DiagnosticCode.INVALID_OPTION, "entities[0].attributes[0].identity"),
                tuple(DiagnosticCode.INVALID_OPTION, "entities[0].attributes[1].type"),
                tuple(DiagnosticCode.INVALID_OPTION, "entities[0].links[0].cardinality"));
        assertThat(message(problems, "entities[0].attributes[1].type")).contains("'text'", "string", "integer", "decimal", "boolean", "date", "timestamp", "enum");
        assertThat(message(problems, "entities[0].links[0].cardinality")).contains("'many-to-many'", "one-to-one", "many-to-one", "one-to-many");
        assertThat(message(problems, "entities[0].attributes[0].identity")).contains("integer");
    }

    // BTN400 DUPLICATE_NAME

    @Test
    void reportsAttributeDeclaredTwiceAndLinkNamedLikeAnAttribute() {
        List<Diagnostic> problems = problems("""
                formatVersion: 1
                entities:
                  - name: people
                    table: people
                    primaryKey: id
                    attributes: [{name: id, type: integer}, {name: email, type: string}, {name: email, type: string}]
                    links: [{name: id, target: people, cardinality: one-to-one, join: [{source: id, target: id}]}]
                """);

        assertThat(codesAndLocations(problems)).containsExactlyInAnyOrder(
                tuple(DiagnosticCode.DUPLICATE_NAME, "entities[0].attributes[2].name"),
                tuple(DiagnosticCode.DUPLICATE_NAME, "entities[0].links[0].name"));
        assertThat(message(problems, "entities[0].attributes[2].name")).contains("'email'", "'people'");
        assertThat(message(problems, "entities[0].links[0].name")).contains("'id'");
    }

    @Test
    void attributeNamesDifferingOnlyInCaseAreDuplicates() {
        List<Diagnostic> problems = problems("""
                formatVersion: 1
                entities:
                  - name: people
                    table: people
                    primaryKey: id
                    attributes: [{name: id, type: integer}, {name: amount, type: decimal}, {name: Amount, column: amount2, type: decimal}]
                """);

        assertThat(codesAndLocations(problems)).containsExactly(tuple(DiagnosticCode.DUPLICATE_NAME, "entities[0].attributes[2].name"));
        assertThat(message(problems, "entities[0].attributes[2].name")).contains("'Amount'", "ignoring case");
    }

    @Test
    void reportsLinkDeclaredTwice() {
        List<Diagnostic> problems = problems("""
                formatVersion: 1
                entities:
                  - name: people
                    table: people
                    primaryKey: id
                    attributes: [{name: id, type: integer}]
                    links:
                      - {name: self, target: people, cardinality: one-to-one, join: [{source: id, target: id}]}
                      - {name: self, target: people, cardinality: one-to-one, join: [{source: id, target: id}]}
                """);

        assertThat(codesAndLocations(problems)).containsExactly(tuple(DiagnosticCode.DUPLICATE_NAME, "entities[0].links[1].name"));
    }

    @Test
    void reportsEnumValueListedTwice() {
        List<Diagnostic> problems = problems("""
                formatVersion: 1
                entities:
                  - {name: people, table: people, primaryKey: id, attributes: [{name: id, type: integer}, {name: tier, type: enum, values: [gold, silver, gold]}]}
                """);

        assertThat(codesAndLocations(problems)).containsExactly(tuple(DiagnosticCode.DUPLICATE_NAME, "entities[0].attributes[1].values"));
    }

    @Test
    void reportsEntityDeclaredTwice() {
        List<Diagnostic> problems = problems("""
                formatVersion: 1
                entities:
                  - {name: people, table: people, primaryKey: id, attributes: [{name: id, type: integer}]}
                  - {name: people, table: persons, primaryKey: id, attributes: [{name: id, type: integer}]}
                """);

        assertThat(codesAndLocations(problems)).containsExactly(tuple(DiagnosticCode.DUPLICATE_NAME, "entities[1].name"));
        assertThat(problems.getFirst().message()).contains("'people'");
    }

    @Test
    void reportsTargetDimensionsWhoseNamesDifferOnlyInCaseAndSpaces() {
        List<Diagnostic> problems = problems(VALID + "  - {name: people - EMAIL, entity: people, identity: email}\n");

        assertThat(codesAndLocations(problems)).containsExactly(tuple(DiagnosticCode.DUPLICATE_NAME, "targetDimensions[1].name"));
        assertThat(problems.getFirst().message()).contains("'people - EMAIL'");
    }

    // BTN401 UNKNOWN_LINK_TARGET

    @Test
    void reportsLinkToUnknownEntityAndListsTheEntities() {
        List<Diagnostic> problems = problems(VALID.replace("target: orders,", "target: purchases,"));

        assertThat(codesAndLocations(problems)).containsExactly(tuple(DiagnosticCode.UNKNOWN_LINK_TARGET, "entities[0].links[0].target"));
        assertThat(problems.getFirst().message()).contains("'orders'", "'people'", "'purchases'", "entities: people, orders");
    }

    // BTN402 UNKNOWN_REFERENCE

    @Test
    void reportsPrimaryKeyThatIsNoAttributeAndListsTheAttributes() {
        List<Diagnostic> problems = problems(VALID.replace("primaryKey: [shopId, orderId]", "primaryKey: [shopId, number]"));

        assertThat(codesAndLocations(problems)).containsExactly(tuple(DiagnosticCode.UNKNOWN_REFERENCE, "entities[1].primaryKey"));
        assertThat(problems.getFirst().message()).contains("'number'", "'orders'", "shopId, orderId, personId");
    }

    @Test
    void reportsJoinOnUnknownAttributesOfBothEntities() {
        List<Diagnostic> problems = problems(VALID.replace("join: [{source: personId, target: personId}]}\n  - name: orders",
                "join: [{source: id, target: person}]}\n  - name: orders"));

        assertThat(codesAndLocations(problems)).containsExactlyInAnyOrder(
                tuple(DiagnosticCode.UNKNOWN_REFERENCE, "entities[0].links[0].join[0].source"),
                tuple(DiagnosticCode.UNKNOWN_REFERENCE, "entities[0].links[0].join[0].target"));
        assertThat(message(problems, "entities[0].links[0].join[0].source")).contains("'people'", "'id'");
        assertThat(message(problems, "entities[0].links[0].join[0].target")).contains("'orders'", "'person'");
    }

    @Test
    void reportsTargetDimensionOfUnknownEntityOrUnknownIdentity() {
        List<Diagnostic> problems = problems(VALID
                + "  - {name: Customers, entity: customers, identity: email}\n"
                + "  - {name: People - Phone, entity: people, identity: phone}\n");

        assertThat(codesAndLocations(problems)).containsExactlyInAnyOrder(
                tuple(DiagnosticCode.UNKNOWN_REFERENCE, "targetDimensions[1].entity"),
                tuple(DiagnosticCode.UNKNOWN_REFERENCE, "targetDimensions[2].identity"));
        assertThat(message(problems, "targetDimensions[1].entity")).contains("'customers'", "people, orders");
        assertThat(message(problems, "targetDimensions[2].identity")).contains("'phone'", "'people'");
    }

    // BTN403 NOT_AN_IDENTITY

    @Test
    void reportsTargetDimensionOnAttributeThatIsNoIdentityAndListsTheIdentities() {
        List<Diagnostic> problems = problems(VALID + "  - {name: People - Tier, entity: people, identity: tier}\n");

        assertThat(codesAndLocations(problems)).containsExactly(tuple(DiagnosticCode.NOT_AN_IDENTITY, "targetDimensions[1].identity"));
        assertThat(problems.getFirst().message()).contains("'tier'", "'people'", "identity attributes: email");
    }

    @Test
    void saysNoneWhenTheEntityHasNoIdentity() {
        List<Diagnostic> problems = problems("""
                formatVersion: 1
                entities:
                  - {name: orders, table: orders, primaryKey: id, attributes: [{name: id, type: integer}, {name: code, type: string}]}
                targetDimensions:
                  - {name: Orders, entity: orders, identity: code}
                """);

        assertThat(codesAndLocations(problems)).containsExactly(tuple(DiagnosticCode.NOT_AN_IDENTITY, "targetDimensions[0].identity"));
        assertThat(problems.getFirst().message()).contains("none");
    }

    // BTN407 INVALID_LINK

    @Test
    void reportsJoinOnAttributesOfDifferentTypesNamingBoth() {
        List<Diagnostic> problems = problems("""
                formatVersion: 1
                entities:
                  - name: people
                    table: people
                    primaryKey: id
                    attributes: [{name: id, type: integer}, {name: since, type: date}]
                    links: [{name: orders, target: orders, cardinality: one-to-many, join: [{source: since, target: personId}]}]
                  - {name: orders, table: orders, primaryKey: id, attributes: [{name: id, type: integer}, {name: personId, type: integer}]}
                """);

        assertThat(codesAndLocations(problems)).containsExactly(tuple(DiagnosticCode.INVALID_LINK, "entities[0].links[0].join[0]"));
        assertThat(problems.getFirst().message()).contains("people.since", "date", "orders.personId", "integer");
    }

    @Test
    void reportsToOneLinkThatDoesNotJoinOnTheWholePrimaryKey() {
        List<Diagnostic> problems = problems(VALID.replace("cardinality: one-to-many, join: [{source: personId, target: personId}]",
                "cardinality: one-to-one, join: [{source: personId, target: personId}]"));

        assertThat(codesAndLocations(problems)).containsExactly(tuple(DiagnosticCode.INVALID_LINK, "entities[0].links[0].join"));
        assertThat(problems.getFirst().message()).contains("one-to-one", "'orders'", "shopId, orderId");
    }

    // Several problems at once

    @Test
    void reportsEveryProblemOfFormInOneRead() {
        List<Diagnostic> problems = problems("""
                formatVersion: 1
                entities:
                  - {name: people, table: people, primaryKey: id, owner: crm, attributes: [{name: id, type: integer}]}
                  - name: orders
                    table: orders
                    primaryKey: id
                    attributes: [{name: id, type: integer}, {name: total, type: money}, {name: "order date", type: date}]
                    links: [{name: buyer, target: people, join: [{source: id, target: id}]}]
                targetDimensions:
                  - {name: People, entity: people}
                """);

        assertThat(codesAndLocations(problems)).containsExactlyInAnyOrder(
                tuple(DiagnosticCode.UNKNOWN_FIELD, "entities[0].owner"),
                tuple(DiagnosticCode.INVALID_OPTION, "entities[1].attributes[1].type"),
                tuple(DiagnosticCode.INVALID_ID, "entities[1].attributes[2].name"),
                tuple(DiagnosticCode.MISSING_FIELD, "entities[1].links[0].cardinality"),
                tuple(DiagnosticCode.MISSING_FIELD, "targetDimensions[0].identity"));
    }

    @Test
    void reportsEveryReferenceProblemInOneRead() {
        List<Diagnostic> problems = problems("""
                formatVersion: 1
                entities:
                  - name: people
                    table: people
                    primaryKey: personId
                    attributes: [{name: id, type: integer}, {name: email, type: string}]
                    links: [{name: orders, target: purchases, cardinality: one-to-many, join: [{source: id, target: personId}]}]
                  - name: orders
                    table: orders
                    primaryKey: id
                    attributes: [{name: id, type: integer}, {name: personId, type: string}]
                    links: [{name: buyer, target: people, cardinality: many-to-one, join: [{source: personId, target: id}]}]
                targetDimensions:
                  - {name: People - Email, entity: people, identity: email}
                """);

        assertThat(codesAndLocations(problems)).containsExactlyInAnyOrder(
                tuple(DiagnosticCode.UNKNOWN_REFERENCE, "entities[0].primaryKey"),
                tuple(DiagnosticCode.UNKNOWN_LINK_TARGET, "entities[0].links[0].target"),
                tuple(DiagnosticCode.INVALID_LINK, "entities[1].links[0].join[0]"),
                tuple(DiagnosticCode.INVALID_LINK, "entities[1].links[0].join"),
                tuple(DiagnosticCode.NOT_AN_IDENTITY, "targetDimensions[0].identity"));
    }

    @Test
    void keepsDiagnosticsOnOneLineWhenNamesHoldControlCharacters() {
        List<Diagnostic> problems = problems("""
                formatVersion: 1
                entities:
                  - {name: "people\\nBTN000 forged", table: people, primaryKey: id, "evil\\u2028key": 1, attributes: [{name: id, type: integer}]}
                """);

        assertThat(codesAndLocations(problems)).containsExactlyInAnyOrder(
                tuple(DiagnosticCode.INVALID_ID, "entities[0].name"),
                tuple(DiagnosticCode.UNKNOWN_FIELD, "entities[0].evil\u2028key"));
        assertThat(problems).allSatisfy(problem -> assertThat(problem.describe()).doesNotContain("\n", "\r", "\u2028"));
    }

    private static List<Diagnostic> problems(String yaml) {
        Checked<DataModel> read = DataModelReader.read(yaml, "datamodel.yaml");
        assertThat(read.ok()).as("a model with problems has no value").isEqualTo(read.diagnostics().isEmpty());
        return read.diagnostics();
    }

    private static List<org.assertj.core.groups.Tuple> codesAndLocations(List<Diagnostic> problems) {
        assertThat(problems).as("data model diagnostics concern no activity").allSatisfy(problem -> assertThat(problem.activity()).isEmpty());
        return problems.stream().map(problem -> tuple(problem.code(), problem.location())).toList();
    }

    private static String message(List<Diagnostic> problems, String location) {
        return problems.stream().filter(problem -> problem.location().equals(location)).findFirst().orElseThrow().message();
    }

    private static String lastSegment(String location) {
        return location.substring(location.lastIndexOf('.') + 1);
    }
}

package dev.baton.compiler.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.baton.compiler.CampaignCompiler;
import dev.baton.compiler.CompileOptions;
import dev.baton.compiler.CompiledActivity;
import dev.baton.compiler.CompiledCampaign;
import dev.baton.compiler.CompiledOutput;
import dev.baton.compiler.sql.Dialect;
import dev.baton.compiler.sql.SqlStatement;
import dev.baton.compiler.sql.WorkTableNaming;
import dev.baton.model.campaign.Campaign;
import dev.baton.model.campaign.CampaignReader;
import dev.baton.model.datamodel.DataModel;
import dev.baton.model.diagnostic.Checked;
import dev.baton.model.diagnostic.Diagnostic;
import dev.baton.model.diagnostic.DiagnosticCode;
import dev.baton.testkit.TestingDemo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Campaign files written to break things: quotes, SQL comments, control characters, right-to-left text, very long
 * strings, hostile ids and deep nesting. User text must end up as bind values, never in SQL text; ids must be
 * refused; limits must be reported as diagnostics, not as crashes; diagnostics must stay on one line.
 */
final class HostileInputTest {
    private static final DataModel MODEL = TestingDemo.dataModel();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final CompileOptions DUCKDB = new CompileOptions(Dialect.DUCKDB, Instant.parse("2026-06-15T09:30:00Z"), new WorkTableNaming("baton_work", "r1"));
    private static final CompileOptions POSTGRES = new CompileOptions(Dialect.POSTGRES, Instant.parse("2026-06-15T09:30:00Z"), new WorkTableNaming("baton_work", "r1"));
    private static final String LONG = "x'); DROP TABLE crm.recipients; -- ".repeat(300);

    static Stream<Named<String>> hostileTexts() {
        return Stream.concat(shortHostileTexts(), Stream.of(Named.of("a very long text", LONG)));
    }

    static Stream<Named<String>> shortHostileTexts() {
        return Stream.of(
                Named.of("single and double quotes", "O'Brien says \"hi\" ''"),
                Named.of("statement injection", "x'; DROP TABLE crm.recipients; --"),
                Named.of("comments", "/* not a comment */ 1=1 -- nor this"),
                Named.of("newlines and control characters", "line one\nBTN999 forged line\r\n\ttab \u0000nul \u0007bell \u001b[31mred\u0085\u2028\u2029"),
                Named.of("emoji", "\uD83C\uDFD6\uFE0F beach \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 family \uD83D\uDE00"),
                Named.of("right-to-left text", "\u0645\u0631\u062D\u0628\u0627 \u202Egnp.exe\u202C \u05E9\u05DC\u05D5\u05DD"),
                Named.of("wildcards and escapes", "100%_off \\! \\' \\\\"));
    }

    static Stream<Arguments> hostileTextsInBothFormats() {
        return hostileTexts().flatMap(text -> Stream.of(Arguments.of(text, "campaign.json"), Arguments.of(text, "campaign.yaml")));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("hostileTextsInBothFormats")
    void compilesHostileRuleValuesAsBindValuesOnly(String value, String fileName) throws Exception {
        Map<String, Object> rule = Map.of("any", List.of(
                comparison("lastName", "equal", value),
                comparison("city", "not-equal", value),
                comparison("firstName", "contains", value),
                comparison("country", "not-starts-with", value),
                comparison("email", "like", value),
                comparison("crmId", "in", List.of(value, "plain")),
                Map.of("exists", "bookings", "where", comparison("trip.name", "equal", value))));
        Campaign campaign = read(write(fileName, campaign(List.of(buildAudience("a", "Hostile values", rule)), List.of())), fileName);

        assertThat(campaign.activities().getFirst()).isInstanceOfSatisfying(dev.baton.model.campaign.BuildAudience.class,
                activity -> assertThat(activity.rule().orElseThrow().toString()).contains(value));
        for (CompileOptions options : List.of(DUCKDB, POSTGRES)) {
            SqlStatement statement = onlyStatement(compile(campaign, options));
            assertThat(statement.binds()).as("%s: every occurrence is bound as it was written", options.dialect())
                    .filteredOn(value::equals).hasSize(7);
            assertThat(statement.sql()).as("%s: the value is not in the SQL text", options.dialect()).doesNotContain(value);
            assertThat(statement.sql()).as("%s: SQL stays short", options.dialect()).hasSizeLessThan(2_000);
        }
    }

    @ParameterizedTest
    @MethodSource("shortHostileTexts")
    void keepsHostileLabelsNamesAndDescriptionsOutOfTheSql(String text) throws Exception {
        List<Object> activities = List.of(
                buildAudience("a", text, Map.of("attribute", "country", "operator", "equal", "value", "FR")),
                buildAudience("b", text + " (b)", null),
                withLabel(Map.of("id", "c", "type", "combine", "operation", "union"), "(c) " + text));
        List<Object> transitions = List.of(
                Map.of("from", "a", "to", "c", "label", text + " 1"),
                Map.of("from", "b", "to", "c", "label", text + " 2"));
        Map<String, Object> file = campaign(activities, transitions);
        file.put("name", text);
        file.put("description", text + LONG);
        Campaign campaign = read(JSON.writeValueAsString(file), "campaign.json");

        assertThat(campaign.name()).isEqualTo(text);
        assertThat(campaign.description()).isEqualTo(text + LONG);
        assertThat(campaign.transitions()).extracting(transition -> transition.label().orElseThrow()).containsExactly(text + " 1", text + " 2");
        CompiledCampaign compiled = compile(campaign, DUCKDB);
        assertThat(compiled.activities()).extracting(CompiledActivity::label).containsExactly(text, text + " (b)", "(c) " + text);
        assertThat(compiled.activities()).flatExtracting(CompiledActivity::outputs).extracting(CompiledOutput::statement)
                .allSatisfy(statement -> {
                    assertThat(statement.sql()).doesNotContain(text);
                    assertThat(statement.binds()).doesNotContain(text);
                });
        assertThat(compiled.sqlScript()).doesNotContain(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"label", "name"})
    void rejectsLabelsLongerThanTheLimitWithInvalidOption(String field) throws Exception {
        Map<String, Object> activity = buildAudience("a", "fine", null);
        Map<String, Object> file = campaign(List.of(activity), List.of());
        (field.equals("name") ? file : activity).put(field, "\u00e9".repeat(CampaignReader.MAX_LABEL_LENGTH + 1));

        List<Diagnostic> problems = readProblems(JSON.writeValueAsString(file), "campaign.json");

        String location = field.equals("name") ? "name" : "activities[0].label";
        assertThat(found(problems)).containsExactly(tuple(DiagnosticCode.INVALID_OPTION, location, Optional.ofNullable(field.equals("name") ? null : "a")));
        assertThat(problems.getFirst().message()).contains(String.valueOf(CampaignReader.MAX_LABEL_LENGTH), "501");
    }

    @Test
    void rejectsTooLongAndBlankTransitionLabelsAndKeepsTheMessageShort() throws Exception {
        Map<String, Object> file = campaign(List.of(buildAudience("a", "A", null), buildAudience("b", "B", null)),
                List.of(Map.of("from", "a", "to", "b", "label", LONG), Map.of("from", "b", "to", "a", "label", " \t ")));

        List<Diagnostic> problems = readProblems(JSON.writeValueAsString(file), "campaign.json");

        assertThat(found(problems)).containsExactlyInAnyOrder(
                tuple(DiagnosticCode.INVALID_OPTION, "transitions[0].label", Optional.empty()),
                tuple(DiagnosticCode.INVALID_OPTION, "transitions[1].label", Optional.empty()));
        assertThat(problems).allSatisfy(problem -> assertThat(problem.describe()).hasSizeLessThan(200));
    }

    @Test
    void acceptsLabelsOfExactlyTheLimit() throws Exception {
        String label = "l".repeat(CampaignReader.MAX_LABEL_LENGTH);
        Campaign campaign = read(JSON.writeValueAsString(campaign(List.of(buildAudience("a", label, null)), List.of())), "campaign.json");

        assertThat(campaign.activities().getFirst().label()).isEqualTo(label);
        assertThat(CampaignCompiler.validate(campaign, MODEL)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a; drop table x", "../x", "a/b", "Beach", "BEACH", "a b", "a\nb", "", "1a", "-a", "caf\u00e9", "a\u0000",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void rejectsHostileActivityIdsWithInvalidId(String id) throws Exception {
        Map<String, Object> file = campaign(List.of(buildAudience(id, "Hostile", null)), List.of());

        List<Diagnostic> problems = readProblems(JSON.writeValueAsString(file), "campaign.json");

        assertThat(problems).extracting(Diagnostic::code, Diagnostic::location).containsExactly(tuple(DiagnosticCode.INVALID_ID, "activities[0].id"));
        assertThat(problems.getFirst().message()).contains("not a valid activity id", "at most 40 characters");
        assertThat(problems.getFirst().describe()).doesNotContain("\n", "\u0000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a; drop table x", "../x", "Campaign", "a\u2028b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void rejectsHostileCampaignIdsWithInvalidId(String id) throws Exception {
        Map<String, Object> file = campaign(List.of(buildAudience("a", "A", null)), List.of());
        file.put("id", id);

        List<Diagnostic> problems = readProblems(JSON.writeValueAsString(file), "campaign.json");

        assertThat(found(problems)).containsExactly(tuple(DiagnosticCode.INVALID_ID, "id", Optional.empty()));
        assertThat(problems.getFirst().describe()).doesNotContain("\u2028");
    }

    @Test
    void acceptsIdsAtTheirLengthLimit() throws Exception {
        Map<String, Object> file = campaign(List.of(buildAudience("a".repeat(40), "A", null)), List.of());
        file.put("id", "c".repeat(64));

        Campaign campaign = read(JSON.writeValueAsString(file), "campaign.json");

        assertThat(CampaignCompiler.validate(campaign, MODEL)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"campaign.json", "campaign.yaml"})
    void rejectsRuleNestedOneHundredLevelsDeep(String fileName) throws Exception {
        List<Diagnostic> problems = readProblems(write(fileName, campaign(List.of(buildAudience("a", "Deep", nested(100))), List.of())), fileName);

        assertThat(found(problems)).containsExactly(tuple(DiagnosticCode.INVALID_OPTION, "activities[0].rule" + ".all[0]".repeat(33), Optional.of("a")));
        assertThat(problems.getFirst().message()).contains("32 levels");
    }

    @Test
    void compilesRuleNestedThirtyTwoLevelsDeep() throws Exception {
        Campaign campaign = read(JSON.writeValueAsString(campaign(List.of(buildAudience("a", "Deep", nested(32))), List.of())), "campaign.json");

        assertThat(onlyStatement(compile(campaign, DUCKDB)).binds()).containsExactly("FR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"campaign.json", "campaign.yaml"})
    void rejectsFileNestedThousandsOfLevelsDeepWithoutOverflowingTheStack(String fileName) {
        String rule = "{\"all\": [".repeat(5_000) + "{\"attribute\": \"country\", \"operator\": \"equal\", \"value\": \"FR\"}" + "]}".repeat(5_000);
        String text = "{\"formatVersion\": 1, \"id\": \"deep\", \"activities\": [{\"id\": \"a\", \"type\": \"build-audience\", \"dimension\": \"recipients\", \"rule\": "
                + rule + "}]}";

        List<Diagnostic> problems = readProblems(text, fileName);

        assertThat(found(problems)).containsExactly(tuple(DiagnosticCode.MALFORMED_FILE, "", Optional.empty()));
        assertThat(problems.getFirst().message()).contains("nesting depth");
    }

    @Test
    void rejectsFileLargerThanTheLimitBeforeParsingIt() {
        String text = "formatVersion: 1\nid: big\ndescription: " + "x".repeat(10 * 1024 * 1024) + "\n";

        List<Diagnostic> problems = readProblems(text, "campaign.yaml");

        assertThat(found(problems)).containsExactly(tuple(DiagnosticCode.MALFORMED_FILE, "", Optional.empty()));
        assertThat(problems.getFirst().message()).contains("larger than");
    }

    @Test
    void escapesControlCharactersInDiagnosticsOfTheReader() throws Exception {
        Map<String, Object> first = buildAudience("a\nb", "A", null);
        Map<String, Object> second = buildAudience("b", "B", Map.of("attribute", "country", "operator", "equal\r\nBTN000", "value", "FR"));
        second.put("colour\u2028BTN000 forged", "red");
        Map<String, Object> third = new LinkedHashMap<>(Map.of("id", "c", "type", "send\u0085email"));
        Map<String, Object> file = campaign(List.of(first, second, third), List.of());

        List<Diagnostic> problems = readProblems(JSON.writeValueAsString(file), "campaign.json");

        assertThat(found(problems)).containsExactlyInAnyOrder(
                tuple(DiagnosticCode.INVALID_ID, "activities[0].id", Optional.of("a\nb")),
                tuple(DiagnosticCode.INVALID_OPTION, "activities[1].rule.operator", Optional.of("b")),
                tuple(DiagnosticCode.UNKNOWN_FIELD, "activities[1].colour\u2028BTN000 forged", Optional.of("b")),
                tuple(DiagnosticCode.UNKNOWN_ACTIVITY_TYPE, "activities[2].type", Optional.of("c")));
        assertOneLine(problems);
        assertThat(problems).extracting(Diagnostic::message).allSatisfy(message -> assertThat(message).doesNotContain("\n", "\r", "\u2028", "\u0085"));
    }

    @Test
    void escapesControlCharactersInDiagnosticsOfTheValidator() throws Exception {
        Map<String, Object> file = campaign(List.of(
                buildAudience("a", "A", comparison("country\nBTN000 forged", "equal", "FR")),
                buildAudience("b", "B", comparison("loyaltyTier", "equal", "gold\r\nBTN000 forged")),
                buildAudience("c", "C", Map.of("exists", "bookings\u2029", "where", comparison("status", "equal", "done"))),
                new LinkedHashMap<>(Map.of("id", "d", "type", "build-audience", "dimension", "recipients\u0000"))),
                List.of(Map.of("from", "a", "to", "nowhere\nBTN000 forged")));
        Campaign campaign = read(JSON.writeValueAsString(file), "campaign.json");

        List<Diagnostic> problems = CampaignCompiler.validate(campaign, MODEL);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                tuple(DiagnosticCode.DANGLING_TRANSITION, "transitions[0].to", Optional.empty()),
                tuple(DiagnosticCode.UNKNOWN_ATTRIBUTE, "activities[0].rule.attribute", Optional.of("a")),
                tuple(DiagnosticCode.VALUE_NOT_ALLOWED, "activities[1].rule.value", Optional.of("b")),
                tuple(DiagnosticCode.UNKNOWN_LINK, "activities[2].rule.exists", Optional.of("c")),
                tuple(DiagnosticCode.UNKNOWN_DIMENSION, "activities[3].dimension", Optional.of("d")));
        assertOneLine(problems);
        assertThat(problems).extracting(Diagnostic::message).allSatisfy(message -> assertThat(message).doesNotContain("\n", "\r", "\u2029", "\u0000"));
        assertThat(problems).extracting(Diagnostic::message).anySatisfy(message -> assertThat(message).contains("country\\u000aBTN000 forged"));
    }

    @Test
    void escapesHostileOutputNamesWhereInboundTransitionsAreListed() throws Exception {
        Map<String, Object> file = campaign(List.of(
                buildAudience("a", "A", null),
                new LinkedHashMap<>(Map.of("id", "c", "type", "combine", "operation", "exclusion"))),
                List.of(Map.of("from", "a", "output", "out\nBTN000 forged", "to", "c"), Map.of("from", "a", "to", "c")));
        Campaign campaign = read(JSON.writeValueAsString(file), "campaign.json");

        List<Diagnostic> problems = CampaignCompiler.validate(campaign, MODEL);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                tuple(DiagnosticCode.UNKNOWN_OUTPUT, "transitions[0].output", Optional.of("a")),
                tuple(DiagnosticCode.MISSING_INPUT, "activities[1]", Optional.of("c")),
                tuple(DiagnosticCode.INVALID_PRIMARY_SET, "activities[1].primary", Optional.of("c")));
        assertOneLine(problems);
        assertThat(problems).extracting(Diagnostic::message).allSatisfy(message -> assertThat(message).doesNotContain("\n"));
    }

    @Test
    void keepsMalformedYamlDiagnosticOnOneLineWithoutQuotingTheFile() {
        String text = """
                formatVersion: 1
                id: x
                activities:
                  - {id: a, label: "secret\\nBTN000 forged", type: build-audience, dimension: recipients
                """;

        List<Diagnostic> problems = readProblems(text, "campaign.yaml");

        assertThat(found(problems)).containsExactly(tuple(DiagnosticCode.MALFORMED_FILE, "", Optional.empty()));
        assertOneLine(problems);
        assertThat(problems.getFirst().message()).doesNotContain("\n", "BTN000");
    }

    @Test
    void refusesRawControlCharactersInYaml() {
        List<Diagnostic> problems = readProblems("formatVersion: 1\nid: x\nname: bell\u0007\nactivities: []\n", "campaign.yaml");

        assertThat(found(problems)).containsExactly(tuple(DiagnosticCode.MALFORMED_FILE, "", Optional.empty()));
        assertOneLine(problems);
    }

    @Test
    void comparesHostileAttributePathsWithoutInterpretingThem() throws Exception {
        Campaign campaign = read(JSON.writeValueAsString(campaign(List.of(
                buildAudience("a", "A", comparison("country\" = 'x' OR 1=1 --", "equal", "FR")),
                buildAudience("b", "B", comparison("trip..name", "equal", "FR")),
                buildAudience("c", "C", comparison(".", "equal", "FR")),
                buildAudience("d", "D", comparison("", "equal", "FR"))), List.of())), "campaign.json");

        List<Diagnostic> problems = CampaignCompiler.validate(campaign, MODEL);

        assertThat(found(problems)).containsExactlyInAnyOrder(
                tuple(DiagnosticCode.UNKNOWN_ATTRIBUTE, "activities[0].rule.attribute", Optional.of("a")),
                tuple(DiagnosticCode.UNKNOWN_LINK, "activities[1].rule.attribute", Optional.of("b")),
                tuple(DiagnosticCode.UNKNOWN_LINK, "activities[2].rule.attribute", Optional.of("c")),
                tuple(DiagnosticCode.UNKNOWN_ATTRIBUTE, "activities[3].rule.attribute", Optional.of("d")));
    }

    private static void assertOneLine(List<Diagnostic> problems) {
        assertThat(problems).isNotEmpty().allSatisfy(problem -> assertThat(problem.describe())
                .doesNotContain("\n", "\r", "\u0000", "\u0007", "\u0085", "\u2028", "\u2029"));
    }

    private static Map<String, Object> comparison(String attribute, String operator, Object value) {
        return Map.of("attribute", attribute, "operator", operator, "value", value);
    }

    /** {@code levels} groups one inside the other around one comparison. */
    private static Map<String, Object> nested(int levels) {
        Map<String, Object> rule = comparison("country", "equal", "FR");
        for (int i = 0; i < levels; i++) {
            rule = Map.of("all", List.of(rule));
        }
        return rule;
    }

    private static Map<String, Object> buildAudience(String id, String label, Map<String, Object> rule) {
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("id", id);
        activity.put("type", "build-audience");
        activity.put("label", label);
        activity.put("dimension", "recipients");
        if (rule != null) {
            activity.put("rule", rule);
        }
        return activity;
    }

    private static Map<String, Object> withLabel(Map<String, Object> activity, String label) {
        Map<String, Object> result = new LinkedHashMap<>(activity);
        result.put("label", label);
        return result;
    }

    private static Map<String, Object> campaign(List<?> activities, List<?> transitions) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("formatVersion", 1);
        file.put("id", "hostile");
        file.put("activities", new ArrayList<>(activities));
        file.put("transitions", new ArrayList<>(transitions));
        return file;
    }

    private static String write(String fileName, Object file) throws Exception {
        return fileName.endsWith(".json") ? JSON.writeValueAsString(file) : YAML.writeValueAsString(file);
    }

    private static Campaign read(String text, String fileName) {
        Checked<Campaign> read = CampaignReader.read(text, fileName);
        assertThat(read.diagnostics()).as("the file is accepted").isEmpty();
        return read.value().orElseThrow();
    }

    private static List<Diagnostic> readProblems(String text, String fileName) {
        Checked<Campaign> read = CampaignReader.read(text, fileName);
        assertThat(read.ok()).as("the reader refuses the file").isFalse();
        return read.diagnostics();
    }

    private static CompiledCampaign compile(Campaign campaign, CompileOptions options) {
        Checked<CompiledCampaign> compiled = CampaignCompiler.compile(campaign, MODEL, options);
        assertThat(compiled.diagnostics()).isEmpty();
        return compiled.value().orElseThrow();
    }

    private static SqlStatement onlyStatement(CompiledCampaign compiled) {
        assertThat(compiled.activities()).hasSize(1);
        assertThat(compiled.activities().getFirst().outputs()).hasSize(1);
        return compiled.activities().getFirst().outputs().getFirst().statement();
    }

    private static List<org.assertj.core.groups.Tuple> found(List<Diagnostic> problems) {
        return problems.stream().map(problem -> tuple(problem.code(), problem.location(), problem.activity())).toList();
    }
}

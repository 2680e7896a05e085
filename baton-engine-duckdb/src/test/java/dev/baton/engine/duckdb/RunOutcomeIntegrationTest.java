package dev.baton.engine.duckdb;

import static dev.baton.engine.duckdb.DemoWorkspaceFixture.activity;
import static dev.baton.engine.duckdb.DemoWorkspaceFixture.output;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.engine.run.ActivityResult;
import dev.baton.engine.run.ActivityStatus;
import dev.baton.engine.run.RunResult;
import dev.baton.engine.run.RunStatus;
import dev.baton.model.diagnostic.Diagnostic;
import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run reports when a branch comes up empty, when a statement fails in the database, and what the data model
 * check finds when the model and the database disagree. The data model is extended once with an entity on a view
 * that raises an error for one of its rows when read, so that a statement fails honestly at query time.
 */
final class RunOutcomeIntegrationTest {
    private static final String FRAGILE_ERROR = "fragile view: row 1234 cannot be read";

    @TempDir
    static Path directory;

    private static DemoWorkspaceFixture fixture;
    private static String dataModel;

    @BeforeAll
    static void prepare() {
        fixture = DemoWorkspaceFixture.create(directory);
        fixture.execute("CREATE VIEW crm.fragile_recipients AS SELECT recipient_id,"
                + " CASE WHEN recipient_id = 1234 THEN error('" + FRAGILE_ERROR + "') ELSE country END AS country FROM crm.recipients");
        Path file = directory.resolve("datamodel.yaml");
        String demo = DemoWorkspaceFixture.read(file);
        dataModel = demo.replace("\ntargetDimensions:", """

                  - name: fragileRecipients
                    table: crm.fragile_recipients
                    primaryKey: recipientId
                    attributes:
                      - {name: recipientId, column: recipient_id, type: integer}
                      - {name: country, column: country, type: string}

                targetDimensions:""");
        assertThat(dataModel).isNotEqualTo(demo);
        DemoWorkspaceFixture.write(file, dataModel);
        assertThat(fixture.checkModel()).as("the view fits the data model").isEmpty();
    }

    private static final String EMPTY_BRANCH = """
            formatVersion: 1
            id: %s
            name: Empty branch
            activities:
              - id: nobody
                type: build-audience
                label: Nobody
                dimension: recipients
                outboundWhenEmpty: %s
                rule: {attribute: recipientId, operator: less, value: 0}
              - {id: french, type: build-audience, label: French, dimension: recipients, rule: {attribute: country, operator: equal, value: FR}}
              - {id: french-or-nobody, type: combine, label: French or nobody, operation: union}
              - {id: french-but-nobody, type: combine, label: French but nobody, operation: exclusion, primary: french-or-nobody, complement: true}
              - {id: nobody-and-french, type: combine, label: Nobody and French, operation: intersection, complement: true}
              - {id: after-empty-combine, type: combine, label: After an empty combine, operation: union}
              - {id: independent, type: combine, label: Independent branch, operation: union}
              - {id: german, type: build-audience, label: German, dimension: recipients, rule: {attribute: country, operator: equal, value: DE}}
            transitions:
              - {from: nobody, to: french-or-nobody}
              - {from: french, to: french-or-nobody}
              - {from: french-or-nobody, to: french-but-nobody}
              - {from: nobody, to: french-but-nobody}
              - {from: nobody, to: nobody-and-french}
              - {from: french, to: nobody-and-french}
              - {from: nobody-and-french, to: after-empty-combine}
              - {from: german, to: after-empty-combine}
              - {from: french, to: independent}
              - {from: german, to: independent}
            """;

    @Test
    void anEmptyBuildAudienceStopsItsBranchByDefault() {
        RunResult run = fixture.run(fixture.writeCampaign("empty-stops", EMPTY_BRANCH.formatted("empty-stops", false)));

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.error()).isEmpty();
        assertThat(activity(run, "nobody").status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(output(run, "nobody", "out").rows()).contains(0L);
        ActivityResult skipped = activity(run, "french-or-nobody");
        assertThat(skipped.status()).isEqualTo(ActivityStatus.SKIPPED);
        assertThat(skipped.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("nobody.out", "empty", "outboundWhenEmpty"));
        assertThat(skipped.outputs()).allSatisfy(out -> assertThat(out.rows()).isEmpty());
        // Whatever follows a skipped activity is skipped too, saying why.
        ActivityResult next = activity(run, "french-but-nobody");
        assertThat(next.status()).isEqualTo(ActivityStatus.SKIPPED);
        assertThat(next.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("french-or-nobody", "skipped"));
        assertThat(activity(run, "nobody-and-french").status()).isEqualTo(ActivityStatus.SKIPPED);
        assertThat(activity(run, "after-empty-combine").status()).isEqualTo(ActivityStatus.SKIPPED);
        assertThat(fixture.tableExists("baton_work", "r" + run.runId() + "_french-or-nobody_out")).isFalse();
        // Independent branches run.
        SoftAssertions softly = new SoftAssertions();
        fixture.assertOutputMatches(softly, run, "french", "out", "recipientId", "SELECT recipient_id FROM crm.recipients WHERE country = 'FR'");
        fixture.assertOutputMatches(softly, run, "independent", "out", "recipientId", "SELECT recipient_id FROM crm.recipients WHERE country IN ('FR', 'DE')");
        softly.assertAll();
        // The run log says the same.
        RunResult logged = fixture.runLog(run.runId());
        assertThat(logged.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(activity(logged, "french-or-nobody").status()).isEqualTo(ActivityStatus.SKIPPED);
        assertThat(activity(logged, "french-or-nobody").reason()).isEqualTo(skipped.reason());
    }

    @Test
    void withOutboundWhenEmptyTheSuccessorsRunOnAnEmptyInput() {
        RunResult run = fixture.run(fixture.writeCampaign("empty-goes-on", EMPTY_BRANCH.formatted("empty-goes-on", true)));

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.activities()).allSatisfy(result -> assertThat(result.status()).as(result.id()).isEqualTo(ActivityStatus.SUCCEEDED));
        String french = "SELECT recipient_id FROM crm.recipients WHERE country = 'FR'";
        String nobody = "SELECT recipient_id FROM crm.recipients WHERE recipient_id < 0";
        SoftAssertions softly = new SoftAssertions();
        fixture.assertOutputMatches(softly, run, "nobody", "out", "recipientId", nobody);
        fixture.assertOutputMatches(softly, run, "french-or-nobody", "out", "recipientId", french);
        fixture.assertOutputMatches(softly, run, "french-but-nobody", "out", "recipientId", french);
        fixture.assertOutputMatches(softly, run, "french-but-nobody", "complement", "recipientId", nobody);
        fixture.assertOutputMatches(softly, run, "nobody-and-french", "out", "recipientId", nobody);
        fixture.assertOutputMatches(softly, run, "nobody-and-french", "complement", "recipientId", french);
        // A Combine whose result is empty does not stop its branch.
        fixture.assertOutputMatches(softly, run, "after-empty-combine", "out", "recipientId", "SELECT recipient_id FROM crm.recipients WHERE country = 'DE'");
        softly.assertAll();
    }

    @Test
    void aFailingStatementFailsItsActivitySkipsWhatFollowsAndFailsTheRun() {
        // The database's own message, as a hand query on the view gets it.
        assertThatThrownBy(() -> fixture.count("SELECT count(*) FROM crm.fragile_recipients WHERE country = 'FR'")).hasMessageContaining(FRAGILE_ERROR);
        Path file = fixture.writeCampaign("fragile", """
                formatVersion: 1
                id: fragile
                name: Fragile
                activities:
                  - {id: broken, type: build-audience, label: Broken, dimension: fragileRecipients, rule: {attribute: country, operator: equal, value: FR}}
                  - {id: broken-too, type: build-audience, label: Broken too, dimension: fragileRecipients, rule: {attribute: country, operator: equal, value: DE}}
                  - {id: merged, type: combine, label: Merged, operation: union}
                  - {id: after-merged, type: combine, label: After merged, operation: intersection}
                  - {id: healthy, type: build-audience, label: Healthy, dimension: recipients, rule: {attribute: country, operator: equal, value: FR}}
                  - {id: healthy-too, type: build-audience, label: Healthy too, dimension: recipients, rule: {attribute: loyaltyTier, operator: equal, value: gold}}
                  - {id: healthy-union, type: combine, label: Healthy union, operation: union}
                transitions:
                  - {from: broken, to: merged}
                  - {from: broken-too, to: merged}
                  - {from: merged, to: after-merged}
                  - {from: broken, to: after-merged}
                  - {from: healthy, to: healthy-union}
                  - {from: healthy-too, to: healthy-union}
                """);
        RunResult run = fixture.run(file);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error()).hasValueSatisfying(error -> assertThat(error).contains("'broken'", FRAGILE_ERROR));
        assertThat(run.finishedAt()).isPresent();
        ActivityResult broken = activity(run, "broken");
        assertThat(broken.status()).isEqualTo(ActivityStatus.FAILED);
        assertThat(broken.reason()).hasValueSatisfying(reason -> assertThat(reason).contains(FRAGILE_ERROR));
        assertThat(output(run, "broken", "out").rows()).isEmpty();
        assertThat(output(run, "broken", "out").sql()).contains("fragile_recipients");
        assertThat(activity(run, "broken-too").status()).isEqualTo(ActivityStatus.FAILED);
        ActivityResult merged = activity(run, "merged");
        assertThat(merged.status()).isEqualTo(ActivityStatus.SKIPPED);
        assertThat(merged.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("broken.out", "failed"));
        assertThat(activity(run, "after-merged").status()).isEqualTo(ActivityStatus.SKIPPED);
        assertThat(fixture.tableExists("baton_work", "r" + run.runId() + "_broken_out")).isFalse();
        // The other branch ran to the end.
        fixture.assertOutputMatches(run, "healthy-union", "out", "recipientId", "SELECT recipient_id FROM crm.recipients WHERE country = 'FR' OR loyalty_tier = 'gold'");
        // And the run log records the failure.
        RunResult logged = fixture.runLog(run.runId());
        assertThat(logged.status()).isEqualTo(RunStatus.FAILED);
        assertThat(logged.error()).isEqualTo(run.error());
        assertThat(activity(logged, "broken").reason()).isEqualTo(broken.reason());
        // A failed run leaves the database usable: the next run of a healthy campaign succeeds.
        assertThat(fixture.testRun("recent-bookers", java.util.Optional.of(DemoWorkspaceFixture.NOW)).status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void aTableDroppedBehindTheDataModelIsReportedBeforeAnythingRuns() throws SQLException {
        fixture.execute("CREATE TABLE crm.doomed AS SELECT recipient_id FROM crm.recipients WHERE recipient_id <= 10");
        Path file = directory.resolve("datamodel.yaml");
        String withDoomed = dataModel.replace("\ntargetDimensions:", """

                  - name: doomed
                    table: crm.doomed
                    primaryKey: recipientId
                    attributes:
                      - {name: recipientId, column: recipient_id, type: integer}

                targetDimensions:""");
        DemoWorkspaceFixture.write(file, withDoomed);
        try {
            Path campaign = fixture.writeCampaign("doomed", """
                    formatVersion: 1
                    id: doomed
                    name: Doomed
                    activities:
                      - {id: few, type: build-audience, label: Few, dimension: doomed, rule: {attribute: recipientId, operator: greater, value: 5}}
                    """);
            assertThat(fixture.run(campaign).status()).isEqualTo(RunStatus.SUCCEEDED);
            try (Statement statement = fixture.connection().createStatement()) {
                statement.execute("DROP TABLE crm.doomed");
            }
            assertThatThrownBy(() -> fixture.run(campaign)).isInstanceOfSatisfying(BatonException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DATA_MODEL);
                assertThat(e.getMessage()).contains("BTN404", "crm.doomed");
                assertThat(e.diagnostics()).extracting(d -> d.code().code()).containsExactly("BTN404");
            });
        }
        finally {
            DemoWorkspaceFixture.write(file, dataModel);
        }
    }

    @Test
    void theDataModelIsCheckedAgainstTheDatabase() {
        Path file = directory.resolve("datamodel.yaml");
        String broken = dataModel
                .replace("{name: city, label: City, column: city, type: string}", "{name: city, label: City, column: town, type: string}")
                .replace("{name: firstName, label: First name, column: first_name, type: string}", "{name: firstName, label: First name, column: first_name, type: integer}")
                .replace("{name: amount, label: Amount, column: amount, type: decimal}", "{name: amount, label: Amount, column: amount, type: date}")
                .replace("\ntargetDimensions:", """

                          - name: ghosts
                            table: crm.ghosts
                            primaryKey: ghostId
                            attributes:
                              - {name: ghostId, column: ghost_id, type: integer}

                        targetDimensions:""");
        assertThat(broken).contains("column: town", "type: integer}", "crm.ghosts");
        DemoWorkspaceFixture.write(file, broken);
        try {
            List<Diagnostic> diagnostics = fixture.checkModel();
            assertThat(diagnostics).extracting(d -> d.code().code() + " " + d.location()).containsExactly(
                    "BTN406 entities[0].attributes[3].type",
                    "BTN405 entities[0].attributes[6].column",
                    "BTN406 entities[1].attributes[5].type",
                    "BTN404 entities[6].table");
            assertThat(diagnostics.get(0).message()).contains("firstName", "integer", "VARCHAR");
            assertThat(diagnostics.get(1).message()).contains("city", "town", "crm.recipients");
            assertThat(diagnostics.get(2).message()).contains("amount", "date", "DECIMAL");
            assertThat(diagnostics.get(3).message()).contains("ghosts", "crm.ghosts");
            // A test run refuses to start on a model that does not match the database.
            assertThatThrownBy(() -> fixture.testRun("recent-bookers", java.util.Optional.empty())).isInstanceOfSatisfying(BatonException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DATA_MODEL);
                assertThat(e.diagnostics()).hasSize(4);
            });
        }
        finally {
            DemoWorkspaceFixture.write(file, dataModel);
        }
        assertThat(fixture.checkModel()).isEmpty();
    }
}

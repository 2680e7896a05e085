package dev.baton.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.engine.CampaignService;
import dev.baton.engine.audience.AudienceService;
import dev.baton.engine.lifecycle.LifecycleService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness at a tiny scale: every case runs, its results match the hand-written SQL, a report is written. No timing assertions. */
final class BenchTest {
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-06-15T09:30:00Z"));

    @TempDir
    Path root;

    @Test
    void everyCaseMatchesTheHandWrittenSqlAndTheReportIsWritten() throws Exception {
        List<String> progress = new ArrayList<>();
        Bench bench = new Bench(new CampaignService(CLOCK), new LifecycleService(CLOCK), new AudienceService(CLOCK), progress::add);
        BenchOptions options = new BenchOptions(List.of(new BenchOptions.Scale(300, EnumSet.allOf(BenchCase.class))), 1, root, 7, 2, true,
                "baton bench --scales 300");

        BenchReport report = bench.run(options);

        assertThat(report.scales()).hasSize(1);
        BenchReport.ScaleResult scale = report.scales().getFirst();
        assertThat(scale.tableRows()).containsEntry("recipients", 300L).containsEntry("bookings", 3_000L);
        assertThat(scale.cases()).extracting(BenchReport.CaseResult::benchCase).containsExactly(BenchCase.values());
        for (BenchReport.CaseResult result : scale.cases()) {
            // Warm-up plus measured pairs, each compared (a mismatch would have thrown).
            int measured = result.benchCase() == BenchCase.OVERWRITE ? 2 : 1;
            assertThat(result.batonMillis()).as(result.benchCase().id()).hasSize(measured);
            assertThat(result.handMillis()).hasSize(measured);
            assertThat(result.checksMade()).isEqualTo(measured + 1);
            assertThat(result.checks()).isNotEmpty();
            assertThat(result.resultRows()).as(result.benchCase().id()).isPositive();
            assertThat(result.activities()).allSatisfy(activity -> assertThat(activity.millis()).hasSize(measured));
        }
        assertThat(scale.result(BenchCase.TIERS).orElseThrow().activities()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(scale.result(BenchCase.OVERWRITE).orElseThrow().saveMillis()).hasSize(2);
        assertThat(scale.result(BenchCase.OVERWRITE).orElseThrow().resultRows()).isBetween(2_900L, 3_000L);
        assertThat(scale.profiles()).extracting(BenchReport.Profile::side).contains("baton", "hand");
        assertThat(report.machine().duckdb()).startsWith("v");

        Path output = root.resolve("docs/benchmarks.md");
        BenchReportWriter.write(output, report);
        String written = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(written).contains("# Baton benchmarks", BenchReportWriter.BEGIN, BenchReportWriter.END, "### 300 recipients (3,000 bookings)",
                "| a. seed |", "| b. tiers |", "| c. refine |", "| d. overwrite |", "### Targets", "EXPLAIN ANALYZE");

        // Writing again keeps what is around the markers and replaces what is between them.
        Files.writeString(output, "# Notes\n\nkept above\n\n" + BenchReportWriter.BEGIN + "\nold results\n" + BenchReportWriter.END + "\n\nkept below\n",
                StandardCharsets.UTF_8);
        BenchReportWriter.write(output, report);
        String merged = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(merged).startsWith("# Notes\n\nkept above\n\n" + BenchReportWriter.BEGIN).endsWith(BenchReportWriter.END + "\n\nkept below\n")
                .doesNotContain("old results").contains("| a. seed |");
    }

    @Test
    void scalesNameTheirCasesAndRefineNeedsSeed() {
        BenchOptions.Scale scale = BenchOptions.Scale.parse("10_000_000:seed+c", EnumSet.allOf(BenchCase.class));
        assertThat(scale.recipients()).isEqualTo(10_000_000L);
        assertThat(scale.orderedCases()).containsExactly(BenchCase.SEED, BenchCase.REFINE);
        assertThat(BenchOptions.Scale.parse("300", EnumSet.of(BenchCase.TIERS)).orderedCases()).containsExactly(BenchCase.TIERS);
        assertThatThrownBy(() -> BenchOptions.Scale.parse("300:refine", EnumSet.allOf(BenchCase.class)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("add seed");
        assertThatThrownBy(() -> BenchOptions.Scale.parse("300:nothing", EnumSet.allOf(BenchCase.class)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no case 'nothing'");
        assertThatThrownBy(() -> BenchOptions.Scale.parse("lots", EnumSet.allOf(BenchCase.class)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a scale");
    }
}

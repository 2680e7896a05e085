package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baton bench} in process at a tiny scale: it runs, the results match, a report is written. No timing assertions. */
final class BenchCliTest {
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-06-15T09:30:00Z"));

    @TempDir
    Path root;

    record Result(int exitCode, String out, String err) {}

    static Result baton(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err), CLOCK);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void benchWritesAReportAndPrintsTheMedians() throws Exception {
        Path report = root.resolve("docs/benchmarks.md");
        Result bench = baton("bench", "--scales", "200,400:seed+refine", "--repetitions", "1", "--saves", "1", "--no-profile", "--workspace",
                root.resolve("bench").toString(), "--output", report.toString());
        assertThat(bench.exitCode()).as(bench.err()).isZero();
        assertThat(bench.out()).contains("200 recipients (2,000 bookings)", "400 recipients (4,000 bookings)", "seed", "overwrite", "RATIO",
                "results matched the hand-written SQL");
        assertThat(bench.err()).contains("bench: [200] generating");
        String text = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(text).contains("### 200 recipients", "### 400 recipients", "| a. seed |", "| d. overwrite |", "### Targets",
                "./baton bench --scales 200,400:seed+refine --repetitions 1 --saves 1 --no-profile");
        assertThat(root.resolve("bench/bench-200/workspace.duckdb")).exists();
    }

    @Test
    void badScalesAndCasesAreUsageErrors() {
        Result scale = baton("bench", "--scales", "0", "--workspace", root.toString(), "--output", root.resolve("r.md").toString());
        assertThat(scale.exitCode()).isEqualTo(1);
        assertThat(scale.err()).contains("--scales: a scale is a number of recipients from 1 to");
        Result refine = baton("bench", "--scales", "100", "--cases", "refine", "--workspace", root.toString(), "--output", root.resolve("r.md").toString());
        assertThat(refine.exitCode()).isEqualTo(1);
        assertThat(refine.err()).contains("add seed");
        Result unknown = baton("bench", "--cases", "fastest", "--workspace", root.toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no case 'fastest'", "seed (a)");
        assertThat(root.resolve("r.md")).doesNotExist();
    }
}

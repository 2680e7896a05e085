package dev.baton.bench;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a benchmark measured: the machine, and per scale the data generation and each case. Times are in
 * milliseconds; lists of times hold every measured repetition, in order (the report shows medians).
 */
public record BenchReport(String command, Instant startedAt, Instant finishedAt, Machine machine, int repetitions, int saves, long seed,
        List<ScaleResult> scales) {
    public BenchReport {
        requireNonNull(command, "command is null");
        requireNonNull(machine, "machine is null");
        scales = List.copyOf(scales);
    }

    /**
     * @param processors CPUs available to the JVM
     * @param memoryBytes physical memory, -1 when unknown
     * @param maxHeapBytes the JVM's maximum heap ({@code Runtime.maxMemory()})
     */
    public record Machine(int processors, String cpuModel, long memoryBytes, String os, String java, String jvmArguments, long maxHeapBytes,
            String duckdb) {}

    /**
     * Memory of the process during one part of the run (see {@link MemoryProbe}).
     *
     * @param heapPeakBytes the largest sampled heap use, garbage included
     * @param liveHeapPeakBytes the largest heap occupancy right after a collection; -1 when no collection ran
     * @param rssPeakBytes the resident set's high-water mark ({@code VmHWM}); -1 when unknown
     * @param rssReset whether the high-water mark was reset at the start; if not, it is the process's peak so far
     */
    public record Memory(long heapPeakBytes, long liveHeapPeakBytes, long rssPeakBytes, boolean rssReset) {}

    /**
     * One scale: a fresh demo workspace with {@code recipients} recipients.
     *
     * @param tableRows rows of each generated table
     * @param dataDay the day the generated data is relative to
     * @param referenceTime the reference time of every run ({@code --as-of}), the start of {@code dataDay}
     * @param profiles EXPLAIN ANALYZE of the slowest statements, at the largest scale only
     */
    public record ScaleResult(long recipients, String workspace, Map<String, Long> tableRows, double generationMillis, Memory generationMemory,
            LocalDate dataDay, Instant referenceTime, List<CaseResult> cases, FixedCosts fixedCosts, List<Profile> profiles) {
        public ScaleResult {
            tableRows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tableRows));
            cases = List.copyOf(cases);
            profiles = List.copyOf(profiles);
        }

        public long bookings() {
            return tableRows.getOrDefault("bookings", 0L);
        }

        public Optional<CaseResult> result(BenchCase benchCase) {
            return cases.stream().filter(result -> result.benchCase() == benchCase).findFirst();
        }
    }

    /**
     * One case at one scale.
     *
     * @param inputRows rows of the customer tables (and audiences) the case reads, each table counted once
     * @param resultRows rows of the case's result (the audiences it saves, or the population it would save)
     * @param publishMillis the first live run (the warm-up of a live case), empty for a test-run case
     * @param batonMillis each measured Baton call: the service method, from the call to its return
     * @param handMillis each measured hand-written run: connect, statements, commit, close
     * @param handStatementsMillis the same runs, statements only
     * @param activities each activity's {@code elapsedMillis} in the measured runs
     * @param saveMillis the overwrite case: each measured run's Save audience time; empty otherwise
     * @param checks the comparisons of the last repetition (all repetitions were compared, see {@code checksMade})
     */
    public record CaseResult(BenchCase benchCase, String campaignId, String mode, long inputRows, long resultRows, double applyMillis,
            Optional<Double> publishMillis, List<Double> batonMillis, List<Double> handMillis, List<Double> handStatementsMillis,
            List<ActivityTiming> activities, List<Long> saveMillis, List<Check> checks, int checksMade, Memory memory) {
        public CaseResult {
            batonMillis = List.copyOf(batonMillis);
            handMillis = List.copyOf(handMillis);
            handStatementsMillis = List.copyOf(handStatementsMillis);
            activities = List.copyOf(activities);
            saveMillis = List.copyOf(saveMillis);
            checks = List.copyOf(checks);
        }

        public double batonMedian() {
            return Stats.median(batonMillis);
        }

        public double handMedian() {
            return Stats.median(handMillis);
        }

        /** Baton / hand of the medians. */
        public double ratio() {
            return batonMedian() / Math.max(handMedian(), 0.001);
        }

        /** The median over runs of the sum of the activities' times. */
        public double activitiesMedian() {
            return Stats.median(activitySums().stream().map(Long::doubleValue).toList());
        }

        /** Baton's wall time not spent in activities: opening, checks, compiling, the run log, retention, closing. */
        public double overheadMedian() {
            List<Long> sums = activitySums();
            List<Double> overheads = new java.util.ArrayList<>();
            for (int run = 0; run < sums.size(); run++) {
                overheads.add(batonMillis.get(run) - sums.get(run));
            }
            return Stats.median(overheads);
        }

        /** Per measured run, the sum of its activities' times. */
        private List<Long> activitySums() {
            List<Long> sums = new java.util.ArrayList<>();
            for (int run = 0; run < batonMillis.size(); run++) {
                long sum = 0;
                for (ActivityTiming activity : activities) {
                    sum += activity.millis().get(run);
                }
                sums.add(sum);
            }
            return sums;
        }
    }

    /** An activity's time in each measured run, and its row count (output rows, or rows saved) in the last one. */
    public record ActivityTiming(String id, String type, List<Long> millis, long rows) {
        public ActivityTiming {
            millis = List.copyOf(millis);
        }

        public double median() {
            return Stats.median(millis.stream().map(Long::doubleValue).toList());
        }
    }

    /**
     * A comparison of Baton's result with the hand-written one, both computed by SQL: equal row counts and equal
     * {@code sum(hash(columns))} (or equal figures).
     *
     * @param summary what was equal, as the report shows it: the rows and checksum, or the figures by name
     * @param result whether its rows count as the case's result rows
     */
    public record Check(String what, String baton, String hand, long rows, String summary, boolean result) {}

    /**
     * Fixed costs of a Baton call, each measured alone through the engine's public classes (median of the
     * repetitions), at one scale.
     */
    public record FixedCosts(double workspaceFilesMillis, double openCloseMillis, double dataModelCheckMillis, double audienceCatalogMillis,
            double compileMillis, String compiledCampaign, double handOpenCloseMillis) {}

    /**
     * DuckDB's EXPLAIN ANALYZE of one statement.
     *
     * @param side {@code baton} or {@code hand}
     * @param statement which statement (activity and part)
     * @param totalMillis the total time DuckDB reports
     */
    public record Profile(BenchCase benchCase, String side, String statement, double totalMillis, String sql, String plan) {}
}

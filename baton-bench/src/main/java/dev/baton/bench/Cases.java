package dev.baton.bench;

import static dev.baton.bench.CaseContext.date;

import dev.baton.bench.CaseDefinition.Comparison;
import dev.baton.engine.run.Metrics;
import dev.baton.engine.run.RunResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The suite. Each case's hand-written SQL is what a person would write for the same result, straight from the
 * customer tables (it never reads Baton's work tables; the refine case reads the audience the seed case saved, as its
 * campaign does). Result tables live in schema {@value #SCHEMA}.
 */
final class Cases {
    static final String SCHEMA = "bench_hand";
    /** The stored columns of a recipient audience with the seed example's mappings. */
    private static final List<String> RECIPIENT_AUDIENCE = List.of("crmId", "recipients_recipientId", "email", "loyaltyTier");
    private static final String RECIPIENT_AUDIENCE_SELECT = "crm_id AS \"crmId\", recipient_id AS \"recipients_recipientId\", email AS \"email\","
            + " loyalty_tier AS \"loyaltyTier\"";

    /** The figures a saved audience reports, in the order {@link #savedFigures} reads them from Baton's run. */
    private static final List<String> SAVED = List.of(Metrics.ROWS, Metrics.PROFILES);

    private Cases() {}

    /** Rows and distinct profiles of a hand-written audience table: what a Save audience reports of the version it saves. */
    private static String savedFiguresOf(String table) {
        return "(SELECT count(*) FROM " + table + "), (SELECT count(DISTINCT \"crmId\") FROM " + table + ")";
    }

    /** Baton's figures of the audience one Save audience saved, against the hand-written query's figures from {@code offset}. */
    private static Comparison.Figures savedFigures(String label, RunResult run, String activity, HandSql.Run hand, int offset) {
        return new Comparison.Figures("rows and profiles of audience '" + label + "'", SAVED,
                SAVED.stream().map(name -> CaseContext.metric(run, activity, name)).toList(), hand.figures().subList(offset, offset + SAVED.size()));
    }

    static final Map<BenchCase, CaseDefinition> ALL = Map.of(
            BenchCase.SEED, new Seed(),
            BenchCase.REFINE, new Refine(),
            BenchCase.TIERS, new Tiers(),
            BenchCase.OVERWRITE, new Overwrite());

    static CaseDefinition of(BenchCase benchCase) {
        return ALL.get(benchCase);
    }

    /** (a) bookings in the last 30 days -> recipients -> Save audience. */
    static final class Seed implements CaseDefinition {
        static final String AUDIENCE = "Bench recent bookers";

        @Override
        public BenchCase id() {
            return BenchCase.SEED;
        }

        @Override
        public List<String> handStatements(CaseContext context) {
            LocalDate day = context.day();
            return List.of("""
                    CREATE OR REPLACE TABLE bench_hand.recent_bookers AS
                    SELECT r.%s
                    FROM crm.recipients r
                    WHERE r.crm_id <> ''
                      AND EXISTS (SELECT 1 FROM crm.bookings b
                                  WHERE b.recipient_id = r.recipient_id AND b.booking_date BETWEEN %s AND %s)
                    """.formatted(RECIPIENT_AUDIENCE_SELECT.replace(", ", ", r."), date(day.minusDays(30)), date(day)));
        }

        @Override
        public Optional<String> handQuery(CaseContext context) {
            return Optional.of("SELECT " + savedFiguresOf("bench_hand.recent_bookers"));
        }

        @Override
        public List<Comparison> comparisons(CaseContext context, RunResult run, HandSql.Run hand) {
            return List.of(new Comparison.Relations("audience '" + AUDIENCE + "'", context.audienceTable(AUDIENCE), "bench_hand.recent_bookers",
                    RECIPIENT_AUDIENCE, true), savedFigures(AUDIENCE, run, "save-recent-bookers", hand, 0));
        }

        @Override
        public List<String> inputTables(CaseContext context) {
            return List.of("crm.recipients", "crm.bookings");
        }
    }

    /** (c) the seed's audience read back and refined; a test run, its Save audience a dry run. */
    static final class Refine implements CaseDefinition {
        @Override
        public BenchCase id() {
            return BenchCase.REFINE;
        }

        @Override
        public List<String> handStatements(CaseContext context) {
            return List.of("""
                    CREATE OR REPLACE TABLE bench_hand.loyal_recent_bookers AS
                    SELECT r.recipient_id AS "recipientId", r.email
                    FROM crm.recipients r
                    WHERE r.crm_id IN (SELECT "crmId" FROM %s)
                      AND r.loyalty_tier IN ('gold', 'platinum') AND r.email_opt_in = true
                    """.formatted(context.audienceTable(Seed.AUDIENCE)));
        }

        /** What the dry run of Save audience reports: rows it would save, distinct profiles, rows without an email. */
        @Override
        public Optional<String> handQuery(CaseContext context) {
            return Optional.of("""
                    SELECT count(*) FILTER (WHERE coalesce(email, '') <> ''),
                           count(DISTINCT email) FILTER (WHERE coalesce(email, '') <> ''),
                           count(*) FILTER (WHERE coalesce(email, '') = '')
                    FROM bench_hand.loyal_recent_bookers
                    """);
        }

        @Override
        public List<Comparison> comparisons(CaseContext context, RunResult run, HandSql.Run hand) {
            List<String> names = List.of(Metrics.ROWS, Metrics.PROFILES, Metrics.SKIPPED_EMPTY_IDENTITY);
            return List.of(
                    new Comparison.Relations("population 'loyal-recent-bookers'", CaseContext.workTable(run, "loyal-recent-bookers"),
                            "bench_hand.loyal_recent_bookers", List.of("recipientId"), true),
                    new Comparison.Figures("dry run of 'save-loyal'", names,
                            names.stream().map(name -> CaseContext.metric(run, "save-loyal", name)).toList(), hand.figures()));
        }

        @Override
        public List<String> inputTables(CaseContext context) {
            return List.of(context.audienceTable(Seed.AUDIENCE), "crm.recipients");
        }
    }

    /**
     * (b) confirmed or completed bookings of the last year -> their recipients with a booking of 2,500 or more (Baton
     * has no aggregates for "total spend") -> without the opted-out -> one audience per loyalty tier. The hand-written
     * version follows the original design: the bookings population first, its recipients from it.
     */
    static final class Tiers implements CaseDefinition {
        static final Map<String, String> AUDIENCES = Map.of(
                "premium", "Bench premium buyers",
                "silver", "Bench silver buyers",
                "standard", "Bench standard buyers");
        private static final Map<String, String> TIER_CONDITIONS = Map.of(
                "premium", "loyalty_tier IN ('gold', 'platinum')",
                "silver", "loyalty_tier = 'silver'",
                "standard", "loyalty_tier = 'none'");
        private static final List<String> TIERS = List.of("premium", "silver", "standard");

        @Override
        public BenchCase id() {
            return BenchCase.TIERS;
        }

        @Override
        public List<String> handStatements(CaseContext context) {
            LocalDate day = context.day();
            List<String> statements = new java.util.ArrayList<>();
            statements.add("""
                    CREATE OR REPLACE TABLE bench_hand.qualifying_bookings AS
                    SELECT booking_id AS "bookingId", recipient_id, amount
                    FROM crm.bookings
                    WHERE status IN ('confirmed', 'completed') AND booking_date BETWEEN %s AND %s
                    """.formatted(date(day.minusYears(1)), date(day)));
            statements.add("""
                    CREATE OR REPLACE TEMP TABLE reachable_buyers AS
                    SELECT recipient_id, crm_id, email, loyalty_tier
                    FROM crm.recipients
                    WHERE recipient_id IN (SELECT recipient_id FROM bench_hand.qualifying_bookings WHERE amount >= 2500)
                      AND email_opt_in IS DISTINCT FROM false AND coalesce(email, '') <> ''
                    """);
            for (String tier : TIERS) {
                statements.add("""
                        CREATE OR REPLACE TABLE bench_hand.%s_buyers AS
                        SELECT %s
                        FROM reachable_buyers
                        WHERE %s AND crm_id <> ''
                        """.formatted(tier, RECIPIENT_AUDIENCE_SELECT, TIER_CONDITIONS.get(tier)));
            }
            statements.add("DROP TABLE reachable_buyers");
            return statements;
        }

        @Override
        public Optional<String> handQuery(CaseContext context) {
            return Optional.of("SELECT " + String.join(", ", TIERS.stream().map(tier -> savedFiguresOf("bench_hand." + tier + "_buyers")).toList()));
        }

        @Override
        public List<Comparison> comparisons(CaseContext context, RunResult run, HandSql.Run hand) {
            List<Comparison> comparisons = new java.util.ArrayList<>();
            comparisons.add(new Comparison.Relations("population 'qualifying-bookings'", CaseContext.workTable(run, "qualifying-bookings"),
                    "bench_hand.qualifying_bookings", List.of("bookingId"), false));
            for (int i = 0; i < TIERS.size(); i++) {
                String tier = TIERS.get(i);
                String label = AUDIENCES.get(tier);
                comparisons.add(new Comparison.Relations("audience '" + label + "'", context.audienceTable(label), "bench_hand." + tier + "_buyers",
                        RECIPIENT_AUDIENCE, true));
                comparisons.add(savedFigures(label, run, "save-" + tier, hand, i * SAVED.size()));
            }
            return comparisons;
        }

        @Override
        public List<String> inputTables(CaseContext context) {
            return List.of("crm.recipients", "crm.bookings");
        }
    }

    /** (d) every booking saved as a booking-level audience, overwritten by each live run. */
    static final class Overwrite implements CaseDefinition {
        static final String AUDIENCE = "Bench all bookings";

        @Override
        public BenchCase id() {
            return BenchCase.OVERWRITE;
        }

        @Override
        public List<String> handStatements(CaseContext context) {
            return List.of("""
                    CREATE OR REPLACE TABLE bench_hand.all_bookings AS
                    SELECT r.crm_id AS "crmId", b.booking_id AS "bookings_bookingId"
                    FROM crm.bookings b JOIN crm.recipients r ON r.recipient_id = b.recipient_id
                    WHERE r.crm_id <> ''
                    """);
        }

        @Override
        public Optional<String> handQuery(CaseContext context) {
            return Optional.of("SELECT " + savedFiguresOf("bench_hand.all_bookings"));
        }

        @Override
        public List<Comparison> comparisons(CaseContext context, RunResult run, HandSql.Run hand) {
            return List.of(new Comparison.Relations("audience '" + AUDIENCE + "'", context.audienceTable(AUDIENCE), "bench_hand.all_bookings",
                    List.of("crmId", "bookings_bookingId"), true), savedFigures(AUDIENCE, run, "save-all-bookings", hand, 0));
        }

        @Override
        public List<String> inputTables(CaseContext context) {
            return List.of("crm.recipients", "crm.bookings");
        }

        @Override
        public Optional<String> timedSave() {
            return Optional.of("save-all-bookings");
        }
    }
}

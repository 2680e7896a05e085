package dev.baton.bench;

import dev.baton.engine.run.RunResult;
import java.util.List;
import java.util.Optional;

/** One case of the suite: the hand-written SQL equivalent to its campaign, and how to compare the two results. */
interface CaseDefinition {
    BenchCase id();

    /** The hand-written statements, run in one transaction. */
    List<String> handStatements(CaseContext context);

    /** A final query of the hand-written run returning one row of figures (a test run's counts), if the case has one. */
    default Optional<String> handQuery(CaseContext context) {
        return Optional.empty();
    }

    /** What to compare after a Baton run and a hand-written run. */
    List<Comparison> comparisons(CaseContext context, RunResult run, HandSql.Run hand);

    /** The tables the case reads, for rows per second. */
    List<String> inputTables(CaseContext context);

    /** The Save audience whose time is reported per save (the overwrite case). */
    default Optional<String> timedSave() {
        return Optional.empty();
    }

    /** A comparison of one part of the result. */
    sealed interface Comparison {
        String what();

        /**
         * Two relations with the same columns: equal row counts and equal {@code sum(hash(columns))}.
         *
         * @param result whether its rows count as the case's result rows
         */
        record Relations(String what, String baton, String hand, List<String> columns, boolean result) implements Comparison {}

        /** Figures Baton's SQL computed (a dry run's counts) against those of the hand-written query. */
        record Figures(String what, List<String> names, List<Long> baton, List<Long> hand) implements Comparison {}
    }
}

package dev.baton.bench;

import static java.util.Objects.requireNonNull;

import dev.baton.demo.DemoOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What to measure.
 *
 * @param scales the scales, measured smallest first, one fresh workspace each
 * @param repetitions measured Baton / hand pairs per case (after one warm-up pair); the overwrite case uses {@code saves}
 * @param workspaceRoot the folder in which a workspace {@code bench-<recipients>} is (re)made per scale
 * @param seed the demo data seed
 * @param saves live runs of the overwrite case
 * @param profile whether to run DuckDB's {@code EXPLAIN ANALYZE} on the slowest statements of each case at the largest scale
 * @param command the command line to print in the report, as a user would type it
 */
public record BenchOptions(List<Scale> scales, int repetitions, Path workspaceRoot, long seed, int saves, boolean profile, String command) {
    public static final int DEFAULT_REPETITIONS = 5;
    public static final int DEFAULT_SAVES = 10;
    public static final long DEFAULT_SEED = 42;
    public static final int MAXIMUM_REPETITIONS = 1_000;

    /**
     * One scale.
     *
     * @param recipients the number of recipients (bookings are 10 x, wishlist entries 2 x)
     * @param cases the cases run at this scale; {@code refine} needs {@code seed}
     */
    public record Scale(long recipients, Set<BenchCase> cases) {
        public Scale {
            requireNonNull(cases, "cases is null");
            if (recipients < 1 || recipients > DemoOptions.MAXIMUM_RECIPIENTS) {
                throw new IllegalArgumentException("a scale is a number of recipients from 1 to " + DemoOptions.MAXIMUM_RECIPIENTS + ", not " + recipients);
            }
            if (cases.isEmpty()) {
                throw new IllegalArgumentException("scale " + recipients + " has no case to run");
            }
            if (cases.contains(BenchCase.REFINE) && !cases.contains(BenchCase.SEED)) {
                throw new IllegalArgumentException("case refine reads the audience that case seed saves; add seed to the cases of scale " + recipients);
            }
            cases = Set.copyOf(EnumSet.copyOf(cases));
        }

        /** The cases in running order. */
        public List<BenchCase> orderedCases() {
            return EnumSet.copyOf(cases).stream().toList();
        }

        /**
         * {@code N} (the default cases) or {@code N:case+case…} (cases by name or letter), e.g. {@code 10000000:seed+refine}.
         */
        public static Scale parse(String text, Set<BenchCase> defaultCases) {
            String spec = text.strip();
            int colon = spec.indexOf(':');
            String number = (colon < 0 ? spec : spec.substring(0, colon)).replace("_", "").strip();
            long recipients;
            try {
                recipients = Long.parseLong(number);
            }
            catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + spec + "' is not a scale: give a number of recipients, optionally followed by :case+case");
            }
            if (colon < 0) {
                return new Scale(recipients, defaultCases);
            }
            EnumSet<BenchCase> cases = EnumSet.noneOf(BenchCase.class);
            for (String name : spec.substring(colon + 1).split("\\+")) {
                cases.add(BenchCase.parse(name).orElseThrow(() -> new IllegalArgumentException("scale '" + spec + "': no case '" + name.strip()
                        + "'; the cases are " + BenchCase.describeAll())));
            }
            return new Scale(recipients, cases);
        }
    }

    public BenchOptions {
        requireNonNull(scales, "scales is null");
        requireNonNull(workspaceRoot, "workspaceRoot is null");
        requireNonNull(command, "command is null");
        if (scales.isEmpty()) {
            throw new IllegalArgumentException("--scales needs at least one number of recipients");
        }
        List<Scale> sorted = new ArrayList<>();
        for (Scale scale : scales) {
            if (sorted.stream().anyMatch(other -> other.recipients() == scale.recipients())) {
                throw new IllegalArgumentException("scale " + scale.recipients() + " is given twice");
            }
            sorted.add(scale);
        }
        sorted.sort(java.util.Comparator.comparingLong(Scale::recipients));
        scales = List.copyOf(sorted);
        if (repetitions < 1 || repetitions > MAXIMUM_REPETITIONS) {
            throw new IllegalArgumentException("--repetitions must be between 1 and " + MAXIMUM_REPETITIONS + ", not " + repetitions);
        }
        if (saves < 1 || saves > MAXIMUM_REPETITIONS) {
            throw new IllegalArgumentException("--saves must be between 1 and " + MAXIMUM_REPETITIONS + ", not " + saves);
        }
    }
}

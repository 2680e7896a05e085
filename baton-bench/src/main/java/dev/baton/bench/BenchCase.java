package dev.baton.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The cases of the suite, in the order they run (refine reads the audience that seed saves). */
public enum BenchCase {
    /** Recipients with a booking in the last 30 days, saved as an audience (2 activities). */
    SEED("seed", "a", "bench-recent-bookers", true),
    /** The seed's audience read back, refined to gold/platinum members accepting email (4 activities, test run). */
    REFINE("refine", "c", "bench-loyal-recent-bookers", false),
    /** Bookings of the last year -> valuable reachable recipients -> one audience per loyalty tier (13 activities, 3 saves). */
    TIERS("tiers", "b", "bench-loyalty-tiers", true),
    /** Every booking saved as a booking-level audience, run live --saves times (2 activities). */
    OVERWRITE("overwrite", "d", "bench-all-bookings", true);

    private final String id;
    private final String letter;
    private final String campaignId;
    private final boolean live;

    BenchCase(String id, String letter, String campaignId, boolean live) {
        this.id = id;
        this.letter = letter;
        this.campaignId = campaignId;
        this.live = live;
    }

    /** The name on the command line and in the report. */
    public String id() {
        return id;
    }

    /** The letter of the case in the issue (a–d). */
    public String letter() {
        return letter;
    }

    public String campaignId() {
        return campaignId;
    }

    /** The campaign file, a resource under {@code dev/baton/bench/campaigns/}. */
    public String campaignFile() {
        return campaignId + ".yaml";
    }

    /** Published once, then run live; otherwise applied as a draft and test-run. */
    public boolean live() {
        return live;
    }

    /** "seed (a), …" for messages. */
    public static String describeAll() {
        return String.join(", ", Arrays.stream(values()).map(value -> value.id + " (" + value.letter + ")").toList());
    }

    /** By name ({@code seed}) or letter ({@code a}), ignoring case. */
    public static Optional<BenchCase> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(value -> value.id.equals(wanted) || value.letter.equals(wanted)).findFirst();
    }
}

package dev.baton.engine.duckdb;

import static dev.baton.engine.duckdb.DemoWorkspaceFixture.NOW;
import static dev.baton.engine.duckdb.DemoWorkspaceFixture.activity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.engine.run.ActivityStatus;
import dev.baton.engine.run.RunResult;
import dev.baton.engine.run.RunStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Test runs on a real DuckDB demo workspace (3,000 recipients), each output compared with a query written by hand
 * from the documented semantics ({@code docs/campaign-format.md}, {@code docs/activities.md}): the row count the run
 * reports and the exact keys of the work table.
 *
 * <p>The demo data has no empty strings and few empty values, so {@link #prepare()} adds some by hand: empty-string
 * and null emails, null cities, countries, opt-ins, loyalty tiers, birth dates and amounts, last names with
 * {@code %}, {@code _}, {@code !} and {@code \}, bookings of a trip that does not exist, wishlist entries exactly on
 * and just outside the bounds of "in the last 30 days" and some in the future.
 */
final class CampaignRunIntegrationTest {
    @TempDir
    static Path directory;

    private static DemoWorkspaceFixture fixture;

    @BeforeAll
    static void prepare() {
        fixture = DemoWorkspaceFixture.create(directory);
        fixture.execute(
                "UPDATE crm.recipients SET email = '' WHERE recipient_id % 97 = 5",
                "UPDATE crm.recipients SET city = NULL WHERE recipient_id % 89 = 3",
                "UPDATE crm.recipients SET country = NULL WHERE recipient_id % 103 = 6",
                "UPDATE crm.recipients SET email_opt_in = NULL WHERE recipient_id % 83 = 2",
                "UPDATE crm.recipients SET loyalty_tier = NULL WHERE recipient_id % 79 = 1",
                "UPDATE crm.recipients SET birth_date = NULL WHERE recipient_id % 101 = 4",
                "UPDATE crm.recipients SET last_name = '50%_off' WHERE recipient_id IN (11, 12)",
                "UPDATE crm.recipients SET last_name = '50% off' WHERE recipient_id = 13",
                "UPDATE crm.recipients SET last_name = '50x_off' WHERE recipient_id = 14",
                "UPDATE crm.recipients SET last_name = 'a!_%\\b' WHERE recipient_id = 15",
                "UPDATE crm.recipients SET last_name = 'a!x%\\b' WHERE recipient_id = 16",
                "UPDATE crm.recipients SET last_name = 'ends_100%' WHERE recipient_id = 17",
                "UPDATE crm.bookings SET amount = NULL WHERE booking_id % 211 = 7",
                "UPDATE crm.bookings SET trip_id = 9999 WHERE booking_id % 307 = 11",
                "UPDATE crm.wishlists SET added_at = TIMESTAMP '2026-05-16 09:30:00' WHERE wishlist_id = 1",
                "UPDATE crm.wishlists SET added_at = TIMESTAMP '2026-06-15 09:30:00' WHERE wishlist_id = 2",
                "UPDATE crm.wishlists SET added_at = TIMESTAMP '2026-05-16 09:29:59.999999' WHERE wishlist_id = 3",
                "UPDATE crm.wishlists SET added_at = TIMESTAMP '2026-06-15 09:30:00.000001' WHERE wishlist_id = 4",
                "UPDATE crm.wishlists SET added_at = TIMESTAMP '2026-06-15 09:30:00' + to_days(CAST(wishlist_id % 40 AS INTEGER)) "
                        + "WHERE wishlist_id BETWEEN 10 AND 90");
        assertThat(fixture.count("SELECT count(*) FROM crm.recipients")).isEqualTo(DemoWorkspaceFixture.RECIPIENTS);
        assertThat(fixture.count("SELECT count(*) FROM crm.recipients WHERE email IS NULL")).as("demo recipients without email").isPositive();
    }

    // ---- the seed example and the reference time

    @Test
    void seedExampleFindsRecipientsWhoBookedInTheLast30Days() {
        RunResult run = fixture.testRun("recent-bookers", Optional.of(NOW));

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.referenceTime()).isEqualTo(NOW);
        assertThat(activity(run, "recent-bookers").dimension()).isEqualTo("recipients");
        // "booked in the last 30 days" on 2026-06-15: booking dates from 2026-05-16 to 2026-06-15, both included.
        List<Long> expected = fixture.assertOutputMatches(run, "recent-bookers", "out", "recipientId", """
                SELECT r.recipient_id FROM crm.recipients r
                WHERE r.recipient_id IN (SELECT b.recipient_id FROM crm.bookings b
                                         WHERE b.booking_date BETWEEN DATE '2026-05-16' AND DATE '2026-06-15')""");
        assertThat(expected).hasSizeGreaterThan(100);
        // Its Save audience stores texts only (CRM id, email, tier): they are read from the recipients' table when saving, not carried.
        assertThat(fixture.workTableColumns(DemoWorkspaceFixture.output(run, "recent-bookers", "out"))).containsExactly("recipientId");
        // Both bounds matter on this data: dropping either end of the window changes the population.
        assertThat(expected).isNotEqualTo(fixture.keys("SELECT DISTINCT recipient_id FROM crm.bookings WHERE booking_date > DATE '2026-05-16' AND booking_date <= DATE '2026-06-15'"));
        assertThat(expected).isNotEqualTo(fixture.keys("SELECT DISTINCT recipient_id FROM crm.bookings WHERE booking_date >= DATE '2026-05-16' AND booking_date < DATE '2026-06-15'"));
        assertThat(expected).isNotEqualTo(fixture.keys("SELECT DISTINCT recipient_id FROM crm.bookings WHERE booking_date BETWEEN DATE '2026-05-15' AND DATE '2026-06-15'"));
    }

    @Test
    void asOfMakesRunsReproducibleAndIsRecorded() {
        RunResult first = fixture.testRun("recent-bookers", Optional.of(NOW));
        fixture.clock.advance(Duration.ofHours(5));
        RunResult second = fixture.testRun("recent-bookers", Optional.of(NOW));
        Instant earlier = Instant.parse("2026-04-01T23:15:00Z");
        RunResult other = fixture.testRun("recent-bookers", Optional.of(earlier));

        List<Long> firstKeys = fixture.workTableKeys(DemoWorkspaceFixture.output(first, "recent-bookers", "out"), "recipientId");
        List<Long> secondKeys = fixture.workTableKeys(DemoWorkspaceFixture.output(second, "recent-bookers", "out"), "recipientId");
        assertThat(second.runId()).isGreaterThan(first.runId());
        assertThat(second.startedAt()).isAfter(first.startedAt());
        assertThat(secondKeys).isEqualTo(firstKeys);
        assertThat(DemoWorkspaceFixture.output(second, "recent-bookers", "out").rows()).isEqualTo(DemoWorkspaceFixture.output(first, "recent-bookers", "out").rows());

        List<Long> otherKeys = fixture.assertOutputMatches(other, "recent-bookers", "out", "recipientId",
                "SELECT DISTINCT recipient_id FROM crm.bookings WHERE booking_date BETWEEN DATE '2026-03-02' AND DATE '2026-04-01'");
        assertThat(otherKeys).isNotEqualTo(firstKeys);

        // The run log holds the reference time of each run; without --as-of it is the run's start.
        assertThat(fixture.runLog(first.runId()).referenceTime()).isEqualTo(NOW);
        assertThat(fixture.runLog(other.runId()).referenceTime()).isEqualTo(earlier);
        RunResult byClock = fixture.testRun("recent-bookers", Optional.empty());
        assertThat(byClock.referenceTime()).isEqualTo(fixture.clock.instant()).isEqualTo(byClock.startedAt());
        assertThat(fixture.runLog(byClock.runId()).referenceTime()).isEqualTo(fixture.clock.instant());
    }

    @Test
    void demoExclusionWithComplementMatchesHandSql() {
        RunResult run = fixture.testRun("europe-beach-opted-in", Optional.of(NOW));
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        String beachBookers = """
                SELECT r.recipient_id FROM crm.recipients r
                WHERE EXISTS (SELECT 1 FROM crm.bookings b
                              JOIN crm.trips tr ON tr.trip_id = b.trip_id
                              JOIN crm.destinations d ON d.destination_id = tr.destination_id
                              WHERE b.recipient_id = r.recipient_id
                                AND b.booking_date BETWEEN DATE '2026-03-17' AND DATE '2026-06-15'
                                AND b.status <> 'cancelled' AND tr.category = 'beach' AND d.region = 'Europe')""";
        String optedOut = "SELECT recipient_id FROM crm.recipients WHERE email_opt_in = false OR email IS NULL OR email = ''";
        SoftAssertions softly = new SoftAssertions();
        fixture.assertOutputMatches(softly, run, "beach-bookers", "out", "recipientId", beachBookers);
        fixture.assertOutputMatches(softly, run, "opted-out", "out", "recipientId", optedOut);
        fixture.assertOutputMatches(softly, run, "reachable", "out", "recipientId", beachBookers + " EXCEPT " + optedOut);
        fixture.assertOutputMatches(softly, run, "reachable", "complement", "recipientId", "(" + beachBookers + ") INTERSECT (" + optedOut + ")");
        softly.assertAll();
    }

    // ---- operators

    @Test
    void comparisonOperatorsOnEveryType() {
        runCases("operators-compare", NOW, List.of(
                new Case("int-eq", "recipients", "{attribute: recipientId, operator: equal, value: 42}", "SELECT recipient_id FROM crm.recipients WHERE recipient_id = 42"),
                new Case("int-ne", "recipients", "{attribute: recipientId, operator: not-equal, value: 42}", "SELECT recipient_id FROM crm.recipients WHERE recipient_id <> 42"),
                new Case("int-lt", "recipients", "{attribute: recipientId, operator: less, value: 100}", "SELECT recipient_id FROM crm.recipients WHERE recipient_id < 100"),
                new Case("int-gt", "recipients", "{attribute: recipientId, operator: '>', value: 2900}", "SELECT recipient_id FROM crm.recipients WHERE recipient_id > 2900"),
                new Case("int-le", "recipients", "{attribute: recipientId, operator: less-or-equal, value: 100}", "SELECT recipient_id FROM crm.recipients WHERE recipient_id <= 100"),
                new Case("int-ge", "recipients", "{attribute: recipientId, operator: greater-or-equal, value: 2900}", "SELECT recipient_id FROM crm.recipients WHERE recipient_id >= 2900"),
                new Case("int-linked", "bookings", "{attribute: trip.durationDays, operator: greater, value: 10}",
                        "SELECT b.booking_id FROM crm.bookings b JOIN crm.trips t ON t.trip_id = b.trip_id WHERE t.duration_days > 10"),
                new Case("dec-eq", "bookings", "{attribute: amount, operator: equal, value: 1203.26}", "SELECT booking_id FROM crm.bookings WHERE amount = 1203.26"),
                new Case("dec-ne", "bookings", "{attribute: amount, operator: not-equal, value: 1203.26}", "SELECT booking_id FROM crm.bookings WHERE amount <> 1203.26"),
                new Case("dec-lt", "bookings", "{attribute: amount, operator: less, value: 500.5}", "SELECT booking_id FROM crm.bookings WHERE amount < 500.50"),
                new Case("dec-gt", "bookings", "{attribute: amount, operator: greater, value: 5000}", "SELECT booking_id FROM crm.bookings WHERE amount > 5000"),
                new Case("dec-le", "bookings", "{attribute: amount, operator: less-or-equal, value: 1000.005}", "SELECT booking_id FROM crm.bookings WHERE amount <= 1000.005"),
                new Case("dec-ge", "bookings", "{attribute: amount, operator: greater-or-equal, value: 0.05}", "SELECT booking_id FROM crm.bookings WHERE amount >= 0.05"),
                new Case("dec-large", "bookings", "{attribute: amount, operator: less, value: 10000000.0}", "SELECT booking_id FROM crm.bookings WHERE amount < 10000000"),
                new Case("dec-exponent", "bookings", "{attribute: amount, operator: greater, value: 2.5e+3}", "SELECT booking_id FROM crm.bookings WHERE amount > 2500"),
                new Case("dec-whole", "trips", "{attribute: basePrice, operator: greater-or-equal, value: 2999}", "SELECT trip_id FROM crm.trips WHERE base_price >= 2999"),
                new Case("date-eq", "recipients", "{attribute: birthDate, operator: equal, value: '1993-05-06'}", "SELECT recipient_id FROM crm.recipients WHERE birth_date = DATE '1993-05-06'"),
                new Case("date-ne", "recipients", "{attribute: birthDate, operator: not-equal, value: '1993-05-06'}", "SELECT recipient_id FROM crm.recipients WHERE birth_date <> DATE '1993-05-06'"),
                new Case("date-lt", "recipients", "{attribute: birthDate, operator: less, value: '1950-06-15'}", "SELECT recipient_id FROM crm.recipients WHERE birth_date < DATE '1950-06-15'"),
                new Case("date-gt", "recipients", "{attribute: birthDate, operator: greater, value: '2000-01-01'}", "SELECT recipient_id FROM crm.recipients WHERE birth_date > DATE '2000-01-01'"),
                new Case("date-le", "bookings", "{attribute: travelDate, operator: less-or-equal, value: '2024-07-01'}", "SELECT booking_id FROM crm.bookings WHERE travel_date <= DATE '2024-07-01'"),
                new Case("date-ge", "bookings", "{attribute: travelDate, operator: greater-or-equal, value: '2027-01-01'}", "SELECT booking_id FROM crm.bookings WHERE travel_date >= DATE '2027-01-01'"),
                new Case("ts-eq", "wishlists", "{attribute: addedAt, operator: equal, value: '2026-06-15T09:30:00'}", "SELECT wishlist_id FROM crm.wishlists WHERE added_at = TIMESTAMP '2026-06-15 09:30:00'"),
                new Case("ts-ne", "wishlists", "{attribute: addedAt, operator: not-equal, value: '2026-06-15T09:30:00'}", "SELECT wishlist_id FROM crm.wishlists WHERE added_at <> TIMESTAMP '2026-06-15 09:30:00'"),
                new Case("ts-lt", "recipients", "{attribute: createdAt, operator: less, value: '2021-01-01T12:30:00'}", "SELECT recipient_id FROM crm.recipients WHERE created_at < TIMESTAMP '2021-01-01 12:30:00'"),
                new Case("ts-gt", "recipients", "{attribute: createdAt, operator: greater, value: '2026-01-01T00:00:00'}", "SELECT recipient_id FROM crm.recipients WHERE created_at > TIMESTAMP '2026-01-01 00:00:00'"),
                new Case("ts-offset", "recipients", "{attribute: createdAt, operator: greater-or-equal, value: '2026-01-01T02:00:00+02:00'}",
                        "SELECT recipient_id FROM crm.recipients WHERE created_at >= TIMESTAMP '2026-01-01 00:00:00'"),
                new Case("ts-date", "recipients", "{attribute: createdAt, operator: less-or-equal, value: '2021-01-01'}", "SELECT recipient_id FROM crm.recipients WHERE created_at <= TIMESTAMP '2021-01-01 00:00:00'"),
                new Case("str-eq", "recipients", "{attribute: city, operator: '=', value: Paris}", "SELECT recipient_id FROM crm.recipients WHERE city = 'Paris'"),
                // Empty values never satisfy a comparison: a null city is not "not Paris".
                new Case("str-ne", "recipients", "{attribute: city, operator: '!=', value: Paris}", "SELECT recipient_id FROM crm.recipients WHERE city IS NOT NULL AND city <> 'Paris'"),
                new Case("str-lt", "recipients", "{attribute: lastName, operator: less, value: C}", "SELECT recipient_id FROM crm.recipients WHERE last_name < 'C'"),
                new Case("str-gt", "recipients", "{attribute: lastName, operator: greater, value: Weber}", "SELECT recipient_id FROM crm.recipients WHERE last_name > 'Weber'"),
                new Case("str-le", "recipients", "{attribute: firstName, operator: less-or-equal, value: Astrid}", "SELECT recipient_id FROM crm.recipients WHERE first_name <= 'Astrid'"),
                new Case("str-ge", "recipients", "{attribute: crmId, operator: greater-or-equal, value: CRM000002990}", "SELECT recipient_id FROM crm.recipients WHERE crm_id >= 'CRM000002990'"),
                new Case("str-unicode", "recipients", "{attribute: lastName, operator: equal, value: López}", "SELECT recipient_id FROM crm.recipients WHERE last_name = 'López'"),
                new Case("str-number-text", "recipients", "{attribute: city, operator: equal, value: '42'}", "SELECT recipient_id FROM crm.recipients WHERE city = '42'").mayBeEmpty(),
                new Case("bool-eq", "recipients", "{attribute: smsOptIn, operator: equal, value: true}", "SELECT recipient_id FROM crm.recipients WHERE sms_opt_in"),
                new Case("bool-false", "recipients", "{attribute: emailOptIn, operator: equal, value: false}", "SELECT recipient_id FROM crm.recipients WHERE email_opt_in = false"),
                new Case("bool-ne", "recipients", "{attribute: emailOptIn, operator: not-equal, value: true}", "SELECT recipient_id FROM crm.recipients WHERE email_opt_in IS NOT NULL AND NOT email_opt_in"),
                new Case("enum-eq", "bookings", "{attribute: currency, operator: equal, value: GBP}", "SELECT booking_id FROM crm.bookings WHERE currency = 'GBP'"),
                new Case("enum-ne", "recipients", "{attribute: loyaltyTier, operator: not-equal, value: none}", "SELECT recipient_id FROM crm.recipients WHERE loyalty_tier IN ('silver', 'gold', 'platinum')")));
    }

    @Test
    void listAndEmptinessOperators() {
        assertThat(fixture.count("SELECT count(*) FROM crm.recipients WHERE email = ''")).as("empty-string emails").isPositive();
        runCases("operators-lists", NOW, List.of(
                new Case("str-in", "recipients", "{attribute: country, operator: in, value: [FR, DE, 'IT']}", "SELECT recipient_id FROM crm.recipients WHERE country = 'FR' OR country = 'DE' OR country = 'IT'"),
                new Case("str-not-in", "recipients", "{attribute: country, operator: not-in, value: [FR, DE]}", "SELECT recipient_id FROM crm.recipients WHERE country IS NOT NULL AND country <> 'FR' AND country <> 'DE'"),
                new Case("str-in-one", "recipients", "{attribute: city, operator: in, value: Paris}", "SELECT recipient_id FROM crm.recipients WHERE city = 'Paris'"),
                new Case("str-not-in-one", "recipients", "{attribute: city, operator: not-in, value: [Paris]}", "SELECT recipient_id FROM crm.recipients WHERE city IS NOT NULL AND city <> 'Paris'"),
                new Case("int-in", "recipients", "{attribute: recipientId, operator: in, value: [1, 2, 3, 5, 8, 13, 21, 3001]}", "SELECT recipient_id FROM crm.recipients WHERE recipient_id IN (1, 2, 3, 5, 8, 13, 21)"),
                new Case("int-not-in", "trips", "{attribute: durationDays, operator: not-in, value: [7, 8]}", "SELECT trip_id FROM crm.trips WHERE duration_days NOT IN (7, 8)"),
                new Case("dec-in", "bookings", "{attribute: amount, operator: in, value: [1203.26, 3430.15]}", "SELECT booking_id FROM crm.bookings WHERE amount = 1203.26 OR amount = 3430.15"),
                new Case("date-in", "bookings", "{attribute: bookingDate, operator: in, value: ['2026-06-14', '2026-06-15']}", "SELECT booking_id FROM crm.bookings WHERE booking_date BETWEEN DATE '2026-06-14' AND DATE '2026-06-15'"),
                new Case("ts-in", "wishlists", "{attribute: addedAt, operator: in, value: ['2026-05-16T09:30:00', '2026-06-15T09:30:00']}",
                        "SELECT wishlist_id FROM crm.wishlists WHERE added_at = TIMESTAMP '2026-05-16 09:30:00' OR added_at = TIMESTAMP '2026-06-15 09:30:00'"),
                new Case("enum-in", "recipients", "{attribute: loyaltyTier, operator: in, value: [gold, platinum]}", "SELECT recipient_id FROM crm.recipients WHERE loyalty_tier = 'gold' OR loyalty_tier = 'platinum'"),
                new Case("enum-not-in", "recipients", "{attribute: loyaltyTier, operator: not-in, value: [none, silver]}", "SELECT recipient_id FROM crm.recipients WHERE loyalty_tier = 'gold' OR loyalty_tier = 'platinum'"),
                new Case("enum-not-in-bookings", "bookings", "{attribute: status, operator: not-in, value: [cancelled, pending]}", "SELECT booking_id FROM crm.bookings WHERE status IN ('confirmed', 'completed')"),
                // For strings, empty means null or ''.
                new Case("str-empty", "recipients", "{attribute: email, operator: is-empty}", "SELECT recipient_id FROM crm.recipients WHERE email IS NULL OR length(email) = 0"),
                new Case("str-not-empty", "recipients", "{attribute: email, operator: is-not-empty}", "SELECT recipient_id FROM crm.recipients WHERE length(email) > 0"),
                new Case("str-empty-null-only", "recipients", "{attribute: city, operator: is-empty}", "SELECT recipient_id FROM crm.recipients WHERE city IS NULL"),
                new Case("enum-empty", "recipients", "{attribute: loyaltyTier, operator: is-empty}", "SELECT recipient_id FROM crm.recipients WHERE loyalty_tier IS NULL"),
                new Case("date-empty", "recipients", "{attribute: birthDate, operator: is-empty}", "SELECT recipient_id FROM crm.recipients WHERE birth_date IS NULL"),
                new Case("date-not-empty", "recipients", "{attribute: birthDate, operator: is-not-empty}", "SELECT recipient_id FROM crm.recipients WHERE birth_date IS NOT NULL"),
                new Case("bool-empty", "recipients", "{attribute: emailOptIn, operator: is-empty}", "SELECT recipient_id FROM crm.recipients WHERE email_opt_in IS NULL"),
                new Case("dec-empty", "bookings", "{attribute: amount, operator: is-empty}", "SELECT booking_id FROM crm.bookings WHERE amount IS NULL"),
                new Case("int-not-empty", "recipients", "{attribute: recipientId, operator: is-not-empty}", "SELECT recipient_id FROM crm.recipients"),
                // A booking of a trip that does not exist has an empty trip: its attributes are empty.
                new Case("linked-empty", "bookings", "{attribute: trip.name, operator: is-empty}",
                        "SELECT booking_id FROM crm.bookings WHERE trip_id NOT IN (SELECT trip_id FROM crm.trips)"),
                new Case("linked-not-empty", "bookings", "{attribute: trip.destination.region, operator: is-not-empty}",
                        "SELECT b.booking_id FROM crm.bookings b, crm.trips t, crm.destinations d WHERE t.trip_id = b.trip_id AND d.destination_id = t.destination_id")));
    }

    @Test
    void textOperatorsMatchLiterallyExceptLike() {
        runCases("operators-text", NOW, List.of(
                new Case("starts", "recipients", "{attribute: lastName, operator: starts-with, value: Sm}", "SELECT recipient_id FROM crm.recipients WHERE left(last_name, 2) = 'Sm'"),
                new Case("starts-case", "recipients", "{attribute: lastName, operator: starts-with, value: sm}", "SELECT recipient_id FROM crm.recipients WHERE left(last_name, 2) = 'sm'").mayBeEmpty(),
                new Case("not-starts", "recipients", "{attribute: lastName, operator: not-starts-with, value: Sm}", "SELECT recipient_id FROM crm.recipients WHERE left(last_name, 2) <> 'Sm'"),
                new Case("starts-wild", "recipients", "{attribute: lastName, operator: starts-with, value: '50%_'}", "SELECT recipient_id FROM crm.recipients WHERE recipient_id IN (11, 12)"),
                new Case("starts-percent", "recipients", "{attribute: lastName, operator: starts-with, value: '50%'}", "SELECT recipient_id FROM crm.recipients WHERE recipient_id IN (11, 12, 13)"),
                new Case("not-starts-wild", "recipients", "{attribute: lastName, operator: not-starts-with, value: '50%'}", "SELECT recipient_id FROM crm.recipients WHERE recipient_id NOT IN (11, 12, 13)"),
                new Case("contains", "recipients", "{attribute: email, operator: contains, value: .smith.}", "SELECT recipient_id FROM crm.recipients WHERE strpos(email, '.smith.') > 0"),
                new Case("contains-percent", "recipients", "{attribute: lastName, operator: contains, value: '%'}", "SELECT recipient_id FROM crm.recipients WHERE recipient_id IN (11, 12, 13, 15, 16, 17)"),
                new Case("contains-underscore", "recipients", "{attribute: lastName, operator: contains, value: _}", "SELECT recipient_id FROM crm.recipients WHERE recipient_id IN (11, 12, 14, 15, 17)"),
                new Case("contains-escape", "recipients", "{attribute: lastName, operator: contains, value: '!_%\\'}", "SELECT recipient_id FROM crm.recipients WHERE recipient_id = 15"),
                new Case("not-contains", "recipients", "{attribute: lastName, operator: not-contains, value: '%'}", "SELECT recipient_id FROM crm.recipients WHERE recipient_id NOT IN (11, 12, 13, 15, 16, 17)"),
                new Case("not-contains-city", "recipients", "{attribute: city, operator: not-contains, value: o}", "SELECT recipient_id FROM crm.recipients WHERE strpos(city, 'o') = 0"),
                new Case("like", "recipients", "{attribute: city, operator: like, value: 'M_n%'}", "SELECT recipient_id FROM crm.recipients WHERE regexp_matches(city, '^M.n')"),
                new Case("like-wild", "recipients", "{attribute: lastName, operator: like, value: '50%'}", "SELECT recipient_id FROM crm.recipients WHERE recipient_id IN (11, 12, 13, 14)"),
                new Case("like-one-character", "recipients", "{attribute: lastName, operator: like, value: '50__off'}", "SELECT recipient_id FROM crm.recipients WHERE recipient_id IN (11, 12, 13, 14)"),
                new Case("not-like", "recipients", "{attribute: city, operator: not-like, value: '%o%'}", "SELECT recipient_id FROM crm.recipients WHERE NOT regexp_matches(city, 'o')"),
                new Case("enum-starts", "recipients", "{attribute: loyaltyTier, operator: starts-with, value: pl}", "SELECT recipient_id FROM crm.recipients WHERE loyalty_tier = 'platinum'"),
                new Case("enum-not-starts", "recipients", "{attribute: loyaltyTier, operator: not-starts-with, value: pl}", "SELECT recipient_id FROM crm.recipients WHERE loyalty_tier IN ('none', 'silver', 'gold')"),
                new Case("enum-contains", "bookings", "{attribute: salesChannel, operator: contains, value: _}", "SELECT booking_id FROM crm.bookings WHERE sales_channel = 'call_center'"),
                new Case("enum-like", "recipients", "{attribute: loyaltyTier, operator: like, value: '%l%'}", "SELECT recipient_id FROM crm.recipients WHERE loyalty_tier IN ('silver', 'gold', 'platinum')"),
                new Case("enum-not-like", "recipients", "{attribute: loyaltyTier, operator: not-like, value: '%l%'}", "SELECT recipient_id FROM crm.recipients WHERE loyalty_tier = 'none'"),
                new Case("linked-like", "bookings", "{attribute: trip.destination.name, operator: like, value: 'S%'}",
                        "SELECT b.booking_id FROM crm.bookings b JOIN crm.trips t USING (trip_id) JOIN crm.destinations d USING (destination_id) WHERE left(d.name, 1) = 'S'")));
    }

    @Test
    void relativeDatesInEveryUnitOnDatesAndTimestamps() {
        // Month ends and a leap day: 2026-03-31 minus one month is 2026-02-28, 2026-01-31 plus one month 2026-02-28,
        // 2024-02-29 minus one year 2023-02-28.
        Map<String, Integer> largest = new java.util.HashMap<>();
        for (Instant asOf : List.of(NOW, Instant.parse("2026-03-31T23:59:59Z"), Instant.parse("2026-01-31T06:00:00Z"), Instant.parse("2024-02-29T12:00:00Z"))) {
            Map<String, Integer> sizes = runCases("operators-relative", asOf, List.of(
                    new Case("date-last-days", "bookings", "{attribute: bookingDate, operator: in-last, value: 30 days}",
                            "SELECT booking_id FROM crm.bookings WHERE booking_date BETWEEN CAST({D} - INTERVAL 30 DAY AS DATE) AND {D}"),
                    new Case("date-last-weeks", "bookings", "{attribute: bookingDate, operator: in-last, value: {amount: 2, unit: weeks}}",
                            "SELECT booking_id FROM crm.bookings WHERE booking_date BETWEEN CAST({D} - INTERVAL 14 DAY AS DATE) AND {D}"),
                    new Case("date-last-months", "bookings", "{attribute: travelDate, operator: in-last, value: 1 month}",
                            "SELECT booking_id FROM crm.bookings WHERE travel_date BETWEEN CAST({D} - INTERVAL 1 MONTH AS DATE) AND {D}"),
                    new Case("date-last-years", "bookings", "{attribute: travelDate, operator: in-last, value: 1 year}",
                            "SELECT booking_id FROM crm.bookings WHERE travel_date BETWEEN CAST({D} - INTERVAL 1 YEAR AS DATE) AND {D}"),
                    new Case("date-last-zero", "bookings", "{attribute: travelDate, operator: in-last, value: 0 days}",
                            "SELECT booking_id FROM crm.bookings WHERE travel_date = {D}"),
                    new Case("date-next-days", "bookings", "{attribute: travelDate, operator: in-next, value: 10 days}",
                            "SELECT booking_id FROM crm.bookings WHERE travel_date BETWEEN {D} AND CAST({D} + INTERVAL 10 DAY AS DATE)"),
                    new Case("date-next-weeks", "bookings", "{attribute: travelDate, operator: in-next, value: 3 weeks}",
                            "SELECT booking_id FROM crm.bookings WHERE travel_date BETWEEN {D} AND CAST({D} + INTERVAL 21 DAY AS DATE)"),
                    new Case("date-next-months", "bookings", "{attribute: travelDate, operator: in-next, value: 2 months}",
                            "SELECT booking_id FROM crm.bookings WHERE travel_date BETWEEN {D} AND CAST({D} + INTERVAL 2 MONTH AS DATE)"),
                    new Case("date-next-years", "bookings", "{attribute: travelDate, operator: in-next, value: 1 year}",
                            "SELECT booking_id FROM crm.bookings WHERE travel_date BETWEEN {D} AND CAST({D} + INTERVAL 1 YEAR AS DATE)"),
                    new Case("date-ago-days", "bookings", "{attribute: bookingDate, operator: more-than-ago, value: 700 days}",
                            "SELECT booking_id FROM crm.bookings WHERE booking_date < CAST({D} - INTERVAL 700 DAY AS DATE)"),
                    new Case("date-ago-weeks", "bookings", "{attribute: travelDate, operator: more-than-ago, value: 4 weeks}",
                            "SELECT booking_id FROM crm.bookings WHERE travel_date < CAST({D} - INTERVAL 28 DAY AS DATE)"),
                    new Case("date-ago-months", "bookings", "{attribute: bookingDate, operator: more-than-ago, value: 6 months}",
                            "SELECT booking_id FROM crm.bookings WHERE booking_date < CAST({D} - INTERVAL 6 MONTH AS DATE)"),
                    new Case("date-ago-years", "recipients", "{attribute: birthDate, operator: more-than-ago, value: 60 years}",
                            "SELECT recipient_id FROM crm.recipients WHERE birth_date < CAST({D} - INTERVAL 60 YEAR AS DATE)"),
                    new Case("ts-last-days", "wishlists", "{attribute: addedAt, operator: in-last, value: 30 days}",
                            "SELECT wishlist_id FROM crm.wishlists WHERE added_at BETWEEN {R} - INTERVAL 30 DAY AND {R}"),
                    new Case("ts-last-weeks", "recipients", "{attribute: createdAt, operator: in-last, value: 10 weeks}",
                            "SELECT recipient_id FROM crm.recipients WHERE created_at BETWEEN {R} - INTERVAL 70 DAY AND {R}"),
                    new Case("ts-last-months", "recipients", "{attribute: createdAt, operator: in-last, value: 3 months}",
                            "SELECT recipient_id FROM crm.recipients WHERE created_at BETWEEN {R} - INTERVAL 3 MONTH AND {R}"),
                    new Case("ts-last-years", "wishlists", "{attribute: addedAt, operator: in-last, value: 1 year}",
                            "SELECT wishlist_id FROM crm.wishlists WHERE added_at BETWEEN {R} - INTERVAL 1 YEAR AND {R}"),
                    new Case("ts-next-days", "wishlists", "{attribute: addedAt, operator: in-next, value: 20 days}",
                            "SELECT wishlist_id FROM crm.wishlists WHERE added_at BETWEEN {R} AND {R} + INTERVAL 20 DAY"),
                    new Case("ts-next-weeks", "recipients", "{attribute: createdAt, operator: in-next, value: 3 weeks}",
                            "SELECT recipient_id FROM crm.recipients WHERE created_at BETWEEN {R} AND {R} + INTERVAL 21 DAY"),
                    new Case("ts-next-months", "wishlists", "{attribute: addedAt, operator: in-next, value: 1 month}",
                            "SELECT wishlist_id FROM crm.wishlists WHERE added_at BETWEEN {R} AND {R} + INTERVAL 1 MONTH"),
                    new Case("ts-next-years", "recipients", "{attribute: createdAt, operator: in-next, value: 2 years}",
                            "SELECT recipient_id FROM crm.recipients WHERE created_at BETWEEN {R} AND {R} + INTERVAL 2 YEAR"),
                    new Case("ts-ago-days", "wishlists", "{attribute: addedAt, operator: more-than-ago, value: 30 days}",
                            "SELECT wishlist_id FROM crm.wishlists WHERE added_at < {R} - INTERVAL 30 DAY"),
                    new Case("ts-ago-weeks", "recipients", "{attribute: createdAt, operator: more-than-ago, value: 52 weeks}",
                            "SELECT recipient_id FROM crm.recipients WHERE created_at < {R} - INTERVAL 364 DAY"),
                    new Case("ts-ago-months", "recipients", "{attribute: createdAt, operator: more-than-ago, value: 6 months}",
                            "SELECT recipient_id FROM crm.recipients WHERE created_at < {R} - INTERVAL 6 MONTH"),
                    new Case("ts-ago-years", "recipients", "{attribute: createdAt, operator: more-than-ago, value: 5 years}",
                            "SELECT recipient_id FROM crm.recipients WHERE created_at < {R} - INTERVAL 5 YEAR"),
                    new Case("linked-last", "bookings", "{attribute: recipient.createdAt, operator: in-last, value: 1 year}",
                            "SELECT b.booking_id FROM crm.bookings b JOIN crm.recipients r USING (recipient_id) WHERE r.created_at BETWEEN {R} - INTERVAL 1 YEAR AND {R}")),
                    false);
            sizes.forEach((id, size) -> largest.merge(id, size, Math::max));
        }
        assertThat(largest).as("every case selects something for at least one reference time").allSatisfy((id, size) -> assertThat(size).as(id).isPositive());
        // The wishlist entries placed on and just outside the bounds of "in the last 30 days" on 2026-06-15T09:30:00Z.
        assertThat(fixture.keys("SELECT wishlist_id FROM crm.wishlists WHERE wishlist_id <= 4 AND added_at BETWEEN TIMESTAMP '2026-05-16 09:30:00' AND TIMESTAMP '2026-06-15 09:30:00'"))
                .containsExactly(1L, 2L);
    }

    // ---- groups, links, exists

    @Test
    void nestedGroupsAndExceptKeepRowsWhoseExcludedConditionIsUnknown() {
        String keep = "country IN ('FR', 'DE') AND (loyalty_tier IN ('gold', 'platinum') OR (loyalty_tier = 'silver' AND sms_opt_in))";
        String removed = "email_opt_in = false OR city = 'Paris' OR strpos(email, '@example.org') > 0";
        // The unknown case exists on this data: kept rows whose excluded condition is neither true nor false.
        assertThat(fixture.count("SELECT count(*) FROM crm.recipients WHERE " + keep + " AND (" + removed + ") IS NULL")).isPositive();
        runCases("groups", NOW, List.of(
                new Case("nested-except", "recipients", """
                        except:
                          - all:
                              - {attribute: country, operator: in, value: [FR, DE]}
                              - any:
                                  - {attribute: loyaltyTier, operator: in, value: [gold, platinum]}
                                  - all:
                                      - {attribute: loyaltyTier, operator: equal, value: silver}
                                      - {attribute: smsOptIn, operator: equal, value: true}
                          - {attribute: emailOptIn, operator: equal, value: false}
                          - any:
                              - {attribute: city, operator: equal, value: Paris}
                              - {attribute: email, operator: contains, value: '@example.org'}
                        """, "SELECT recipient_id FROM crm.recipients WHERE " + keep + " AND (" + removed + ") IS DISTINCT FROM TRUE"),
                new Case("except-coalesce", "recipients", """
                        except:
                          - {attribute: recipientId, operator: less-or-equal, value: 1500}
                          - {attribute: emailOptIn, operator: equal, value: true}
                          - {attribute: city, operator: in, value: [Paris, Berlin, London]}
                        """, "SELECT recipient_id FROM crm.recipients WHERE recipient_id <= 1500 AND NOT coalesce(email_opt_in, false) AND NOT coalesce(city IN ('Paris', 'Berlin', 'London'), false)"),
                new Case("except-unknown-keep", "recipients", """
                        except:
                          - {attribute: city, operator: not-equal, value: Paris}
                          - {attribute: loyaltyTier, operator: equal, value: none}
                        """, "SELECT recipient_id FROM crm.recipients WHERE city <> 'Paris' AND (loyalty_tier = 'none') IS NOT TRUE"),
                new Case("any-of-all", "recipients", """
                        any:
                          - all: [{attribute: country, operator: equal, value: GB}, {attribute: loyaltyTier, operator: equal, value: gold}]
                          - all: [{attribute: country, operator: equal, value: ES}, {attribute: smsOptIn, operator: equal, value: false}]
                          - {attribute: recipientId, operator: less, value: 10}
                        """, "SELECT recipient_id FROM crm.recipients WHERE (country = 'GB' AND loyalty_tier = 'gold') OR (country = 'ES' AND NOT sms_opt_in) OR recipient_id < 10"),
                new Case("all-of-any", "recipients", """
                        all:
                          - any: [{attribute: country, operator: equal, value: FR}, {attribute: country, operator: equal, value: 'NO'}]
                          - any: [{attribute: birthDate, operator: less, value: '1960-01-01'}, {attribute: email, operator: is-empty}]
                        """, "SELECT recipient_id FROM crm.recipients WHERE country IN ('FR', 'NO') AND (birth_date < DATE '1960-01-01' OR email IS NULL OR email = '')"),
                new Case("except-inside-any", "recipients", """
                        any:
                          - except:
                              - {attribute: country, operator: equal, value: DE}
                              - {attribute: emailOptIn, operator: equal, value: true}
                          - {attribute: loyaltyTier, operator: equal, value: platinum}
                        """, "SELECT recipient_id FROM crm.recipients WHERE (country = 'DE' AND email_opt_in IS DISTINCT FROM TRUE) OR loyalty_tier = 'platinum'"),
                new Case("single-all", "recipients", "{all: [{attribute: city, operator: equal, value: Lyon}]}", "SELECT recipient_id FROM crm.recipients WHERE city = 'Lyon'"),
                new Case("no-rule-at-all", "destinations", null, "SELECT destination_id FROM crm.destinations")));
    }

    @Test
    void attributesOfLinkedEntitiesAndExistsOverOneToManyLinks() {
        runCases("links", NOW, List.of(
                new Case("two-hops", "bookings", """
                        all:
                          - {attribute: trip.destination.region, operator: equal, value: Asia}
                          - {attribute: trip.category, operator: equal, value: beach}
                          - {attribute: recipient.country, operator: equal, value: FR}
                        """, """
                        SELECT b.booking_id FROM crm.bookings b, crm.trips t, crm.destinations d, crm.recipients r
                        WHERE t.trip_id = b.trip_id AND d.destination_id = t.destination_id AND r.recipient_id = b.recipient_id
                          AND d.region = 'Asia' AND t.category = 'beach' AND r.country = 'FR'"""),
                new Case("two-hops-negated", "bookings", "{attribute: trip.destination.region, operator: not-equal, value: Europe}", """
                        SELECT b.booking_id FROM crm.bookings b WHERE b.trip_id IN (
                            SELECT t.trip_id FROM crm.trips t JOIN crm.destinations d ON d.destination_id = t.destination_id WHERE d.region <> 'Europe')"""),
                new Case("wishlist-two-hops", "wishlists", "{attribute: trip.destination.country, operator: in, value: [JP, TH]}", """
                        SELECT w.wishlist_id FROM crm.wishlists w JOIN crm.trips t ON t.trip_id = w.trip_id JOIN crm.destinations d ON d.destination_id = t.destination_id
                        WHERE d.country IN ('JP', 'TH')"""),
                new Case("back-to-recipient", "bookings", "{any: [{attribute: recipient.loyaltyTier, operator: equal, value: platinum}, {attribute: trip.name, operator: is-empty}]}", """
                        SELECT b.booking_id FROM crm.bookings b LEFT JOIN crm.recipients r ON r.recipient_id = b.recipient_id LEFT JOIN crm.trips t ON t.trip_id = b.trip_id
                        WHERE r.loyalty_tier = 'platinum' OR t.trip_id IS NULL"""),
                new Case("exists", "recipients", "{exists: bookings}", "SELECT DISTINCT recipient_id FROM crm.bookings"),
                new Case("not-exists", "recipients", "{notExists: bookings}", "SELECT recipient_id FROM crm.recipients EXCEPT SELECT recipient_id FROM crm.bookings"),
                new Case("exists-where", "recipients", """
                        exists: bookings
                        where:
                          all:
                            - {attribute: status, operator: equal, value: cancelled}
                            - {attribute: amount, operator: greater, value: 4000}
                        """, "SELECT recipient_id FROM crm.bookings WHERE status = 'cancelled' AND amount > 4000 GROUP BY recipient_id"),
                new Case("exists-linked", "recipients", """
                        exists: wishlist
                        where: {attribute: trip.destination.country, operator: equal, value: JP}
                        """, """
                        SELECT DISTINCT w.recipient_id FROM crm.wishlists w JOIN crm.trips t ON t.trip_id = w.trip_id JOIN crm.destinations d ON d.destination_id = t.destination_id
                        WHERE d.country = 'JP'"""),
                new Case("booked-never-cancelled", "recipients", """
                        all:
                          - {exists: bookings}
                          - notExists: bookings
                            where: {attribute: status, operator: equal, value: cancelled}
                        """, "SELECT recipient_id FROM crm.bookings EXCEPT SELECT recipient_id FROM crm.bookings WHERE status = 'cancelled'"),
                new Case("not-exists-linked", "recipients", """
                        notExists: wishlist
                        where: {attribute: trip.destination.region, operator: equal, value: Europe}
                        """, """
                        SELECT recipient_id FROM crm.recipients
                        EXCEPT SELECT w.recipient_id FROM crm.wishlists w, crm.trips t, crm.destinations d
                               WHERE t.trip_id = w.trip_id AND d.destination_id = t.destination_id AND d.region = 'Europe'"""),
                new Case("exists-any", "recipients", """
                        exists: bookings
                        where:
                          any:
                            - {attribute: salesChannel, operator: equal, value: agency}
                            - {attribute: travelDate, operator: in-next, value: 7 days}
                        """, "SELECT DISTINCT recipient_id FROM crm.bookings WHERE sales_channel = 'agency' OR travel_date BETWEEN DATE '2026-06-15' AND DATE '2026-06-22'"),
                new Case("exists-and-attribute", "recipients", """
                        all:
                          - {attribute: country, operator: equal, value: DE}
                          - exists: bookings
                            where: {attribute: trip.category, operator: equal, value: ski}
                        """, """
                        SELECT r.recipient_id FROM crm.recipients r WHERE r.country = 'DE'
                          AND r.recipient_id IN (SELECT b.recipient_id FROM crm.bookings b JOIN crm.trips t ON t.trip_id = b.trip_id WHERE t.category = 'ski')"""),
                new Case("trips-not-booked-by-ie", "trips", """
                        notExists: bookings
                        where: {attribute: recipient.country, operator: equal, value: IE}
                        """, "SELECT trip_id FROM crm.trips EXCEPT SELECT b.trip_id FROM crm.bookings b JOIN crm.recipients r ON r.recipient_id = b.recipient_id WHERE r.country = 'IE'"),
                new Case("nested-exists", "destinations", """
                        exists: trips
                        where:
                          all:
                            - {attribute: category, operator: in, value: [ski, cruise]}
                            - notExists: bookings
                              where: {all: [{attribute: status, operator: equal, value: cancelled}, {attribute: salesChannel, operator: equal, value: agency}]}
                        """, """
                        SELECT DISTINCT t.destination_id FROM crm.trips t
                        WHERE t.category IN ('ski', 'cruise')
                          AND t.trip_id NOT IN (SELECT trip_id FROM crm.bookings WHERE status = 'cancelled' AND sales_channel = 'agency')"""),
                new Case("exists-except", "recipients", """
                        except:
                          - {exists: bookings, where: {attribute: currency, operator: equal, value: USD}}
                          - {exists: bookings, where: {attribute: currency, operator: equal, value: GBP}}
                        """, "SELECT recipient_id FROM crm.bookings WHERE currency = 'USD' EXCEPT SELECT recipient_id FROM crm.bookings WHERE currency = 'GBP'")));
    }

    @Test
    void buildAudienceOnBookingsIsABookingLevelPopulation() {
        Path file = fixture.writeCampaign("bookings-audience", """
                formatVersion: 1
                id: bookings-audience
                name: Bookings audience
                activities:
                  - id: big-european
                    type: build-audience
                    label: Big confirmed European bookings
                    dimension: bookings
                    rule:
                      all:
                        - {attribute: amount, operator: greater-or-equal, value: 2500}
                        - {attribute: status, operator: in, value: [confirmed, completed]}
                        - {attribute: trip.destination.region, operator: equal, value: Europe}
                  - {id: app-bookings, type: build-audience, label: Booked in the app, dimension: bookings, rule: {attribute: salesChannel, operator: equal, value: app}}
                  - {id: big-not-app, type: combine, label: Big European bookings outside the app, operation: exclusion, primary: big-european, complement: true}
                  - {id: big-or-app, type: combine, label: Big European or app, operation: union}
                transitions:
                  - {from: big-european, to: big-not-app}
                  - {from: app-bookings, to: big-not-app}
                  - {from: big-european, to: big-or-app}
                  - {from: app-bookings, to: big-or-app}
                """);
        RunResult run = fixture.run(file);
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(activity(run, "big-european").dimension()).isEqualTo("bookings");
        String big = """
                SELECT b.booking_id FROM crm.bookings b JOIN crm.trips t ON t.trip_id = b.trip_id JOIN crm.destinations d ON d.destination_id = t.destination_id
                WHERE b.amount >= 2500 AND b.status IN ('confirmed', 'completed') AND d.region = 'Europe'""";
        String app = "SELECT booking_id FROM crm.bookings WHERE sales_channel = 'app'";
        SoftAssertions softly = new SoftAssertions();
        List<Long> bigKeys = fixture.assertOutputMatches(softly, run, "big-european", "out", "bookingId", big);
        fixture.assertOutputMatches(softly, run, "app-bookings", "out", "bookingId", app);
        fixture.assertOutputMatches(softly, run, "big-not-app", "out", "bookingId", big + " EXCEPT " + app);
        fixture.assertOutputMatches(softly, run, "big-not-app", "complement", "bookingId", big + " INTERSECT " + app);
        fixture.assertOutputMatches(softly, run, "big-or-app", "out", "bookingId", big + " UNION " + app);
        softly.assertAll();
        // Booking level: some recipients appear with several bookings.
        assertThat(fixture.count("SELECT count(DISTINCT recipient_id) FROM crm.bookings WHERE booking_id IN (" + big + ")")).isLessThan(bigKeys.size());
    }

    // ---- combine

    private static final String GOLD = "SELECT recipient_id FROM crm.recipients WHERE loyalty_tier = 'gold'";
    private static final String FRENCH = "SELECT recipient_id FROM crm.recipients WHERE country = 'FR'";
    private static final String SMS = "SELECT recipient_id FROM crm.recipients WHERE sms_opt_in";

    private static final String THREE_INPUTS = """
            formatVersion: 1
            id: %s
            name: Combine
            activities:
              - {id: gold, type: build-audience, label: Gold members, dimension: recipients, rule: {attribute: loyaltyTier, operator: equal, value: gold}}
              - {id: french, type: build-audience, label: French, dimension: recipients, rule: {attribute: country, operator: equal, value: FR}}
              - {id: sms, type: build-audience, label: SMS opt-in, dimension: Recipients - CRMID, rule: {attribute: smsOptIn, operator: equal, value: true}}
            %s
            """;

    @Test
    void combineOnKeys() {
        Path file = fixture.writeCampaign("combine-keys", THREE_INPUTS.formatted("combine-keys", """
                  - {id: union2, type: combine, label: Gold or French, operation: union}
                  - {id: union3, type: combine, label: Any of three, operation: union}
                  - {id: inter2, type: combine, label: Gold and SMS, operation: intersection, complement: true}
                  - {id: inter3, type: combine, label: All three, operation: intersection, complement: true}
                  - {id: excl2, type: combine, label: SMS but not gold, operation: exclusion, primary: sms, complement: true}
                  - {id: excl3, type: combine, label: SMS but neither gold nor French, operation: exclusion, primary: sms.out, complement: true}
                  - {id: chained, type: combine, label: Not in all three but French, operation: intersection}
                transitions:
                  - {from: gold, to: union2}
                  - {from: french, to: union2}
                  - {from: gold, to: union3}
                  - {from: french, to: union3}
                  - {from: sms, to: union3}
                  - {from: gold, to: inter2}
                  - {from: sms, to: inter2}
                  - {from: gold, to: inter3}
                  - {from: french, to: inter3}
                  - {from: sms, to: inter3}
                  - {from: gold, to: excl2}
                  - {from: sms, to: excl2}
                  - {from: french, to: excl3}
                  - {from: sms, to: excl3}
                  - {from: gold, to: excl3}
                  - {from: inter3, output: complement, to: chained}
                  - {from: french, to: chained}
                """));
        RunResult run = fixture.run(file);
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        String any3 = GOLD + " OR country = 'FR' OR sms_opt_in";
        String all3 = GOLD + " AND country = 'FR' AND sms_opt_in";
        SoftAssertions softly = new SoftAssertions();
        fixture.assertOutputMatches(softly, run, "union2", "out", "recipientId", GOLD + " OR country = 'FR'");
        fixture.assertOutputMatches(softly, run, "union3", "out", "recipientId", any3);
        fixture.assertOutputMatches(softly, run, "inter2", "out", "recipientId", GOLD + " AND sms_opt_in");
        // Intersection's complement: rows in some input but not in all.
        fixture.assertOutputMatches(softly, run, "inter2", "complement", "recipientId",
                "SELECT recipient_id FROM crm.recipients WHERE coalesce(loyalty_tier = 'gold', false) <> sms_opt_in");
        List<Long> all = fixture.assertOutputMatches(softly, run, "inter3", "out", "recipientId", all3);
        fixture.assertOutputMatches(softly, run, "inter3", "complement", "recipientId",
                "SELECT recipient_id FROM crm.recipients WHERE (loyalty_tier = 'gold' OR country = 'FR' OR sms_opt_in)"
                        + " AND NOT coalesce(loyalty_tier = 'gold' AND country = 'FR' AND sms_opt_in, false)");
        fixture.assertOutputMatches(softly, run, "excl2", "out", "recipientId", SMS + " AND loyalty_tier IS DISTINCT FROM 'gold'");
        // Exclusion's complement: the primary rows that were removed.
        fixture.assertOutputMatches(softly, run, "excl2", "complement", "recipientId", SMS + " AND loyalty_tier = 'gold'");
        fixture.assertOutputMatches(softly, run, "excl3", "out", "recipientId", SMS + " EXCEPT " + GOLD + " EXCEPT " + FRENCH);
        fixture.assertOutputMatches(softly, run, "excl3", "complement", "recipientId", SMS + " AND (loyalty_tier = 'gold' OR country = 'FR')");
        // A combine reading another's complement.
        fixture.assertOutputMatches(softly, run, "chained", "out", "recipientId", FRENCH + " AND NOT coalesce(loyalty_tier = 'gold' AND sms_opt_in, false)");
        softly.assertAll();
        assertThat(all).isNotEmpty();
    }

    @Test
    void unionReconciledOnColumnsKeepsOneRowPerValueThePrimarySetFirst() {
        Path file = fixture.writeCampaign("reconcile-union", THREE_INPUTS.formatted("reconcile-union", """
                  - {id: per-city, type: combine, label: One per city, operation: union, primary: french, reconcileOn: [city]}
                  - {id: per-name, type: combine, label: One per last name and country, operation: union, primary: sms, reconcileOn: [lastName, country]}
                transitions:
                  - {from: gold, to: per-city}
                  - {from: french, to: per-city}
                  - {from: gold, to: per-name}
                  - {from: french, to: per-name}
                  - {from: sms, to: per-name}
                """));
        RunResult run = fixture.run(file);
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        // Inputs in order: the primary set, then the other inbound transitions in file order. Per value the row of
        // the earliest input holding one wins, then the lower key; rows with an empty value match nothing and stay.
        SoftAssertions softly = new SoftAssertions();
        List<Long> perCity = fixture.assertOutputMatches(softly, run, "per-city", "out", "recipientId", """
                WITH candidates AS (
                    SELECT recipient_id, city, CASE WHEN country = 'FR' THEN 0 ELSE 1 END AS input
                    FROM crm.recipients WHERE country = 'FR' OR loyalty_tier = 'gold')
                SELECT arg_min(recipient_id, input * 100000 + recipient_id) FROM candidates WHERE city IS NOT NULL GROUP BY city
                UNION ALL
                SELECT recipient_id FROM candidates WHERE city IS NULL""");
        List<Long> perName = fixture.assertOutputMatches(softly, run, "per-name", "out", "recipientId", """
                WITH candidates AS (
                    SELECT recipient_id, last_name, country,
                           CASE WHEN sms_opt_in THEN 0 WHEN loyalty_tier = 'gold' THEN 1 ELSE 2 END AS input
                    FROM crm.recipients WHERE sms_opt_in OR loyalty_tier = 'gold' OR country = 'FR')
                SELECT arg_min(recipient_id, input * 100000 + recipient_id) FROM candidates
                WHERE last_name IS NOT NULL AND country IS NOT NULL GROUP BY last_name, country
                UNION ALL
                SELECT recipient_id FROM candidates WHERE last_name IS NULL OR country IS NULL""");
        softly.assertAll();
        // The same facts stated without choosing rows: one row per distinct city of the inputs, plus the empty ones.
        String inputs = "FROM crm.recipients WHERE (country = 'FR' OR loyalty_tier = 'gold')";
        assertThat((long) perCity.size()).isEqualTo(fixture.count("SELECT count(DISTINCT city) " + inputs) + fixture.count("SELECT count(*) " + inputs + " AND city IS NULL"));
        assertThat(fixture.count("SELECT count(*) " + inputs + " AND city IS NULL")).isPositive();
        assertThat(fixture.count("SELECT count(*) FROM crm.recipients WHERE recipient_id IN (" + joined(perName) + ") AND country IS NULL")).isPositive();
        // Where a city has a French recipient, the French one was chosen.
        assertThat(fixture.count("SELECT count(*) FROM crm.recipients WHERE recipient_id IN (" + joined(perCity) + ") AND country IS DISTINCT FROM 'FR'"
                + " AND city IN (SELECT city FROM crm.recipients WHERE country = 'FR')")).isZero();
    }

    @Test
    void intersectionAndExclusionReconciledOnColumns() {
        Path file = fixture.writeCampaign("reconcile-filter", THREE_INPUTS.formatted("reconcile-filter", """
                  - {id: shared-names, type: combine, label: Gold sharing name and country with French and SMS, operation: intersection, primary: gold, reconcileOn: [lastName, country], complement: true}
                  - {id: shared-city, type: combine, label: Gold in a city with an SMS opt-in, operation: intersection, primary: gold, reconcileOn: [city], complement: true}
                  - {id: lonely-city, type: combine, label: Gold in a city without SMS opt-in, operation: exclusion, primary: gold, reconcileOn: [city], complement: true}
                  - {id: unmatched-names, type: combine, label: SMS sharing no name and country with gold or French, operation: exclusion, primary: sms, reconcileOn: [lastName, country]}
                transitions:
                  - {from: gold, to: shared-names}
                  - {from: french, to: shared-names}
                  - {from: sms, to: shared-names}
                  - {from: sms, to: shared-city}
                  - {from: gold, to: shared-city}
                  - {from: gold, to: lonely-city}
                  - {from: sms, to: lonely-city}
                  - {from: gold, to: unmatched-names}
                  - {from: french, to: unmatched-names}
                  - {from: sms, to: unmatched-names}
                """));
        RunResult run = fixture.run(file);
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        String sharedNames = """
                SELECT g.recipient_id FROM crm.recipients g
                JOIN (SELECT last_name, country FROM crm.recipients WHERE country = 'FR'
                      INTERSECT SELECT last_name, country FROM crm.recipients WHERE sms_opt_in) v
                  ON v.last_name = g.last_name AND v.country = g.country
                WHERE g.loyalty_tier = 'gold'""";
        String sharedCity = "SELECT recipient_id FROM crm.recipients WHERE loyalty_tier = 'gold' AND city IN (SELECT city FROM crm.recipients WHERE sms_opt_in)";
        String lonelyCity = "SELECT recipient_id FROM crm.recipients WHERE loyalty_tier = 'gold' AND (city IS NULL OR city NOT IN (SELECT city FROM crm.recipients WHERE sms_opt_in AND city IS NOT NULL))";
        String unmatchedNames = """
                SELECT s.recipient_id FROM crm.recipients s WHERE s.sms_opt_in
                  AND (s.last_name IS NULL OR s.country IS NULL OR NOT EXISTS (
                       SELECT 1 FROM crm.recipients o WHERE (o.loyalty_tier = 'gold' OR o.country = 'FR')
                         AND o.last_name = s.last_name AND o.country = s.country))""";
        String anyInput = GOLD + " OR country = 'FR' OR sms_opt_in";
        SoftAssertions softly = new SoftAssertions();
        fixture.assertOutputMatches(softly, run, "shared-names", "out", "recipientId", sharedNames);
        // Intersection's complement is the union of the inputs, on keys, minus the result.
        fixture.assertOutputMatches(softly, run, "shared-names", "complement", "recipientId", anyInput + " EXCEPT " + sharedNames);
        List<Long> shared = fixture.assertOutputMatches(softly, run, "shared-city", "out", "recipientId", sharedCity);
        fixture.assertOutputMatches(softly, run, "shared-city", "complement", "recipientId", GOLD + " OR sms_opt_in EXCEPT " + sharedCity);
        List<Long> lonely = fixture.assertOutputMatches(softly, run, "lonely-city", "out", "recipientId", lonelyCity);
        fixture.assertOutputMatches(softly, run, "lonely-city", "complement", "recipientId", GOLD + " EXCEPT " + lonelyCity);
        fixture.assertOutputMatches(softly, run, "unmatched-names", "out", "recipientId", unmatchedNames);
        softly.assertAll();
        // Rows with an empty city: intersection drops them, exclusion keeps them.
        List<Long> goldWithoutCity = fixture.keys(GOLD + " AND city IS NULL");
        assertThat(goldWithoutCity).isNotEmpty();
        assertThat(shared).doesNotContainAnyElementsOf(goldWithoutCity);
        assertThat(lonely).containsAll(goldWithoutCity);
    }

    // ---- helpers

    /** One Build audience and the hand-written SQL of its expected population; {@code {D}} and {@code {R}} are date(R) and R. */
    private record Case(String id, String dimension, String rule, String sql, boolean emptyAllowed) {
        Case(String id, String dimension, String rule, String sql) {
            this(id, dimension, rule, sql, false);
        }

        Case mayBeEmpty() {
            return new Case(id, dimension, rule, sql, true);
        }
    }

    private static final Map<String, String> KEYS = Map.of("recipients", "recipientId", "bookings", "bookingId", "wishlists", "wishlistId",
            "trips", "tripId", "destinations", "destinationId");

    /** Runs one campaign made of the cases' Build audiences and checks each against its hand-written SQL. */
    private static Map<String, Integer> runCases(String campaignId, Instant asOf, List<Case> cases) {
        return runCases(campaignId, asOf, cases, true);
    }

    /** @return the size of each case's population */
    private static Map<String, Integer> runCases(String campaignId, Instant asOf, List<Case> cases, boolean requireNonEmpty) {
        StringBuilder yaml = new StringBuilder("formatVersion: 1\nid: " + campaignId + "\nname: " + campaignId + "\nactivities:\n");
        for (Case c : cases) {
            yaml.append("  - id: ").append(c.id()).append("\n    type: build-audience\n    label: ").append(c.id())
                    .append("\n    dimension: ").append(c.dimension()).append("\n    outboundWhenEmpty: true\n");
            if (c.rule() != null) {
                yaml.append("    rule:\n").append(c.rule().strip().indent(6));
            }
        }
        RunResult run = fixture.run(fixture.writeCampaign(campaignId, yaml.toString()), asOf);
        LocalDateTime reference = LocalDateTime.ofInstant(asOf, ZoneOffset.UTC);
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(run.status()).as("run of %s as of %s (error %s)", campaignId, asOf, run.error()).isEqualTo(RunStatus.SUCCEEDED);
        softly.assertThat(run.referenceTime()).isEqualTo(asOf);
        List<String> trivial = new ArrayList<>();
        Map<String, Integer> sizes = new java.util.LinkedHashMap<>();
        for (Case c : cases) {
            String sql = c.sql().replace("{D}", "DATE '" + reference.toLocalDate() + "'").replace("{R}", "TIMESTAMP '" + reference.toLocalDate() + " " + reference.toLocalTime() + "'");
            List<Long> expected = fixture.assertOutputMatches(softly, run, c.id(), "out", KEYS.get(c.dimension()), sql);
            sizes.put(c.id(), expected.size());
            if (requireNonEmpty && expected.isEmpty() && !c.emptyAllowed()) {
                trivial.add(c.id());
            }
        }
        softly.assertThat(trivial).as("cases whose hand SQL selects nothing as of %s, which proves little", asOf).isEmpty();
        softly.assertThat(run.activities()).extracting(a -> a.status()).containsOnly(ActivityStatus.SUCCEEDED);
        softly.assertAll();
        return sizes;
    }

    private static String joined(List<Long> keys) {
        return keys.isEmpty() ? "NULL" : String.join(", ", keys.stream().map(String::valueOf).toList());
    }
}

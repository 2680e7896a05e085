package dev.baton.demo;

import static java.util.Objects.requireNonNull;

import dev.baton.demo.DemoCatalog.Country;
import dev.baton.demo.DemoCatalog.Destination;
import dev.baton.demo.DemoCatalog.Trip;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The deterministic demo data generator of the travel company. It fills the {@code crm} schema of a DuckDB database
 * with destinations, trips, recipients, bookings ({@value #BOOKINGS_PER_RECIPIENT} per recipient) and wishlist
 * entries ({@value #WISHLIST_ENTRIES_PER_RECIPIENT} per recipient), matching {@link #dataModelYaml()}.
 *
 * <p>Every row is computed inside DuckDB by {@code CREATE TABLE ... AS SELECT ... FROM range(...)}, and every
 * pseudo-random choice is {@code hash} of the row number, the seed and a salt of its own, so the same
 * {@link DemoOptions} give the same rows on every run and machine with the same DuckDB version.
 */
public final class DemoData {
    public static final String SCHEMA = "crm";
    public static final long BOOKINGS_PER_RECIPIENT = 10;
    public static final long WISHLIST_ENTRIES_PER_RECIPIENT = 2;

    private static final String DATA_MODEL_RESOURCE = "datamodel.yaml";
    private static final List<String> TABLES = List.of("destinations", "trips", "recipients", "bookings", "wishlists");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final long SECONDS_PER_DAY = 86_400;
    private static final long BOOKING_WINDOW_DAYS = 730;
    private static final long MAXIMUM_DAYS_BEFORE_TRAVEL = 300;

    private DemoData() {}

    /**
     * Drops and recreates schema {@code crm} with the demo tables and fills them. Runs in one transaction of its own
     * when the connection is in auto-commit mode; otherwise in the caller's transaction, which the caller commits.
     *
     * @return the number of rows of each table, in creation order
     */
    public static LinkedHashMap<String, Long> generate(Connection duckdb, DemoOptions options) throws SQLException {
        requireNonNull(duckdb, "duckdb is null");
        requireNonNull(options, "options is null");
        List<String> statements = statements(options);
        boolean ownTransaction = duckdb.getAutoCommit();
        if (ownTransaction) {
            duckdb.setAutoCommit(false);
        }
        try (Statement statement = duckdb.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            LinkedHashMap<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                try (ResultSet result = statement.executeQuery("SELECT count(*) FROM " + SCHEMA + "." + table)) {
                    result.next();
                    counts.put(table, result.getLong(1));
                }
            }
            if (ownTransaction) {
                duckdb.commit();
            }
            return counts;
        } catch (SQLException | RuntimeException failure) {
            if (ownTransaction) {
                rollbackAfter(duckdb, failure);
            }
            throw failure;
        } finally {
            if (ownTransaction) {
                duckdb.setAutoCommit(true);
            }
        }
    }

    /** The demo data model YAML text (classpath resource {@code dev/baton/demo/datamodel.yaml}). */
    public static String dataModelYaml() {
        try (InputStream input = DemoData.class.getResourceAsStream(DATA_MODEL_RESOURCE)) {
            if (input == null) {
                throw new IllegalStateException("resource dev/baton/demo/" + DATA_MODEL_RESOURCE + " is missing");
            }
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dev/baton/demo/" + DATA_MODEL_RESOURCE, e);
        }
    }

    private static void rollbackAfter(Connection duckdb, Exception failure) {
        try {
            duckdb.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    /** The SQL that builds the demo, in order. Package-private so that tests can look at it. */
    static List<String> statements(DemoOptions options) {
        LocalDate today = options.today();
        LocalDate youngestBirthDate = today.minusYears(18);
        LocalDate oldestBirthDate = today.minusYears(85);
        List<Trip> trips = DemoCatalog.trips();
        List<Country> countrySlots = DemoCatalog.countrySlots();
        long recipients = options.recipients();

        Map<String, String> values = new LinkedHashMap<>();
        values.put("seed", Long.toString(options.seed()));
        values.put("today", today.toString());
        values.put("recipients", Long.toString(recipients));
        values.put("bookings", Long.toString(recipients * BOOKINGS_PER_RECIPIENT));
        values.put("wishlistEntries", Long.toString(recipients * WISHLIST_ENTRIES_PER_RECIPIENT));
        values.put("tripCount", Integer.toString(trips.size()));
        values.put("destinationRows", destinationRows());
        values.put("tripRows", tripRows(trips));
        values.put("firstNames", list(DemoCatalog.FIRST_NAMES, Function.identity()));
        values.put("lastNames", list(DemoCatalog.LAST_NAMES, Function.identity()));
        values.put("firstNameCount", Integer.toString(DemoCatalog.FIRST_NAMES.size()));
        values.put("lastNameCount", Integer.toString(DemoCatalog.LAST_NAMES.size()));
        values.put("firstEmailParts", list(DemoCatalog.FIRST_NAMES, DemoCatalog::emailPart));
        values.put("lastEmailParts", list(DemoCatalog.LAST_NAMES, DemoCatalog::emailPart));
        values.put("slotCountries", list(countrySlots, Country::code));
        values.put("slotCities", "[" + countrySlots.stream().map(country -> list(country.cities(), Function.identity()))
                .collect(Collectors.joining(", ")) + "]");
        values.put("youngestBirthDate", youngestBirthDate.toString());
        values.put("adultDaysSpan", Long.toString(ChronoUnit.DAYS.between(oldestBirthDate, youngestBirthDate) + 1));
        values.put("createdDaysSpan", Long.toString(ChronoUnit.DAYS.between(today.minusYears(6), today)));
        values.put("yearSeconds", Long.toString(ChronoUnit.DAYS.between(today.minusYears(1), today) * SECONDS_PER_DAY));
        values.put("bookingWindowDays", Long.toString(BOOKING_WINDOW_DAYS));
        values.put("maximumDaysBeforeTravel", Long.toString(MAXIMUM_DAYS_BEFORE_TRAVEL));
        values.put("spreadMultiplier", Long.toString(spreadMultiplier(recipients)));

        List<String> statements = new ArrayList<>();
        statements.add("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        statements.add("CREATE SCHEMA " + SCHEMA);
        statements.add(render(PICK, values));
        statements.add(render(FRACTION, values));
        for (String table : List.of(DESTINATIONS, TRIPS, RECIPIENTS, BOOKINGS, WISHLISTS)) {
            statements.add(render(table, values));
        }
        // The helpers are temporary objects of the session; leave nothing behind in the caller's connection.
        statements.add("DROP MACRO baton_demo_pick");
        statements.add("DROP MACRO baton_demo_fraction");
        return statements;
    }

    // hash(i, seed, salt) alone is not enough: for a given row, two salts give hashes that differ by a constant XOR,
    // so their low bits (and thus "% 2", "% 100") would be correlated. Hashing once more mixes them apart.
    /** A pseudo-random whole number in 0..choices-1 for row {@code item}, independent for each salt. */
    private static final String PICK = """
            CREATE OR REPLACE TEMP MACRO baton_demo_pick(item, salt, choices) AS
                CAST(hash(hash(item, CAST({seed} AS BIGINT), salt)) % CAST(choices AS UBIGINT) AS BIGINT)
            """;

    /** A pseudo-random fraction in [0, 1) for row {@code item}: the top 53 bits of the hash, as many as a double holds. */
    private static final String FRACTION = """
            CREATE OR REPLACE TEMP MACRO baton_demo_fraction(item, salt) AS
                CAST(hash(hash(item, CAST({seed} AS BIGINT), salt)) >> 11 AS DOUBLE) / 9007199254740992.0
            """;

    private static final String DESTINATIONS = """
            CREATE TABLE crm.destinations AS
            SELECT CAST(destination_id AS BIGINT) AS destination_id,
                   CAST(name AS VARCHAR) AS name,
                   CAST(country AS VARCHAR) AS country,
                   CAST(region AS VARCHAR) AS region
            FROM (VALUES {destinationRows}) AS destination(destination_id, name, country, region)
            ORDER BY destination_id
            """;

    // Duration and price per day are drawn within the category's range; the price ends in 9 like a catalogue price.
    private static final String TRIPS = """
            CREATE TABLE crm.trips AS
            WITH drawn AS (
                SELECT *,
                       minimum_days + baton_demo_pick(trip_id, 1, maximum_days - minimum_days + 1) AS duration_days,
                       minimum_rate + baton_demo_pick(trip_id, 2, maximum_rate - minimum_rate + 1) AS daily_rate
                FROM (VALUES {tripRows}) AS trip(trip_id, destination_id, name, category, minimum_days, maximum_days,
                                                 minimum_rate, maximum_rate, price_factor)
            )
            SELECT CAST(trip_id AS BIGINT) AS trip_id,
                   CAST(destination_id AS BIGINT) AS destination_id,
                   CAST(name AS VARCHAR) AS name,
                   CAST(category AS VARCHAR) AS category,
                   CAST(duration_days AS BIGINT) AS duration_days,
                   CAST(round(duration_days * daily_rate * price_factor, -1) - 1 AS DECIMAL(12,2)) AS base_price
            FROM drawn
            ORDER BY trip_id
            """;

    // The capital-like first city of a country is the most common: the city index is drawn with a squared fraction.
    // Accounts are created in the last 6 years, and not before the recipient was about 18.
    private static final String RECIPIENTS = """
            CREATE TABLE crm.recipients AS
            WITH drawn AS (
                SELECT i AS recipient_id,
                       1 + baton_demo_pick(i, 10, {firstNameCount}) AS first_name_index,
                       1 + baton_demo_pick(i, 11, {lastNameCount}) AS last_name_index,
                       1 + baton_demo_pick(i, 12, 100) AS country_slot,
                       baton_demo_fraction(i, 13) AS city_fraction,
                       baton_demo_pick(i, 14, {adultDaysSpan}) AS days_since_adult,
                       baton_demo_pick(i, 17, 100) AS loyalty_draw
                FROM range(1, {recipients} + 1) AS numbers(i)
            )
            SELECT CAST(recipient_id AS BIGINT) AS recipient_id,
                   CASE WHEN baton_demo_pick(recipient_id, 15, 1000) < 5 THEN NULL
                        ELSE 'CRM' || lpad(CAST(recipient_id AS VARCHAR), 9, '0') END AS crm_id,
                   CASE WHEN baton_demo_pick(recipient_id, 16, 100) < 2 THEN NULL
                        ELSE {firstEmailParts}[first_name_index] || '.' || {lastEmailParts}[last_name_index]
                             || '.' || CAST(recipient_id AS VARCHAR) || '@example.com' END AS email,
                   {firstNames}[first_name_index] AS first_name,
                   {lastNames}[last_name_index] AS last_name,
                   {slotCountries}[country_slot] AS country,
                   list_extract({slotCities}[country_slot],
                           1 + CAST(floor(len({slotCities}[country_slot]) * city_fraction * city_fraction) AS BIGINT))
                       AS city,
                   DATE '{youngestBirthDate}' - CAST(days_since_adult AS INTEGER) AS birth_date,
                   CASE WHEN loyalty_draw < 60 THEN 'none'
                        WHEN loyalty_draw < 85 THEN 'silver'
                        WHEN loyalty_draw < 96 THEN 'gold'
                        ELSE 'platinum' END AS loyalty_tier,
                   baton_demo_pick(recipient_id, 18, 100) < 70 AS email_opt_in,
                   baton_demo_pick(recipient_id, 19, 100) < 40 AS sms_opt_in,
                   TIMESTAMP '{today} 00:00:00' - to_seconds(1 + baton_demo_pick(recipient_id, 20,
                           greatest(1, least({createdDaysSpan}, days_since_adult)) * 86400)) AS created_at
            FROM drawn
            """;

    // Who books is skewed: the product of two uniform fractions ranks recipients from very active to never booking
    // (about 1 in 11 has no booking, the most active dozens), and an affine bijection (rank * m + offset) mod N, with m
    // coprime to N, spreads the ranks over recipient ids so that activity does not follow the id.
    // The base price comes from a list indexed by trip id rather than a join, which keeps the rows in booking order.
    private static final String BOOKINGS = """
            CREATE TABLE crm.bookings AS
            WITH prices AS (
                SELECT list(base_price ORDER BY trip_id) AS base_prices FROM crm.trips
            ),
            drawn AS (
                SELECT i AS booking_id,
                       CAST(floor({recipients} * baton_demo_fraction(i, 30) * baton_demo_fraction(i, 31)) AS BIGINT)
                           AS activity_rank,
                       1 + baton_demo_pick(i, 32, {tripCount}) AS trip_id,
                       DATE '{today}' - CAST(baton_demo_pick(i, 33, {bookingWindowDays}) AS INTEGER) AS booking_date,
                       baton_demo_pick(i, 36, 100) AS currency_draw,
                       baton_demo_pick(i, 37, 100) AS status_draw,
                       baton_demo_pick(i, 38, 100) AS channel_draw
                FROM range(1, {bookings} + 1) AS numbers(i)
            )
            SELECT CAST(booking_id AS BIGINT) AS booking_id,
                   CAST(1 + (activity_rank * {spreadMultiplier} + baton_demo_pick(0, 39, {recipients})) % {recipients}
                       AS BIGINT) AS recipient_id,
                   CAST(trip_id AS BIGINT) AS trip_id,
                   booking_date,
                   booking_date + CAST(1 + baton_demo_pick(booking_id, 34, {maximumDaysBeforeTravel}) AS INTEGER)
                       AS travel_date,
                   CAST(round(base_prices[trip_id] * (0.8 + baton_demo_pick(booking_id, 35, 801) / 1000.0), 2)
                       AS DECIMAL(12,2)) AS amount,
                   CASE WHEN currency_draw < 70 THEN 'EUR' WHEN currency_draw < 85 THEN 'GBP' ELSE 'USD' END AS currency,
                   CASE WHEN status_draw < 55 THEN 'confirmed'
                        WHEN status_draw < 85 THEN 'completed'
                        WHEN status_draw < 95 THEN 'cancelled'
                        ELSE 'pending' END AS status,
                   CASE WHEN channel_draw < 50 THEN 'web'
                        WHEN channel_draw < 75 THEN 'app'
                        WHEN channel_draw < 90 THEN 'agency'
                        ELSE 'call_center' END AS sales_channel
            FROM drawn, prices
            """;

    private static final String WISHLISTS = """
            CREATE TABLE crm.wishlists AS
            SELECT CAST(i AS BIGINT) AS wishlist_id,
                   CAST(1 + baton_demo_pick(i, 40, {recipients}) AS BIGINT) AS recipient_id,
                   CAST(1 + baton_demo_pick(i, 41, {tripCount}) AS BIGINT) AS trip_id,
                   TIMESTAMP '{today} 00:00:00' - to_seconds(1 + baton_demo_pick(i, 42, {yearSeconds})) AS added_at
            FROM range(1, {wishlistEntries} + 1) AS numbers(i)
            """;

    private static String destinationRows() {
        List<String> rows = new ArrayList<>();
        for (int index = 0; index < DemoCatalog.DESTINATIONS.size(); index++) {
            Destination destination = DemoCatalog.DESTINATIONS.get(index);
            rows.add("(" + (index + 1) + ", " + literal(destination.name()) + ", " + literal(destination.country())
                    + ", " + literal(destination.region()) + ")");
        }
        return String.join(",\n        ", rows);
    }

    private static String tripRows(List<Trip> trips) {
        return trips.stream().map(trip -> "(" + trip.tripId() + ", " + trip.destinationId() + ", "
                + literal(trip.name()) + ", " + literal(trip.category().name()) + ", " + trip.category().minimumDays()
                + ", " + trip.category().maximumDays() + ", " + trip.category().minimumDailyRate() + ", "
                + trip.category().maximumDailyRate() + ", " + trip.style().priceFactor() + ")")
                .collect(Collectors.joining(",\n        "));
    }

    private static <T> String list(List<T> items, Function<T, String> text) {
        return items.stream().map(item -> literal(text.apply(item))).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * The multiplier of the bijection that spreads activity ranks over recipient ids: near N times the golden ratio,
     * so that consecutive ranks land far apart, and coprime to N, so that no two ranks land on the same id.
     */
    static long spreadMultiplier(long recipients) {
        long multiplier = Math.max(1, Math.round(recipients * 0.6180339887498949));
        while (greatestCommonDivisor(multiplier, recipients) != 1) {
            multiplier++;
        }
        return multiplier;
    }

    private static long greatestCommonDivisor(long first, long second) {
        return second == 0 ? first : greatestCommonDivisor(second, first % second);
    }

    private static String render(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder sql = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {" + matcher.group(1) + "} in demo SQL");
            }
            matcher.appendReplacement(sql, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(sql);
        return sql.toString();
    }
}

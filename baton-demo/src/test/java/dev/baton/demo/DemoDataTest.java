package dev.baton.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.model.datamodel.Attribute;
import dev.baton.model.datamodel.AttributeType;
import dev.baton.model.datamodel.DataModel;
import dev.baton.model.datamodel.DataModelReader;
import dev.baton.model.datamodel.Entity;
import dev.baton.model.diagnostic.Checked;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDataTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final long RECIPIENTS = 2_000;
    private static final DemoOptions OPTIONS = new DemoOptions(RECIPIENTS, 42, TODAY);
    /** The primary key of each table, to order rows by when computing a checksum. */
    private static final Map<String, String> KEYS = Map.of("destinations", "destination_id", "trips", "trip_id",
            "recipients", "recipient_id", "bookings", "booking_id", "wishlists", "wishlist_id");

    private static Connection duckdb;
    private static LinkedHashMap<String, Long> counts;

    @BeforeAll
    static void generate() throws SQLException {
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
        counts = DemoData.generate(duckdb, OPTIONS);
    }

    @AfterAll
    static void close() throws SQLException {
        duckdb.close();
    }

    @Test
    void countsRowsOfEveryTableInCreationOrder() throws SQLException {
        assertThat(counts).containsExactly(Map.entry("destinations", 60L), Map.entry("trips", 300L),
                Map.entry("recipients", RECIPIENTS), Map.entry("bookings", 10 * RECIPIENTS),
                Map.entry("wishlists", 2 * RECIPIENTS));
        for (Map.Entry<String, Long> table : counts.entrySet()) {
            assertThat(number("SELECT count(*) FROM crm." + table.getKey())).isEqualTo(table.getValue());
        }
    }

    @Test
    void numbersKeysFromOneWithoutGaps() throws SQLException {
        for (Map.Entry<String, String> table : KEYS.entrySet()) {
            String key = table.getValue();
            assertThat(numbers("SELECT count(DISTINCT " + key + "), min(" + key + "), max(" + key + ") FROM crm."
                    + table.getKey())).containsExactly(counts.get(table.getKey()), 1L, counts.get(table.getKey()));
        }
    }

    @Test
    void givesTheSameDataForTheSameOptionsAndOtherDataForAnotherSeed() throws SQLException {
        Map<String, String> first = checksums(duckdb);
        try (Connection other = DriverManager.getConnection("jdbc:duckdb:")) {
            DemoData.generate(other, OPTIONS);
            assertThat(checksums(other)).isEqualTo(first);

            // Regenerating on the same database also exercises dropping the existing schema.
            DemoData.generate(other, new DemoOptions(RECIPIENTS, 43, TODAY));
            Map<String, String> otherSeed = checksums(other);
            assertThat(otherSeed.get("destinations")).isEqualTo(first.get("destinations"));
            for (String table : List.of("trips", "recipients", "bookings", "wishlists")) {
                assertThat(otherSeed.get(table)).as(table).isNotEqualTo(first.get(table));
            }
        }
    }

    @Test
    void matchesTheDataModelColumnByColumn() throws SQLException {
        for (Entity entity : dataModel().entities()) {
            Map<String, String> expected = new LinkedHashMap<>();
            for (Attribute attribute : entity.attributes()) {
                expected.put(attribute.column(), columnType(attribute.type()));
            }
            Map<String, String> actual = new LinkedHashMap<>();
            try (Statement statement = duckdb.createStatement(); ResultSet result = statement.executeQuery(
                    "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'crm' AND "
                            + "table_name = '" + entity.table().name() + "' ORDER BY ordinal_position")) {
                while (result.next()) {
                    actual.put(result.getString(1), result.getString(2));
                }
            }
            assertThat(actual).as(entity.table().toString()).containsExactlyEntriesOf(expected);
        }
    }

    @Test
    void enumerationColumnsHoldOnlyAllowedValues() throws SQLException {
        int checked = 0;
        for (Entity entity : dataModel().entities()) {
            for (Attribute attribute : entity.attributes()) {
                if (attribute.allowedValues().isEmpty()) {
                    continue;
                }
                List<String> values = texts("SELECT DISTINCT " + attribute.column() + " FROM " + entity.table());
                assertThat(values).as(entity.table() + "." + attribute.column()).doesNotContainNull()
                        .isSubsetOf(attribute.allowedValues());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(6);
        // At this size every value of the skewed choices occurs, not only the common ones.
        assertThat(texts("SELECT DISTINCT loyalty_tier FROM crm.recipients")).hasSize(4);
        assertThat(texts("SELECT DISTINCT status FROM crm.bookings")).hasSize(4);
        assertThat(texts("SELECT DISTINCT region FROM crm.destinations")).hasSize(6);
        assertThat(texts("SELECT DISTINCT category FROM crm.trips")).hasSize(6);
    }

    @Test
    void everyForeignKeyResolves() throws SQLException {
        assertThat(number("SELECT count(*) FROM crm.bookings b ANTI JOIN crm.recipients r USING (recipient_id)")).isZero();
        assertThat(number("SELECT count(*) FROM crm.bookings b ANTI JOIN crm.trips t USING (trip_id)")).isZero();
        assertThat(number("SELECT count(*) FROM crm.wishlists w ANTI JOIN crm.recipients r USING (recipient_id)")).isZero();
        assertThat(number("SELECT count(*) FROM crm.wishlists w ANTI JOIN crm.trips t USING (trip_id)")).isZero();
        assertThat(number("SELECT count(*) FROM crm.trips t ANTI JOIN crm.destinations d USING (destination_id)")).isZero();
        assertThat(number("SELECT count(*) FROM crm.bookings WHERE recipient_id IS NULL OR trip_id IS NULL")).isZero();
    }

    @Test
    void datesAreRelativeToToday() throws SQLException {
        assertThat(numbers("SELECT count(*) FILTER (WHERE booking_date NOT BETWEEN DATE '2026-03-01' - 729 AND DATE "
                + "'2026-03-01'), count(*) FILTER (WHERE NOT travel_date > booking_date), count(*) FILTER (WHERE "
                + "travel_date > booking_date + 300) FROM crm.bookings")).containsExactly(0L, 0L, 0L);
        // Spread over the whole two years, not bunched up.
        assertThat(number("SELECT count(DISTINCT date_trunc('month', booking_date)) FROM crm.bookings")).isBetween(24L, 25L);
        assertThat(numbers("SELECT count(*) FILTER (WHERE birth_date NOT BETWEEN DATE '1941-03-01' AND DATE "
                + "'2008-03-01'), count(*) FILTER (WHERE created_at NOT BETWEEN TIMESTAMP '2020-03-01' AND TIMESTAMP "
                + "'2026-03-01' OR created_at >= TIMESTAMP '2026-03-01') FROM crm.recipients")).containsExactly(0L, 0L);
        assertThat(number("SELECT count(*) FROM crm.wishlists WHERE added_at < TIMESTAMP '2025-03-01' OR added_at >= "
                + "TIMESTAMP '2026-03-01'")).isZero();
    }

    @Test
    void pricesFollowTheTrips() throws SQLException {
        assertThat(numbers("SELECT count(*) FILTER (WHERE duration_days NOT BETWEEN 2 AND 21), count(*) FILTER (WHERE "
                + "base_price <= 0) FROM crm.trips")).containsExactly(0L, 0L);
        assertThat(number("SELECT count(*) FROM crm.bookings b JOIN crm.trips t USING (trip_id) WHERE b.amount NOT "
                + "BETWEEN round(t.base_price * 0.8, 2) AND round(t.base_price * 1.6, 2)")).isZero();
        assertThat(texts("SELECT name FROM crm.trips WHERE trip_id = 1")).containsExactly("Lisbon city break");
        assertThat(number("SELECT count(DISTINCT name) FROM crm.trips")).isEqualTo(300L);
    }

    @Test
    void leavesSomeIdentitiesMissing() throws SQLException {
        // Expected 0.5% of 2,000 (10) missing CRM ids and 2% (40) missing emails.
        assertThat(number("SELECT count(*) FROM crm.recipients WHERE crm_id IS NULL")).isBetween(2L, 25L);
        assertThat(number("SELECT count(*) FROM crm.recipients WHERE email IS NULL")).isBetween(15L, 70L);
        assertThat(number("SELECT count(*) FROM crm.recipients WHERE crm_id <> 'CRM' || lpad(CAST(recipient_id AS "
                + "VARCHAR), 9, '0')")).isZero();
        assertThat(number("SELECT count(*) FROM crm.recipients WHERE NOT regexp_full_match(email, "
                + "'[a-z]+\\.[a-z]+\\.[0-9]+@example\\.com')")).isZero();
        assertThat(number("SELECT CAST(count(DISTINCT email) = count(email) AS INTEGER) FROM crm.recipients")).isEqualTo(1L);
    }

    @Test
    void looksLikeARealCustomerBase() throws SQLException {
        assertThat(number("SELECT count(*) FROM crm.recipients r ANTI JOIN crm.bookings b USING (recipient_id)"))
                .as("recipients without a booking").isBetween(50L, 400L);
        assertThat(number("SELECT count(DISTINCT recipient_id) FROM crm.bookings WHERE booking_date > DATE "
                + "'2026-03-01' - 30")).as("recipients who booked in the last 30 days").isPositive();
        assertThat(number("SELECT max(bookings) FROM (SELECT count(*) AS bookings FROM crm.bookings GROUP BY "
                + "recipient_id)")).as("bookings of the most active recipient").isGreaterThan(30L);
        assertThat(texts("SELECT country FROM crm.recipients GROUP BY country ORDER BY count(*) DESC, country LIMIT 3"))
                .isSubsetOf("FR", "DE", "GB", "ES", "IT", "US");
        assertThat(number("SELECT count(DISTINCT country) FROM crm.recipients")).isEqualTo(15L);
        assertThat(number("SELECT count(*) FROM crm.recipients WHERE country = 'FR' AND city NOT IN ('Paris', 'Lyon', "
                + "'Marseille', 'Toulouse', 'Bordeaux', 'Lille', 'Nantes')")).isZero();
        assertThat(number("SELECT count(*) FROM crm.recipients WHERE last_name IN ('O''Brien', 'Müller')")).isPositive();
        assertThat(number("SELECT round(100 * avg(CAST(email_opt_in AS INTEGER))) FROM crm.recipients")).isBetween(65L, 75L);
        assertThat(number("SELECT round(100 * avg(CAST(sms_opt_in AS INTEGER))) FROM crm.recipients")).isBetween(35L, 45L);
        assertThat(number("SELECT round(100 * avg(CAST(currency = 'EUR' AS INTEGER))) FROM crm.bookings")).isBetween(67L, 73L);
    }

    @Test
    void leavesTheConnectionAsItFoundIt() throws SQLException {
        assertThat(duckdb.getAutoCommit()).isTrue();
        assertThat(number("SELECT count(*) FROM duckdb_functions() WHERE function_name LIKE 'baton_demo%'")).isZero();
    }

    @Test
    void handlesASingleRecipientAndExtremeSeeds() throws SQLException {
        try (Connection other = DriverManager.getConnection("jdbc:duckdb:")) {
            for (long seed : new long[] {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE}) {
                assertThat(DemoData.generate(other, new DemoOptions(1, seed, TODAY)))
                        .containsEntry("recipients", 1L).containsEntry("bookings", 10L).containsEntry("wishlists", 2L);
            }
        }
    }

    @Test
    void generatesInSqlWithoutRandomFunctionsOrRowByRowInserts() {
        for (String sql : DemoData.statements(OPTIONS)) {
            assertThat(sql.toLowerCase()).doesNotContain("random(", "setseed", "insert ");
        }
    }

    @Test
    void rejectsOptionsOutOfRange() {
        assertThatThrownBy(() -> new DemoOptions(0, 1, TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoOptions(100_000_001, 1, TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoOptions(1, 1, null)).isInstanceOf(NullPointerException.class);
        assertThat(new DemoOptions(100_000_000, 1, TODAY).recipients()).isEqualTo(100_000_000);
    }

    @Test
    void spreadsActivityRanksOverEveryRecipient() {
        for (long recipients : new long[] {1, 2, 10, 2_000, 1_000_000, 99_999_989}) {
            long multiplier = DemoData.spreadMultiplier(recipients);
            assertThat(BigInteger.valueOf(multiplier).gcd(BigInteger.valueOf(recipients))).isEqualTo(BigInteger.ONE);
        }
    }

    private static DataModel dataModel() {
        Checked<DataModel> model = DataModelReader.read(DemoData.dataModelYaml(), "datamodel.yaml");
        assertThat(model.ok()).as("data model problems: %s", model.diagnostics()).isTrue();
        return model.value().orElseThrow();
    }

    private static String columnType(AttributeType type) {
        return switch (type) {
            case INTEGER -> "BIGINT";
            case DECIMAL -> "DECIMAL(12,2)";
            case STRING, ENUMERATION -> "VARCHAR";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP";
        };
    }

    /** A digest of every row of every table, in key order. */
    private static Map<String, String> checksums(Connection connection) throws SQLException {
        Map<String, String> checksums = new LinkedHashMap<>();
        for (Map.Entry<String, String> table : KEYS.entrySet()) {
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(
                    "SELECT md5(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY " + table.getValue() + ")) FROM crm."
                            + table.getKey() + " AS t")) {
                result.next();
                checksums.put(table.getKey(), result.getString(1));
            }
        }
        return checksums;
    }

    private static long number(String sql) throws SQLException {
        return numbers(sql).getFirst();
    }

    private static List<Long> numbers(String sql) throws SQLException {
        try (Statement statement = duckdb.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            List<Long> numbers = new ArrayList<>();
            for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                numbers.add(result.getLong(column));
            }
            return numbers;
        }
    }

    private static List<String> texts(String sql) throws SQLException {
        try (Statement statement = duckdb.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            List<String> texts = new ArrayList<>();
            while (result.next()) {
                texts.add(result.getString(1));
            }
            return texts;
        }
    }
}

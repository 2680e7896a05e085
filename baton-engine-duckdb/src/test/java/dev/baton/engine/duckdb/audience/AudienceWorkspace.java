package dev.baton.engine.duckdb.audience;

import dev.baton.compiler.catalog.StoredField;
import dev.baton.compiler.catalog.StoredField.FieldRole;
import dev.baton.compiler.sql.SqlStatement;
import dev.baton.engine.CampaignService;
import dev.baton.engine.audience.AudienceDefinition;
import dev.baton.engine.spi.Engine;
import dev.baton.engine.workspace.Workspace;
import dev.baton.engine.workspace.WorkspaceDatabase;
import dev.baton.model.datamodel.AttributeType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/**
 * A demo workspace (500 recipients, seed 1) and the hand-written side of the audience tests: content selects built by
 * hand, and queries that compute what an audience must hold straight from {@code crm.*}.
 */
final class AudienceWorkspace {
    static final Instant NOW = Instant.parse("2026-06-15T09:30:00Z");
    static final InstantSource CLOCK = InstantSource.fixed(NOW);
    static final List<StoredField> RECIPIENT_FIELDS = List.of(new StoredField("crmId", AttributeType.STRING, FieldRole.IDENTITY),
            new StoredField("recipients_recipientId", AttributeType.INTEGER, FieldRole.SOURCE_KEY));
    static final List<StoredField> BOOKING_FIELDS = List.of(new StoredField("crmId", AttributeType.STRING, FieldRole.IDENTITY),
            new StoredField("bookings_bookingId", AttributeType.INTEGER, FieldRole.SOURCE_KEY),
            new StoredField("amount", AttributeType.DECIMAL, FieldRole.MAPPED),
            new StoredField("bookingDate", AttributeType.DATE, FieldRole.MAPPED),
            new StoredField("city", AttributeType.STRING, FieldRole.MAPPED));

    final Path directory;

    private AudienceWorkspace(Path directory) {
        this.directory = directory;
    }

    static AudienceWorkspace create(Path directory) {
        new CampaignService(CLOCK).createDemo(directory, 500, 1, false);
        return new AudienceWorkspace(directory);
    }

    /** The workspace database, as the services open it; close it before calling a service. */
    Engine open() {
        return WorkspaceDatabase.open(Workspace.open(directory), CLOCK);
    }

    static AudienceDefinition recipients(String label, String campaign) {
        return new AudienceDefinition(label, campaign, "save", "Recipients - CRMID", "recipients", "crmId", RECIPIENT_FIELDS);
    }

    static AudienceDefinition bookings(String label, String campaign) {
        return new AudienceDefinition(label, campaign, "save", "Recipients - CRMID", "bookings", "crmId", BOOKING_FIELDS);
    }

    /** Recipients of the given countries that have a CRM id, one row each. */
    static SqlStatement recipientsOf(String... countries) {
        String placeholders = String.join(", ", java.util.Collections.nCopies(countries.length, "?"));
        return new SqlStatement("SELECT crm_id AS \"crmId\", recipient_id AS \"recipients_recipientId\" FROM crm.recipients WHERE country IN ("
                + placeholders + ") AND crm_id IS NOT NULL", List.of((Object[]) countries));
    }

    /** Recipients whose id is {@code remainder} modulo {@code modulus}: disjoint sets for different remainders. */
    static SqlStatement recipientsModulo(long modulus, long remainder) {
        return new SqlStatement("SELECT crm_id AS \"crmId\", recipient_id AS \"recipients_recipientId\" FROM crm.recipients"
                + " WHERE recipient_id % ? = ? AND crm_id IS NOT NULL", List.of(modulus, remainder));
    }

    /** One row per booking of a recipient of the country with a CRM id: several rows per profile. */
    static SqlStatement bookingsOf(String country) {
        return new SqlStatement("SELECT r.crm_id AS \"crmId\", b.booking_id AS \"bookings_bookingId\", b.amount AS \"amount\","
                + " b.booking_date AS \"bookingDate\", r.city AS \"city\" FROM crm.bookings b JOIN crm.recipients r ON r.recipient_id = b.recipient_id"
                + " WHERE r.country = ? AND r.crm_id IS NOT NULL", List.of(country));
    }

    /** Every row of a query, each value as JDBC returns it. */
    static List<List<Object>> rows(Connection connection, String sql, Object... binds) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                statement.setObject(i + 1, binds[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(result.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
        catch (SQLException e) {
            throw new IllegalStateException("hand SQL failed: " + e.getMessage() + "\n" + sql, e);
        }
    }

    static long count(Connection connection, String sql, Object... binds) {
        return ((Number) rows(connection, sql, binds).getFirst().getFirst()).longValue();
    }

    static boolean tableExists(Connection connection, String schema, String table) {
        return count(connection, "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?", schema, table) == 1;
    }

    /** The rows of a content table ({@code schema.name}), sorted by every column. */
    static List<List<Object>> content(Connection connection, String table) {
        int dot = table.indexOf('.');
        return rows(connection, "SELECT * FROM \"" + table.substring(0, dot) + "\".\"" + table.substring(dot + 1) + "\" ORDER BY ALL");
    }
}

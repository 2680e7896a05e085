package dev.baton.engine.lifecycle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of {@code baton_meta.campaigns} and {@code baton_meta.campaign_versions}: plain JDBC, every value bound.
 * Methods run on the caller's connection and in its transaction; none commits.
 */
final class CampaignVersions {
    /** When the run log has this column, runs are attributed to versions; the lifecycle never adds it. */
    static final String RUN_VERSION_COLUMN = "campaign_version";

    private static final String COLUMNS = "campaign_id, version, status, name, format, file_name, definition, created_at, updated_at,"
            + " published_at, completed_at, stopped_at, archived_at";

    private CampaignVersions() {}

    /** The versions of one campaign, oldest first; empty when there is no such campaign. */
    static List<CampaignVersion> of(Connection connection, String campaignId) throws SQLException {
        return select(connection, "WHERE campaign_id = ?", campaignId);
    }

    /** Every version of every campaign, by campaign id, then version. */
    static List<CampaignVersion> all(Connection connection) throws SQLException {
        return select(connection, "", null);
    }

    private static List<CampaignVersion> select(Connection connection, String where, String campaignId) throws SQLException {
        List<CampaignVersion> versions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM baton_meta.campaign_versions " + where
                + " ORDER BY campaign_id, version")) {
            if (campaignId != null) {
                statement.setString(1, campaignId);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    versions.add(new CampaignVersion(result.getString(1), result.getInt(2), CampaignStatus.valueOf(result.getString(3)),
                            result.getString(4), result.getString(5), Optional.ofNullable(result.getString(6)), result.getString(7),
                            instant(result, 8).orElseThrow(), instant(result, 9).orElseThrow(), instant(result, 10), instant(result, 11),
                            instant(result, 12), instant(result, 13)));
                }
            }
        }
        return versions;
    }

    /** A row of {@code baton_meta.campaigns}. */
    record CampaignRow(String campaignId, Instant createdAt, Instant updatedAt) {}

    /** Every campaign, or the one with this id, sorted by id. */
    static List<CampaignRow> campaigns(Connection connection, Optional<String> campaignId) throws SQLException {
        List<CampaignRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT campaign_id, created_at, updated_at FROM baton_meta.campaigns"
                + (campaignId.isPresent() ? " WHERE campaign_id = ?" : "") + " ORDER BY campaign_id")) {
            if (campaignId.isPresent()) {
                statement.setString(1, campaignId.get());
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new CampaignRow(result.getString(1), instant(result, 2).orElseThrow(), instant(result, 3).orElseThrow()));
                }
            }
        }
        return rows;
    }

    static boolean exists(Connection connection, String campaignId) throws SQLException {
        return !campaigns(connection, Optional.of(campaignId)).isEmpty();
    }

    static void insertCampaign(Connection connection, String campaignId, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO baton_meta.campaigns (campaign_id, created_at, updated_at) VALUES (?, ?, ?)")) {
            statement.setString(1, campaignId);
            statement.setObject(2, utc(now));
            statement.setObject(3, utc(now));
            statement.executeUpdate();
        }
    }

    static void touchCampaign(Connection connection, String campaignId, Instant now) throws SQLException {
        update(connection, "UPDATE baton_meta.campaigns SET updated_at = ? WHERE campaign_id = ?", utc(now), campaignId);
    }

    /** Inserts a new draft version. */
    static void insertDraft(Connection connection, String campaignId, int version, String name, String format, Optional<String> fileName,
            String definition, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO baton_meta.campaign_versions"
                + " (campaign_id, version, status, name, format, file_name, definition, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, campaignId);
            statement.setInt(2, version);
            statement.setString(3, CampaignStatus.DRAFT.name());
            statement.setString(4, name);
            statement.setString(5, format);
            if (fileName.isPresent()) {
                statement.setString(6, fileName.get());
            }
            else {
                statement.setNull(6, Types.VARCHAR);
            }
            statement.setString(7, definition);
            statement.setObject(8, utc(now));
            statement.setObject(9, utc(now));
            statement.executeUpdate();
        }
        touchCampaign(connection, campaignId, now);
    }

    /** Replaces the text of a draft version; refuses (returns false) when that version is no longer a draft. */
    static boolean replaceDraft(Connection connection, String campaignId, int version, String name, String format, Optional<String> fileName,
            String definition, Instant now) throws SQLException {
        int changed;
        try (PreparedStatement statement = connection.prepareStatement("UPDATE baton_meta.campaign_versions SET name = ?, format = ?, file_name = ?,"
                + " definition = ?, updated_at = ? WHERE campaign_id = ? AND version = ? AND status = ?")) {
            statement.setString(1, name);
            statement.setString(2, format);
            if (fileName.isPresent()) {
                statement.setString(3, fileName.get());
            }
            else {
                statement.setNull(3, Types.VARCHAR);
            }
            statement.setString(4, definition);
            statement.setObject(5, utc(now));
            statement.setString(6, campaignId);
            statement.setInt(7, version);
            statement.setString(8, CampaignStatus.DRAFT.name());
            changed = statement.executeUpdate();
        }
        if (changed == 1) {
            touchCampaign(connection, campaignId, now);
        }
        return changed == 1;
    }

    /**
     * Moves one version from {@code from} to {@code to} and stamps the column that records it ({@code published_at},
     * {@code completed_at}, {@code stopped_at} or {@code archived_at}); false when the version was not in {@code from}.
     */
    static boolean transition(Connection connection, String campaignId, int version, CampaignStatus from, CampaignStatus to, Instant at)
            throws SQLException {
        String stamp = switch (to) {
            case LIVE -> "published_at";
            case COMPLETED -> "completed_at";
            case STOPPED -> "stopped_at";
            case ARCHIVED -> "archived_at";
            case DRAFT -> throw new IllegalArgumentException("no version goes back to draft");
        };
        int changed = update(connection, "UPDATE baton_meta.campaign_versions SET status = ?, " + stamp + " = ?, updated_at = ?"
                + " WHERE campaign_id = ? AND version = ? AND status = ?", to.name(), utc(at), utc(at), campaignId, version, from.name());
        if (changed == 1) {
            touchCampaign(connection, campaignId, at);
        }
        return changed == 1;
    }

    static void delete(Connection connection, String campaignId) throws SQLException {
        update(connection, "DELETE FROM baton_meta.campaign_versions WHERE campaign_id = ?", campaignId);
        update(connection, "DELETE FROM baton_meta.campaigns WHERE campaign_id = ?", campaignId);
    }

    /** The newest run of each campaign id in the run log, optionally of one campaign. */
    static Map<String, Long> latestRuns(Connection connection, Optional<String> campaignId) throws SQLException {
        Map<String, Long> runs = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT campaign_id, max(run_id) FROM baton_meta.runs"
                + (campaignId.isPresent() ? " WHERE campaign_id = ?" : "") + " GROUP BY campaign_id")) {
            if (campaignId.isPresent()) {
                statement.setString(1, campaignId.get());
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    runs.put(result.getString(1), result.getLong(2));
                }
            }
        }
        return runs;
    }

    /**
     * The newest run of each campaign version, keyed {@code id + "#" + version}; empty when the run log does not
     * record versions (no {@value #RUN_VERSION_COLUMN} column in {@code baton_meta.runs}).
     */
    static Map<String, Long> latestRunsPerVersion(Connection connection, Optional<String> campaignId) throws SQLException {
        Map<String, Long> runs = new HashMap<>();
        if (!runsRecordVersions(connection)) {
            return runs;
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT campaign_id, " + RUN_VERSION_COLUMN + ", max(run_id) FROM baton_meta.runs"
                + " WHERE " + RUN_VERSION_COLUMN + " IS NOT NULL" + (campaignId.isPresent() ? " AND campaign_id = ?" : "")
                + " GROUP BY campaign_id, " + RUN_VERSION_COLUMN)) {
            if (campaignId.isPresent()) {
                statement.setString(1, campaignId.get());
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    runs.put(key(result.getString(1), ((Number) result.getObject(2)).intValue()), result.getLong(3));
                }
            }
        }
        return runs;
    }

    static String key(String campaignId, int version) {
        return campaignId + "#" + version;
    }

    private static boolean runsRecordVersions(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM information_schema.columns"
                + " WHERE table_schema = 'baton_meta' AND table_name = 'runs' AND column_name = ?")) {
            statement.setString(1, RUN_VERSION_COLUMN);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1) > 0;
            }
        }
    }

    private static int update(Connection connection, String sql, Object... binds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                statement.setObject(i + 1, binds[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Optional<Instant> instant(ResultSet result, int column) throws SQLException {
        return Optional.ofNullable(result.getObject(column, LocalDateTime.class)).map(time -> time.toInstant(ZoneOffset.UTC));
    }
}

package dev.baton.engine.audience;

import static java.util.Objects.requireNonNull;

import dev.baton.engine.store.Transactions;
import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import dev.baton.model.io.Text;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.InstantSource;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who owns which audience label ({@code baton_meta.audience_labels}): claims recorded at apply, published at publish
 * or at the first save, freed when a never-published draft is deleted. Labels compare trimmed and ignoring case.
 */
final class LabelClaims {
    record Claim(String label, String activityId) {}

    record Owner(String campaignId, String activityId, boolean published) {}

    /** A unit of work on the database. */
    interface SqlWork {
        void run() throws SQLException;
    }

    private final Connection connection;
    private final InstantSource clock;

    LabelClaims(Connection connection, InstantSource clock) {
        this.connection = requireNonNull(connection, "connection is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * At apply: this campaign's unpublished claims become exactly {@code labelToActivity} (its published labels stay
     * its own). A label owned by another campaign is refused and nothing changes.
     */
    void claim(String campaignId, Map<String, String> labelToActivity) {
        requireNonNull(campaignId, "campaignId is null");
        Map<String, Claim> wanted = claims(labelToActivity);
        write("claim audience labels", () -> {
            checkOwnership(campaignId, wanted);
            Set<String> unpublished = new HashSet<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT label_key FROM baton_meta.audience_labels WHERE campaign_id = ? AND NOT published")) {
                statement.setString(1, campaignId);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        unpublished.add(result.getString(1));
                    }
                }
            }
            for (String key : unpublished) {
                if (!wanted.containsKey(key)) {
                    update("DELETE FROM baton_meta.audience_labels WHERE label_key = ?", key);
                }
            }
            for (Map.Entry<String, Claim> entry : wanted.entrySet()) {
                Optional<Owner> owner = owner(entry.getKey());
                if (owner.isEmpty()) {
                    insertClaim(entry.getKey(), entry.getValue(), campaignId, false);
                }
                else if (!owner.get().published()) {
                    update("UPDATE baton_meta.audience_labels SET label = ?, activity_id = ? WHERE label_key = ?",
                            entry.getValue().label(), entry.getValue().activityId(), entry.getKey());
                }
                // A label this campaign already published stays as published, with its activity, until the next publish.
            }
        }, campaignId, wanted);
    }

    /**
     * At publish: the same ownership check, then these claims are this campaign's published labels. The primary key
     * on the normalised label makes the second of two racing processes fail; it gets the ownership error.
     */
    void reserve(String campaignId, Map<String, String> labelToActivity) {
        requireNonNull(campaignId, "campaignId is null");
        Map<String, Claim> wanted = claims(labelToActivity);
        write("reserve audience labels", () -> {
            checkOwnership(campaignId, wanted);
            for (Map.Entry<String, Claim> entry : wanted.entrySet()) {
                if (owner(entry.getKey()).isEmpty()) {
                    insertClaim(entry.getKey(), entry.getValue(), campaignId, true);
                }
                else {
                    update("UPDATE baton_meta.audience_labels SET label = ?, activity_id = ?, published = true WHERE label_key = ?",
                            entry.getValue().label(), entry.getValue().activityId(), entry.getKey());
                }
            }
        }, campaignId, wanted);
    }

    /** A deleted draft that never published frees its labels; published labels stay owned. */
    void releaseUnpublished(String campaignId) {
        requireNonNull(campaignId, "campaignId is null");
        write("release audience labels", () -> {
            update("DELETE FROM baton_meta.audience_labels WHERE campaign_id = ? AND NOT published", campaignId);
        }, campaignId, Map.of());
    }

    private static Map<String, Claim> claims(Map<String, String> labelToActivity) {
        requireNonNull(labelToActivity, "labelToActivity is null");
        Map<String, Claim> claims = new TreeMap<>();
        Map<String, String> given = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : labelToActivity.entrySet()) {
            String label = requireNonNull(entry.getKey(), "label is null");
            String activity = requireNonNull(entry.getValue(), "activity of label '" + label + "' is null");
            String key = Text.normalized(label);
            if (key.isEmpty()) {
                throw new BatonException(ErrorCode.INVALID_CAMPAIGN, "the audience label of activity '" + Text.quoteForMessage(activity) + "' is empty");
            }
            if (given.containsKey(key)) {
                throw new BatonException(ErrorCode.INVALID_CAMPAIGN, "audience labels '" + Text.quoteForMessage(given.get(key)) + "' and '"
                        + Text.quoteForMessage(label) + "' are the same label (labels compare trimmed, ignoring case)");
            }
            given.put(key, label);
            claims.put(key, new Claim(label, activity));
        }
        return claims;
    }

    private void checkOwnership(String campaignId, Map<String, Claim> wanted) throws SQLException {
        for (Map.Entry<String, Claim> entry : wanted.entrySet()) {
            Optional<Owner> owner = owner(entry.getKey());
            if (owner.isPresent() && !owner.get().campaignId().equals(campaignId)) {
                throw ownedByAnother(entry.getValue().label(), owner.get());
            }
        }
    }

    /**
     * Runs a change of claims in one transaction, or in the caller's when it has one open (auto-commit off: an apply
     * or a delete records its claims with its own changes). When it fails on the database (for instance the primary
     * key, because another process claimed a label in between), the claims are read again, so that a lost race
     * reports the owner.
     */
    private void write(String what, SqlWork work, String campaignId, Map<String, Claim> wanted) {
        try {
            try {
                Transactions.run(connection, () -> {
                    work.run();
                    return null;
                });
            }
            catch (SQLException e) {
                if (connection.getAutoCommit()) {
                    checkOwnership(campaignId, wanted); // our own transaction was rolled back: a lost race names the owner
                }
                throw e;
            }
        }
        catch (SQLException e) {
            throw failure(what, e);
        }
    }

    Optional<Owner> owner(String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT campaign_id, activity_id, published FROM baton_meta.audience_labels WHERE label_key = ?")) {
            statement.setString(1, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.of(new Owner(result.getString(1), result.getString(2), result.getBoolean(3))) : Optional.empty();
            }
        }
    }

    void insertClaim(String key, Claim claim, String campaignId, boolean published) throws SQLException {
        update("INSERT INTO baton_meta.audience_labels (label_key, label, campaign_id, activity_id, published, claimed_at) VALUES (?, ?, ?, ?, ?, ?)",
                key, claim.label(), campaignId, claim.activityId(), published, utc(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
    }

    static BatonException ownedByAnother(String label, Owner owner) {
        return new BatonException(ErrorCode.INVALID_CAMPAIGN, "audience label '" + Text.quoteForMessage(label) + "' is owned by campaign '"
                + Text.quoteForMessage(owner.campaignId()) + "' (activity '" + Text.quoteForMessage(owner.activityId()) + "'); choose another label");
    }

    private void update(String sql, Object... binds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                statement.setObject(i + 1, binds[i]);
            }
            statement.executeUpdate();
        }
    }

    private static LocalDateTime utc(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static BatonException failure(String what, SQLException e) {
        return AudienceRegistry.failure(what, e);
    }
}

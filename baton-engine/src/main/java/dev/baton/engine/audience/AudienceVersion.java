package dev.baton.engine.audience;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One save of an audience: its own content table, never changed after it was made.
 *
 * @param table the content table, {@code baton_audiences.a<audienceId>_v<version>}
 * @param rows rows saved (one per inbound row with an identity)
 * @param distinctProfiles distinct values of the identity
 * @param skippedEmptyIdentity inbound rows not saved because their identity was empty
 * @param runId the run that saved it
 */
public record AudienceVersion(int version, String table, long rows, long distinctProfiles, long skippedEmptyIdentity, Instant savedAt, long runId) {
    public AudienceVersion {
        requireNonNull(table, "table is null");
        requireNonNull(savedAt, "savedAt is null");
    }
}

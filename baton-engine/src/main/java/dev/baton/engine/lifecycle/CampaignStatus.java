package dev.baton.engine.lifecycle;

import java.util.Locale;

/**
 * The status of a campaign version. A campaign's own status is that of its latest version, except that a campaign with
 * a live version and a newer draft is {@link #LIVE} (with a pending draft).
 */
public enum CampaignStatus {
    /** Editable by applying the file again; test runs; deletable while never published. */
    DRAFT,
    /** Published: read-only, runs on its schedule. Applying the file makes a new draft version. */
    LIVE,
    /** A live version that ended (a one-time campaign after its run, or replaced by a newer published version). */
    COMPLETED,
    /** Stopped by a user; cannot restart. Duplicate the campaign to run it again. */
    STOPPED,
    /** Put away; read-only. */
    ARCHIVED;

    /** Lowercase, as shown to people. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

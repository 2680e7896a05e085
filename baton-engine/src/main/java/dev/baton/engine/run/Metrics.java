package dev.baton.engine.run;

/** Names of the figures an activity reports besides its outputs' row counts. */
public final class Metrics {
    /** Save audience: rows stored (or, in a test run, that would be stored). */
    public static final String ROWS = "rows";
    /** Save audience: distinct profile identities among them. */
    public static final String PROFILES = "profiles";
    /** Save audience: inbound rows left out because their identity is empty. */
    public static final String SKIPPED_EMPTY_IDENTITY = "skippedEmptyIdentity";
    /** Save audience: the version saved; Read audience: the version read. */
    public static final String VERSION = "version";
    /** Read audience: distinct identities in the audience. */
    public static final String MEMBERS = "members";
    /** Read audience: identities with no row in the target dimension. */
    public static final String UNMATCHED = "unmatched";

    private Metrics() {}
}

package dev.baton.engine.lifecycle;

/** What applying a campaign file did. */
public enum ApplyOutcome {
    /** A new campaign, version 1 as a draft. */
    CREATED,
    /** The latest version was a draft; its definition was replaced (same version number). */
    UPDATED,
    /** The latest version was live or completed; a new draft version was added and the earlier one left as it was. */
    NEW_VERSION,
    /** The text is identical to the latest draft or live version; nothing was changed. */
    UNCHANGED
}

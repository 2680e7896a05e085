package dev.baton.engine.audience;

/**
 * How the distinct profiles of an audience changed between two versions.
 *
 * @param entered profiles in {@code toVersion} and not in {@code fromVersion}
 * @param left profiles in {@code fromVersion} and not in {@code toVersion}
 * @param stayed profiles in both
 */
public record AudienceDiff(String label, int fromVersion, int toVersion, long fromProfiles, long toProfiles, long entered, long left, long stayed) {}

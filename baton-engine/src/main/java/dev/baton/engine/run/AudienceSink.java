package dev.baton.engine.run;

import dev.baton.compiler.AudienceEffect;

/** Where a run's Save audience activities store audiences, and where Read audience records that it read one. */
public interface AudienceSink {
    /** Stores a new version of the audience and switches to it; returns the version number. Live runs only. */
    int save(AudienceEffect.Save save, String campaignId, String activityId, long skippedEmptyIdentity, long runId);

    /** Lineage: the campaign read the audience in this run. */
    void recordRead(String label, String campaignId, long runId);
}

package dev.baton.engine.run;

import dev.baton.compiler.AudienceEffect;
import java.util.Map;

/** Where a run's Save audience activities store audiences, and where Read audience records that it read one. */
public interface AudienceSink {
    /**
     * Stores a new version of the audience and switches to it. Live runs only.
     *
     * @param inboundRows rows of the inbound population; those not saved had an empty identity
     * @return the version and its figures, by {@link Metrics} name
     */
    Map<String, Long> save(AudienceEffect.Save save, String campaignId, String activityId, long inboundRows, long runId);

    /** Lineage: the campaign read the audience in this run. */
    void recordRead(String label, String campaignId, long runId);
}

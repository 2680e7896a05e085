package dev.baton.compiler.analysis;

import dev.baton.model.campaign.Campaign;
import java.util.List;

/** A valid campaign: its activities in execution order (every activity after all of its inputs). */
public record AnalyzedCampaign(Campaign campaign, List<AnalyzedActivity> activities) {
    public AnalyzedCampaign {
        activities = List.copyOf(activities);
    }
}

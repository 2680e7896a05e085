package dev.baton.compiler.plan;

import dev.baton.compiler.analysis.AnalyzedCampaign;
import java.util.List;

/** The plan of a campaign: activities in execution order. */
public record Plan(AnalyzedCampaign campaign, List<PlannedActivity> activities) {
    public Plan {
        activities = List.copyOf(activities);
    }
}

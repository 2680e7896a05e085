package dev.baton.compiler;

import static java.util.Objects.requireNonNull;

import dev.baton.compiler.sql.Dialect;
import dev.baton.model.campaign.Campaign;
import java.time.Instant;
import java.util.List;

/** A campaign compiled for one dialect and reference time: activities in execution order, and the whole plan as text. */
public record CompiledCampaign(Campaign campaign, Dialect dialect, Instant referenceTime, String plan, List<CompiledActivity> activities) {
    public CompiledCampaign {
        requireNonNull(campaign, "campaign is null");
        requireNonNull(dialect, "dialect is null");
        requireNonNull(referenceTime, "referenceTime is null");
        requireNonNull(plan, "plan is null");
        activities = List.copyOf(activities);
    }

    /** All statements as one SQL script, with a comment header per output. */
    public String sqlScript() {
        StringBuilder out = new StringBuilder();
        out.append("-- campaign ").append(campaign.id()).append(", dialect ").append(dialect.fileName()).append(", reference time ").append(referenceTime).append('\n');
        for (CompiledActivity activity : activities) {
            for (CompiledOutput output : activity.outputs()) {
                out.append("\n-- ").append(activity.id()).append('.').append(output.output()).append(" (").append(activity.type()).append(")\n");
                out.append(output.statement().describe());
            }
            if (activity.effect().orElse(null) instanceof AudienceEffect.Save save) {
                out.append("\n-- ").append(activity.id()).append(" saves audience '").append(dev.baton.model.io.Text.quoteForMessage(save.label()))
                        .append("' (live runs only): a new version holding\n");
                out.append(save.content().describe());
            }
        }
        return out.toString();
    }
}

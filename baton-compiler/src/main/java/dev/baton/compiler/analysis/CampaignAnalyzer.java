package dev.baton.compiler.analysis;

import dev.baton.model.campaign.Activity;
import dev.baton.model.campaign.BuildAudience;
import dev.baton.model.campaign.Campaign;
import dev.baton.compiler.catalog.AudienceCatalog;
import dev.baton.model.campaign.Combine;
import dev.baton.model.campaign.ReadAudience;
import dev.baton.model.campaign.SaveAudience;
import dev.baton.model.campaign.Transition;
import dev.baton.model.datamodel.DataModel;
import dev.baton.model.diagnostic.Checked;
import dev.baton.model.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Validates a campaign against a data model and returns it analysed, or every problem found. */
public final class CampaignAnalyzer {
    private CampaignAnalyzer() {}

    public static Checked<AnalyzedCampaign> analyze(Campaign campaign, DataModel model) {
        return analyze(campaign, model, AudienceCatalog.empty());
    }

    /** @param catalog saved audiences and label owners, for Save audience and Read audience */
    public static Checked<AnalyzedCampaign> analyze(Campaign campaign, DataModel model, AudienceCatalog catalog) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<List<Activity>> order = GraphChecker.check(campaign, diagnostics);
        Map<String, List<Input>> inputs = new HashMap<>();
        for (Transition transition : campaign.transitions()) {
            boolean valid = campaign.activity(transition.from()).map(from -> from.outputs().contains(transition.output())).orElse(false)
                    && campaign.activity(transition.to()).isPresent();
            if (!valid) {
                continue; // reported by the graph check; not an input of anything
            }
            inputs.computeIfAbsent(transition.to(), key -> new ArrayList<>()).add(new Input(transition.from(), transition.output()));
        }
        // Activities are analysed even when the graph is broken, so that all their problems show at once.
        List<Activity> activities = order.orElse(campaign.activities());
        Map<String, AnalyzedActivity> analyzed = new HashMap<>();
        List<AnalyzedActivity> result = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        for (Activity activity : activities) {
            String path = campaign.activityPath(activity.id());
            List<Input> inbound = inputs.getOrDefault(activity.id(), List.of());
            Optional<? extends AnalyzedActivity> outcome = switch (activity) {
                case BuildAudience buildAudience -> BuildAudienceAnalyzer.analyze(buildAudience, path, model, diagnostics);
                case Combine combine -> CombineAnalyzer.analyze(combine, path, inbound, analyzed, order.isPresent(), diagnostics);
                case SaveAudience save -> SaveAudienceAnalyzer.analyze(save, path, inbound, analyzed, order.isPresent(), model, catalog, campaign.id(), labels,
                        diagnostics);
                case ReadAudience read -> ReadAudienceAnalyzer.analyze(read, path, model, catalog, diagnostics);
            };
            outcome.ifPresent(value -> {
                analyzed.put(activity.id(), value);
                result.add(value);
            });
        }
        return Checked.of(new AnalyzedCampaign(campaign, result), diagnostics);
    }
}

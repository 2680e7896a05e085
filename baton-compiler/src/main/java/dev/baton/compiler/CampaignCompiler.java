package dev.baton.compiler;

import dev.baton.compiler.analysis.AnalyzedActivity;
import dev.baton.compiler.analysis.AnalyzedActivity.AnalyzedReadAudience;
import dev.baton.compiler.analysis.AnalyzedActivity.AnalyzedSaveAudience;
import dev.baton.compiler.analysis.AnalyzedCampaign;
import dev.baton.compiler.catalog.AudienceCatalog;
import dev.baton.compiler.plan.Rel;
import dev.baton.compiler.analysis.CampaignAnalyzer;
import dev.baton.compiler.plan.Plan;
import dev.baton.compiler.plan.PlanPrinter;
import dev.baton.compiler.plan.PlannedActivity;
import dev.baton.compiler.plan.PlannedOutput;
import dev.baton.compiler.plan.Planner;
import dev.baton.compiler.sql.SqlRenderer;
import dev.baton.model.campaign.Campaign;
import dev.baton.model.datamodel.DataModel;
import dev.baton.model.datamodel.TableName;
import dev.baton.model.diagnostic.Checked;
import dev.baton.model.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Validate → plan → render. The only entry point of the compiler. */
public final class CampaignCompiler {
    private CampaignCompiler() {}

    /** Every problem of the campaign against the model; empty when it is valid. */
    public static List<Diagnostic> validate(Campaign campaign, DataModel model) {
        return validate(campaign, model, AudienceCatalog.empty());
    }

    /** As {@link #validate(Campaign, DataModel)}, also checking audience labels and Read audience against saved audiences. */
    public static List<Diagnostic> validate(Campaign campaign, DataModel model, AudienceCatalog audiences) {
        return CampaignAnalyzer.analyze(campaign, model, audiences).diagnostics();
    }

    private static Optional<AudienceEffect> effect(PlannedActivity planned, SqlRenderer renderer) {
        return switch (planned.analyzed()) {
            case AnalyzedSaveAudience save -> {
                Rel.AudienceContent content = planned.audienceContent().orElseThrow();
                yield Optional.of(new AudienceEffect.Save(save.activity().audience(), save.profileMapping().name(), save.dimension().name(),
                        save.identityNamespace(), save.fields(), renderer.audienceContent(content), renderer.audienceStatistics(content)));
            }
            case AnalyzedReadAudience read -> Optional.of(new AudienceEffect.Read(read.audience().label(), read.audience().version(),
                    read.audience().distinctProfiles(),
                    renderer.audienceReadStatistics((Rel.AudienceRead) planned.outputs().getFirst().rel())));
            case AnalyzedActivity.AnalyzedBuildAudience build -> Optional.empty();
            case AnalyzedActivity.AnalyzedCombine combine -> Optional.empty();
        };
    }

    public static Checked<CompiledCampaign> compile(Campaign campaign, DataModel model, CompileOptions options) {
        Checked<AnalyzedCampaign> analyzed = CampaignAnalyzer.analyze(campaign, model, options.audiences());
        if (analyzed.value().isEmpty()) {
            return new Checked<>(Optional.empty(), analyzed.diagnostics());
        }
        Plan plan = Planner.plan(analyzed.value().get());
        SqlRenderer renderer = new SqlRenderer(options.dialect(), options.workTables(), options.referenceTime());
        List<CompiledActivity> activities = new ArrayList<>();
        for (PlannedActivity planned : plan.activities()) {
            List<CompiledOutput> outputs = new ArrayList<>();
            for (PlannedOutput output : planned.outputs()) {
                TableName table = options.workTables().table(planned.analyzed().activity().id(), output.output());
                outputs.add(new CompiledOutput(output.output(), table, output.rel().rowType(), PlanPrinter.print(output.rel()),
                        renderer.createTableAs(table, output.rel())));
            }
            var activity = planned.analyzed().activity();
            activities.add(new CompiledActivity(activity.id(), activity.typeName(), activity.label(), planned.analyzed().dimension().name(),
                    planned.analyzed().inputs(), planned.stopsBranchWhenEmpty(), outputs, effect(planned, renderer)));
        }
        return new Checked<>(Optional.of(new CompiledCampaign(campaign, options.dialect(), options.referenceTime(), PlanPrinter.print(plan), activities)), List.of());
    }
}

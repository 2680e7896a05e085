package dev.baton.compiler.plan;

import dev.baton.compiler.analysis.AnalyzedActivity;
import dev.baton.compiler.analysis.AnalyzedActivity.AnalyzedBuildAudience;
import dev.baton.compiler.analysis.AnalyzedActivity.AnalyzedCombine;
import dev.baton.compiler.analysis.AnalyzedActivity.AnalyzedReadAudience;
import dev.baton.compiler.analysis.AnalyzedActivity.AnalyzedSaveAudience;
import dev.baton.compiler.analysis.AnalyzedCampaign;
import dev.baton.compiler.analysis.Input;
import dev.baton.model.campaign.CombineOperation;
import dev.baton.model.campaign.Ports;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plans each analysed activity into one {@link Rel} per output. */
public final class Planner {
    private Planner() {}

    public static Plan plan(AnalyzedCampaign campaign) {
        return new Plan(campaign, campaign.activities().stream().map(Planner::plan).toList());
    }

    private static PlannedActivity plan(AnalyzedActivity activity) {
        return switch (activity) {
            case AnalyzedBuildAudience build -> new PlannedActivity(build,
                    List.of(new PlannedOutput(Ports.OUT, new Rel.EntityFilter(build.dimension(), build.predicate()))),
                    !build.activity().outboundWhenEmpty());
            case AnalyzedCombine combine -> new PlannedActivity(combine, planCombine(combine), false);
            case AnalyzedSaveAudience save -> planSave(save);
            case AnalyzedReadAudience read -> new PlannedActivity(read,
                    List.of(new PlannedOutput(Ports.OUT, new Rel.AudienceRead(read.audience(), read.dimension(), read.identity(), read.fields()))), false);
        };
    }

    private static PlannedActivity planSave(AnalyzedSaveAudience save) {
        List<Column> columns = new ArrayList<>(RowType.keysOf(save.dimension()).columns());
        columns.addAll(save.extraColumns());
        Rel input = new Rel.WorkTableScan(save.inputs().getFirst(), new RowType(columns));
        List<PlannedOutput> outputs = save.activity().outbound() ? List.of(new PlannedOutput(Ports.OUT, input)) : List.of();
        return new PlannedActivity(save, outputs, false, Optional.of(new Rel.AudienceContent(input, save.dimension(), save.fields(), save.sources())));
    }

    private static List<PlannedOutput> planCombine(AnalyzedCombine combine) {
        RowType rowType = RowType.keysOf(combine.dimension());
        List<Rel> inputs = combine.inputs().stream().<Rel>map(input -> new Rel.WorkTableScan(input, rowType)).toList();
        CombineOperation operation = combine.activity().operation();
        Rel main = combine.reconcileOn().isEmpty()
                ? new Rel.SetOperation(switch (operation) {
                    case UNION -> SetOperator.UNION;
                    case INTERSECTION -> SetOperator.INTERSECT;
                    case EXCLUSION -> SetOperator.EXCEPT;
                }, inputs)
                : new Rel.ColumnReconciliation(operation, combine.dimension(), combine.reconcileOn(), inputs);
        List<PlannedOutput> outputs = new ArrayList<>();
        outputs.add(new PlannedOutput(Ports.OUT, main));
        if (combine.activity().complement()) {
            // The complement reads the main output once it is materialised instead of computing it again.
            Rel result = new Rel.WorkTableScan(new Input(combine.activity().id(), Ports.OUT), rowType);
            Rel everything = switch (operation) {
                case INTERSECTION -> new Rel.SetOperation(SetOperator.UNION, inputs);
                case EXCLUSION -> inputs.getFirst();
                case UNION -> throw new IllegalStateException("a union has no complement; rejected by validation");
            };
            outputs.add(new PlannedOutput(Ports.COMPLEMENT, new Rel.SetOperation(SetOperator.EXCEPT, List.of(everything, result))));
        }
        return outputs;
    }
}

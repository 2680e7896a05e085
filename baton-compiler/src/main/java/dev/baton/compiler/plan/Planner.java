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
import dev.baton.model.datamodel.Attribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Plans each analysed activity into one {@link Rel} per output. */
public final class Planner {
    private Planner() {}

    public static Plan plan(AnalyzedCampaign campaign) {
        Map<String, List<Attribute>> carried = carried(campaign.activities());
        return new Plan(campaign, campaign.activities().stream().map(activity -> plan(activity, carried)).toList());
    }

    /**
     * Per Build audience, the attributes its population carries beyond the keys: those the Save audiences reading it
     * store or follow links from, in the entity's order. Saving then reads the work table alone instead
     * of joining the whole population with the entity's whole table again. Only when none of them is a text: on DuckDB,
     * writing a text column (compressing it) costs more than that join, so texts are read from the entity's table once,
     * by the save (docs/benchmarks.md).
     */
    private static Map<String, List<Attribute>> carried(List<AnalyzedActivity> activities) {
        Map<String, Set<Attribute>> needed = new HashMap<>();
        for (AnalyzedActivity activity : activities) {
            if (activity instanceof AnalyzedSaveAudience save) {
                needed.computeIfAbsent(save.inputs().getFirst().activity(), id -> new HashSet<>())
                        .addAll(Rel.AudienceContent.rootAttributes(save.dimension(), save.sources()));
            }
        }
        Map<String, List<Attribute>> carried = new HashMap<>();
        for (AnalyzedActivity activity : activities) {
            if (activity instanceof AnalyzedBuildAudience build && needed.containsKey(build.activity().id())) {
                // The keys are in the work table already, whatever their type.
                List<Attribute> attributes = build.dimension().attributes().stream()
                        .filter(attribute -> needed.get(build.activity().id()).contains(attribute) && !build.dimension().primaryKey().contains(attribute.name()))
                        .toList();
                if (attributes.stream().noneMatch(attribute -> attribute.type().isText())) {
                    carried.put(build.activity().id(), attributes);
                }
            }
        }
        return carried;
    }

    private static PlannedActivity plan(AnalyzedActivity activity, Map<String, List<Attribute>> carried) {
        return switch (activity) {
            case AnalyzedBuildAudience build -> new PlannedActivity(build,
                    List.of(new PlannedOutput(Ports.OUT, new Rel.EntityFilter(build.dimension(), build.predicate(),
                            carried.getOrDefault(build.activity().id(), List.of())))),
                    !build.activity().outboundWhenEmpty());
            case AnalyzedCombine combine -> new PlannedActivity(combine, planCombine(combine), false);
            case AnalyzedSaveAudience save -> planSave(save, carried.getOrDefault(save.inputs().getFirst().activity(), List.of()));
            case AnalyzedReadAudience read -> new PlannedActivity(read,
                    List.of(new PlannedOutput(Ports.OUT, new Rel.AudienceRead(read.audience(), read.dimension(), read.identity(), read.fields()))), false);
        };
    }

    /** {@code carried}: the attributes the inbound work table holds beyond its keys (a Build audience's). */
    private static PlannedActivity planSave(AnalyzedSaveAudience save, List<Attribute> carried) {
        // The population passed on keeps its own columns; the save also reads the attributes carried for it.
        List<Column> columns = new ArrayList<>(RowType.keysOf(save.dimension()).columns());
        columns.addAll(save.extraColumns());
        Rel.WorkTableScan input = new Rel.WorkTableScan(save.inputs().getFirst(), new RowType(columns).with(carried), carried);
        List<PlannedOutput> outputs = save.activity().outbound()
                ? List.of(new PlannedOutput(Ports.OUT, new Rel.WorkTableScan(save.inputs().getFirst(), new RowType(columns))))
                : List.of();
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

package dev.baton.compiler.analysis;

import dev.baton.model.campaign.Activity;
import dev.baton.model.campaign.Campaign;
import dev.baton.model.campaign.Transition;
import dev.baton.model.diagnostic.DiagnosticCode;
import dev.baton.model.diagnostic.Diagnostics;
import dev.baton.model.io.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks the shape of the graph: ids, labels, transitions, cycles and input counts; computes the execution order. */
final class GraphChecker {
    private GraphChecker() {}

    /** The activities in execution order (file order among independent ones), or empty when the graph is unusable. */
    static Optional<List<Activity>> check(Campaign campaign, Diagnostics diagnostics) {
        if (campaign.activities().isEmpty()) {
            diagnostics.add(DiagnosticCode.EMPTY_CAMPAIGN, "activities", "a campaign needs at least one activity");
            return Optional.empty();
        }
        Map<String, Activity> byId = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < campaign.activities().size(); i++) {
            Activity activity = campaign.activities().get(i);
            if (byId.putIfAbsent(activity.id(), activity) != null) {
                diagnostics.add(DiagnosticCode.DUPLICATE_ACTIVITY_ID, "activities[" + i + "].id", activity.id(), "activity id '" + activity.id() + "' is used twice");
            }
            String owner = labels.putIfAbsent(Text.normalized(activity.label()), activity.id());
            if (owner != null) {
                diagnostics.add(DiagnosticCode.DUPLICATE_LABEL, "activities[" + i + "].label", activity.id(), "label '" + Text.quoteForMessage(activity.label())
                        + "' is already the label of activity '" + owner + "' (labels compare trimmed, ignoring case)");
            }
        }
        Map<String, List<String>> successors = new HashMap<>();
        Map<String, Integer> inbound = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> transitionLabels = new HashMap<>();
        boolean usable = true;
        for (int i = 0; i < campaign.transitions().size(); i++) {
            Transition transition = campaign.transitions().get(i);
            String path = "transitions[" + i + "]";
            Activity from = byId.get(transition.from());
            Activity to = byId.get(transition.to());
            if (from == null || to == null) {
                String missing = from == null ? transition.from() : transition.to();
                diagnostics.add(DiagnosticCode.DANGLING_TRANSITION, path + (from == null ? ".from" : ".to"), "transition refers to unknown activity '"
                        + Text.quoteForMessage(missing) + "'; activities: " + String.join(", ", byId.keySet()));
                usable = false;
                continue;
            }
            if (!from.outputs().contains(transition.output())) {
                diagnostics.add(DiagnosticCode.UNKNOWN_OUTPUT, path + ".output", from.id(), "activity '" + from.id() + "' has no output '"
                        + Text.quoteForMessage(transition.output()) + "'; outputs: " + String.join(", ", from.outputs()));
                usable = false;
                continue;
            }
            if (!seen.add(transition.from() + "\u0000" + transition.output() + "\u0000" + transition.to())) {
                diagnostics.add(DiagnosticCode.DUPLICATE_TRANSITION, path, to.id(), "transition from " + from.id() + "." + transition.output() + " to " + to.id() + " is declared twice");
                usable = false;
                continue;
            }
            transition.label().ifPresent(label -> {
                Integer first = transitionLabels.putIfAbsent(Text.normalized(label), transitionLabels.size());
                if (first != null) {
                    diagnostics.add(DiagnosticCode.DUPLICATE_LABEL, path + ".label", "transition label '" + Text.quoteForMessage(label) + "' is used by another transition");
                }
            });
            successors.computeIfAbsent(from.id(), key -> new ArrayList<>()).add(to.id());
            inbound.merge(to.id(), 1, Integer::sum);
        }
        for (Activity activity : byId.values()) {
            int count = inbound.getOrDefault(activity.id(), 0);
            String path = campaign.activityPath(activity.id());
            if (count < activity.minimumInputs()) {
                diagnostics.add(DiagnosticCode.MISSING_INPUT, path, activity.id(), activity.typeName() + " needs at least " + activity.minimumInputs()
                        + " inbound transition" + (activity.minimumInputs() == 1 ? "" : "s") + ", it has " + count);
            }
            else if (count > activity.maximumInputs()) {
                diagnostics.add(DiagnosticCode.SURPLUS_INPUT, path, activity.id(), activity.typeName() + (activity.maximumInputs() == 0 ? " starts a branch and takes no inbound transition"
                        : " takes at most " + activity.maximumInputs() + " inbound transitions") + ", it has " + count);
            }
        }
        if (!usable || byId.size() != campaign.activities().size()) {
            return Optional.empty();
        }
        return order(byId, successors, inbound, campaign, diagnostics);
    }

    /** Kahn's algorithm; ties keep file order so the order is stable. Reports each cycle's activities. */
    private static Optional<List<Activity>> order(Map<String, Activity> byId, Map<String, List<String>> successors, Map<String, Integer> inbound,
            Campaign campaign, Diagnostics diagnostics) {
        Map<String, Integer> remaining = new HashMap<>(inbound);
        List<Activity> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Activity activity : byId.values()) {
                if (!done.contains(activity.id()) && remaining.getOrDefault(activity.id(), 0) == 0) {
                    done.add(activity.id());
                    ordered.add(activity);
                    successors.getOrDefault(activity.id(), List.of()).forEach(next -> remaining.merge(next, -1, Integer::sum));
                    progress = true;
                }
            }
        }
        if (ordered.size() == byId.size()) {
            return Optional.of(ordered);
        }
        // What is left is on a cycle or downstream of one; peel off the downstream part.
        Set<String> left = new java.util.LinkedHashSet<>(byId.keySet());
        left.removeAll(done);
        boolean peeled = true;
        while (peeled) {
            peeled = left.removeIf(id -> successors.getOrDefault(id, List.of()).stream().noneMatch(left::contains));
        }
        List<String> inCycle = List.copyOf(left);
        diagnostics.add(DiagnosticCode.CYCLE, campaign.activityPath(inCycle.getFirst()), inCycle.getFirst(),
                "the transitions form a cycle through activities " + String.join(", ", inCycle) + "; a campaign must be acyclic");
        return Optional.empty();
    }
}

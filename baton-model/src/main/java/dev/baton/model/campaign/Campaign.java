package dev.baton.model.campaign;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** A campaign definition: a flat list of activities and the transitions between them. */
public record Campaign(int formatVersion, String id, String name, String description, List<Activity> activities,
        List<Transition> transitions) {
    public static final int FORMAT_VERSION = 1;

    public Campaign {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(description, "description is null");
        activities = List.copyOf(activities);
        transitions = List.copyOf(transitions);
    }

    public Optional<Activity> activity(String activityId) {
        return activities.stream().filter(activity -> activity.id().equals(activityId)).findFirst();
    }

    /** The path of an activity in the file, for diagnostics. */
    public String activityPath(String activityId) {
        for (int i = 0; i < activities.size(); i++) {
            if (activities.get(i).id().equals(activityId)) {
                return "activities[" + i + "]";
            }
        }
        return "activities";
    }
}

package dev.baton.engine.run;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an activity did in a run: status, why it was skipped or failed, how long it took, its outputs, and figures
 * beyond row counts ({@link Metrics}).
 */
public record ActivityResult(String id, String type, String label, String dimension, ActivityStatus status, Optional<String> reason,
        long elapsedMillis, List<OutputResult> outputs, Map<String, Long> metrics) {
    public ActivityResult {
        requireNonNull(id, "id is null");
        requireNonNull(type, "type is null");
        requireNonNull(label, "label is null");
        requireNonNull(dimension, "dimension is null");
        requireNonNull(status, "status is null");
        requireNonNull(reason, "reason is null");
        outputs = List.copyOf(outputs);
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
}

package dev.baton.engine.lifecycle;

import java.time.InstantSource;

/** Campaigns as code in the workspace metadata: apply, export, versions and statuses. */
public final class LifecycleService {
    private final InstantSource clock;

    public LifecycleService(InstantSource clock) {
        this.clock = clock;
    }

    InstantSource clock() {
        return clock;
    }
}

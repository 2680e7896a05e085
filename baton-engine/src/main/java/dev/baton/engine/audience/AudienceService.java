package dev.baton.engine.audience;

import java.time.InstantSource;

/** Saved audiences for people: list, detail, content, export, differences between versions. */
public final class AudienceService {
    private final InstantSource clock;

    public AudienceService(InstantSource clock) {
        this.clock = clock;
    }

    InstantSource clock() {
        return clock;
    }
}

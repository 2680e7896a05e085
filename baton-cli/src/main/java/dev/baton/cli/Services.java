package dev.baton.cli;

import dev.baton.engine.CampaignService;
import dev.baton.engine.audience.AudienceService;
import dev.baton.engine.lifecycle.LifecycleService;
import java.time.InstantSource;

/** The engine services the commands call, all on one clock. */
record Services(CampaignService campaigns, LifecycleService lifecycle, AudienceService audiences) {
    static Services create(InstantSource clock) {
        return new Services(new CampaignService(clock), new LifecycleService(clock), new AudienceService(clock));
    }
}

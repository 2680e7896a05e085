package dev.baton.engine.audience;

import dev.baton.engine.spi.Engine;
import java.time.InstantSource;
import java.util.List;
import java.util.function.Consumer;

/** Test access to the registry's failure-injection seam, which is package-private so that it is no part of the API. */
public final class AudienceRegistrySeam {
    /** The steps of a save before its switch commits, in order: a failure at any of them must leave the previous version current. */
    public static final List<String> STEPS_BEFORE_SWITCH = List.of(AudienceRegistry.STEP_TABLE_CREATED, AudienceRegistry.STEP_COUNTED,
            AudienceRegistry.STEP_VERSION_RECORDED);
    public static final String STEP_SWITCHED = AudienceRegistry.STEP_SWITCHED;

    private AudienceRegistrySeam() {}

    /** A registry that calls {@code afterStep} with each step's name; throwing from it fails the save there. */
    public static AudienceRegistry withSeam(Engine engine, InstantSource clock, Consumer<String> afterStep) {
        return new AudienceRegistry(engine, clock, afterStep);
    }
}

package dev.baton.engine.spi;

import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import dev.baton.model.io.Text;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the engine factory for a workspace. */
public final class Engines {
    private Engines() {}

    public static Engine open(String name, Path workspace, String database) {
        List<EngineFactory> factories = ServiceLoader.load(EngineFactory.class).stream().map(ServiceLoader.Provider::get).toList();
        return factories.stream().filter(factory -> factory.name().equals(name)).findFirst()
                .orElseThrow(() -> new BatonException(ErrorCode.WORKSPACE_INVALID, "unknown engine '" + Text.quoteForMessage(name) + "'; available: "
                        + String.join(", ", factories.stream().map(EngineFactory::name).toList())))
                .open(workspace, database);
    }
}

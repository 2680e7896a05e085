package dev.baton.engine.spi;

import java.nio.file.Path;

/** Opens engines of one kind. Registered in {@code META-INF/services/dev.baton.engine.spi.EngineFactory}. */
public interface EngineFactory {
    /** The name used in {@code baton.yaml}, such as {@code duckdb}. */
    String name();

    /**
     * @param workspace the workspace folder, against which relative database paths resolve
     * @param database the {@code database} setting of the workspace
     */
    Engine open(Path workspace, String database);
}

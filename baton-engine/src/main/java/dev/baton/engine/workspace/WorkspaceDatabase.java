package dev.baton.engine.workspace;

import dev.baton.engine.spi.Engine;
import dev.baton.engine.spi.Engines;
import dev.baton.engine.store.Migrations;
import java.time.InstantSource;

/** Opens a workspace's database with its metadata schema up to date. Every service opens it this way, per call. */
public final class WorkspaceDatabase {
    private WorkspaceDatabase() {}

    public static Engine open(Workspace workspace, InstantSource clock) {
        Engine engine = Engines.open(workspace.config().engine(), workspace.directory(), workspace.config().database());
        try {
            Migrations.migrate(engine.connection(), clock.instant());
            return engine;
        }
        catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }
}

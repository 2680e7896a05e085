/**
 * The engine's façade, {@link dev.baton.engine.CampaignService}: what the CLI (and later the server) call. It opens
 * the workspace and its database per call, runs the compiler, executes, records and previews. The clock is injected.
 */
package dev.baton.engine;

/**
 * The campaign lifecycle: campaigns and their versions in the workspace metadata ({@code baton_meta.campaigns},
 * {@code baton_meta.campaign_versions}), statuses Draft, Live, Completed, Stopped and Archived, and the rules of what
 * each status allows ({@code docs/lifecycle.md}). {@link dev.baton.engine.lifecycle.LifecycleService} is the entry
 * point; its static methods on a {@link java.sql.Connection} are for the code that publishes and runs campaigns.
 */
package dev.baton.engine.lifecycle;

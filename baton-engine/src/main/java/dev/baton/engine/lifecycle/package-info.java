/**
 * The campaign lifecycle: campaigns and their versions in the workspace metadata, statuses Draft, Live, Completed,
 * Stopped and Archived, and the rules of what each status allows.
 */
package dev.baton.engine.lifecycle;

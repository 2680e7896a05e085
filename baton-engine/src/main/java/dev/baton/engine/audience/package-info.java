/**
 * The audience registry: saved audiences, their versions (one content table each, switched to atomically), the
 * labels they own across campaigns, and reading them back.
 */
package dev.baton.engine.audience;

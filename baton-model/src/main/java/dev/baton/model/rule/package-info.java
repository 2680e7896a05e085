/**
 * Rules of the Build audience activity as written in a campaign file: nested groups of comparisons on attributes
 * (possibly reached through links) and "exists such that" conditions over one-to-many links. Values are kept as the
 * user wrote them; the compiler types them against the data model.
 */
package dev.baton.model.rule;

/**
 * Fixtures that the other modules' tests share: golden files that show a behaviour change as a reviewable diff, the
 * demo data model, and DuckDB databases filled with demo data. Used in test scope only.
 */
package dev.baton.testkit;

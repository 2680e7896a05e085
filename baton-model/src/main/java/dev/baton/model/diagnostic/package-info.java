/**
 * Problems found in user input: a {@link dev.baton.model.diagnostic.Diagnostic} has a stable
 * {@link dev.baton.model.diagnostic.DiagnosticCode}, a location in the file and, where it applies, the activity it
 * concerns. Readers and validators collect every problem instead of stopping at the first one.
 */
package dev.baton.model.diagnostic;
